import DashCore
import DashModel
import DashViews
import TestSupport
import Testing

@Suite("DashboardView snapshots")
struct DashboardViewTests {
  static let sizes = [(80, 24), (120, 40), (40, 10), (60, 30)]
  static let snapshots = ViewsSnapshot(filePath: #filePath)

  /// A named state at every size.
  static let screens: [(String, AppState, Int, Int)] =
    States.all.flatMap { named in sizes.map { (named.name, named.state, $0.0, $0.1) } }
    + overlays.flatMap { named in sizes.map { (named.0, named.1, $0.0, $0.1) } }
    + [("too-small", States.healthy, 20, 5)]

  static var overlays: [(String, AppState)] {
    [
      ("help-overlay", sending([.help], to: States.healthy)),
      ("pod-detail", sending([.open], to: States.crashloop)),
      ("pod-detail-scrolled", sending([.open, .pageDown, .down], to: States.crashloop)),
      ("certificate-detail", sending([.nextPanel, .nextPanel, .open], to: States.certExpiring)),
      ("health-detail", sending([.previousPanel, .previousPanel, .open], to: States.hostile)),
      ("event-detail", sending([.previousPanel, .open], to: States.hostile)),
      ("health-detail-ok", sending([.previousPanel, .previousPanel, .open], to: States.healthy)),
      ("focus-ingress", sending([.nextPanel], to: States.staleWithErrors)),
    ]
  }

  /// The state after the actions, as a user would reach it.
  static func sending(_ actions: [Action], to state: AppState) -> AppState {
    var state = state
    for action in actions { _ = state.reduce(action) }
    return state
  }

  @Test("whole screen", arguments: screens.map { Screen($0) })
  func screen(_ screen: Screen) throws {
    let grid = DashboardView.render(
      screen.state, now: States.now, width: screen.width, height: screen.height, glyphs: .unicode)
    let text = ViewsSnapshot.text(grid)
    if let difference = try Self.snapshots.compare(text, named: screen.name) {
      Issue.record(Comment(rawValue: difference))
    }
  }

  @Test(
    "roles layer",
    arguments: ["healthy", "crashloop", "cert-expiring", "stale-with-errors", "many-pods"])
  func roles(_ name: String) throws {
    let state = try #require(States.all.first { $0.name == name }?.state)
    let grid = DashboardView.render(state, now: States.now, width: 80, height: 24, glyphs: .unicode)
    let roles = ViewsSnapshot.roles(grid)
    if let difference = try Self.snapshots.compare(roles, named: name + ".roles") {
      Issue.record(Comment(rawValue: difference))
    }
  }
}

extension DashboardViewTests {
  /// Snapshots decoded from recorded kubectl, helm and relay replies.
  static let recorded: [(String, @Sendable () throws -> ClusterSnapshot)] = [
    ("healthy", ModelSnapshots.healthy), ("crashloop", ModelSnapshots.crashloop),
    ("image-pull-backoff", ModelSnapshots.imagePullBackOff),
    ("cert-failing", ModelSnapshots.certificateFailing),
    ("cert-expiring", ModelSnapshots.certificateExpiring),
    ("relay-draining", ModelSnapshots.relayDraining),
  ]

  @Test(
    "screens of recorded replies",
    arguments: recorded.flatMap { entry in [(80, 24), (120, 40)].map { (entry.0, $0.0, $0.1) } })
  func recordedScreen(name: String, width: Int, height: Int) throws {
    let build = try #require(Self.recorded.first { $0.0 == name }?.1)
    let state = AppState(snapshot: try build(), target: States.target)
    let grid = DashboardView.render(
      state, now: ModelFixtures.now, width: width, height: height, glyphs: .unicode)
    let text = ViewsSnapshot.text(grid)
    if let difference = try Self.snapshots.compare(
      text, named: "recorded-\(name)-\(width)x\(height)")
    {
      Issue.record(Comment(rawValue: difference))
    }
  }

  @Test("ASCII glyphs for terminals without UTF-8")
  func ascii() throws {
    let grid = DashboardView.render(
      States.crashloop, now: States.now, width: 80, height: 24, glyphs: .ascii)
    let text = ViewsSnapshot.text(grid)
    #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
    if let difference = try Self.snapshots.compare(text, named: "crashloop-ascii-80x24") {
      Issue.record(Comment(rawValue: difference))
    }
  }

  @Test(
    "every screen fits its size and holds no control characters",
    arguments: screens.map { Screen($0) })
  func clean(_ screen: Screen) {
    let grid = DashboardView.render(
      screen.state, now: States.now, width: screen.width, height: screen.height, glyphs: .unicode)
    #expect(grid.lines.count == screen.height)
    #expect(grid.lines.allSatisfy { $0.columns == screen.width })
    #expect(
      grid.cells.allSatisfy { cell in
        cell.text.unicodeScalars.allSatisfy {
          $0.value >= 0x20 && !(0x7F...0x9F).contains($0.value)
        }
      })
  }

  @Test("resized to 1x1 and back draws without trouble")
  func tiny() {
    for (width, height) in [(1, 1), (0, 0), (39, 10), (40, 9), (40, 10)] {
      let grid = DashboardView.render(
        States.hostile, now: States.now, width: width, height: height, glyphs: .unicode)
      #expect(grid.lines.count == height)
    }
  }

  @Test("scroll bounds: the detail stops at its last row, pages follow the screen")
  func bounds() {
    var state = Self.sending([.open], to: States.crashloop)
    state.bounds = DashboardView.scrollBounds(
      state, now: States.now, width: 40, height: 10, glyphs: .unicode)
    #expect(state.bounds.pageRows == 4)
    #expect(state.bounds.overlayLimit > 10)
    _ = state.reduce(.bottom)
    #expect(state.overlay.scroll == state.bounds.overlayLimit)
    #expect(state.reduce(.down) == .none)
    let grid = DashboardView.render(state, now: States.now, width: 40, height: 10, glyphs: .unicode)
    let total = state.bounds.overlayLimit + 5
    #expect(grid.lines[3].contains("\(total - 4)-\(total) of \(total)"))
  }
}

/// One screen to snapshot: a state at a size.
struct Screen: CustomTestStringConvertible, Sendable {
  var name: String
  var state: AppState
  var width: Int
  var height: Int

  init(_ entry: (String, AppState, Int, Int)) {
    (state, width, height) = (entry.1, entry.2, entry.3)
    name = "\(entry.0)-\(width)x\(height)"
  }

  var testDescription: String { name }
}
