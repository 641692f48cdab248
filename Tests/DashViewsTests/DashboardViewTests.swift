import DashCore
import DashViews
import TestSupport
import Testing

@Suite("DashboardView snapshots")
struct DashboardViewTests {
  static let sizes = [(80, 24), (120, 40), (40, 10)]
  static let snapshots = ViewsSnapshot(filePath: #filePath)

  /// A named state at every size.
  static let screens: [(String, AppState, Int, Int)] =
    States.all.flatMap { named in sizes.map { (named.name, named.state, $0.0, $0.1) } }
    + overlays.flatMap { named in sizes.map { (named.0, named.1, $0.0, $0.1) } }
    + [("too-small", States.healthy, 20, 5)]

  static var overlays: [(String, AppState)] {
    var help = States.healthy
    _ = help.reduce(.help)
    var pod = States.crashloop
    _ = pod.reduce(.open)
    return [("help-overlay", help), ("pod-detail", pod)]
  }

  @Test("whole screen", arguments: screens.map { Screen($0) })
  func screen(_ screen: Screen) throws {
    let grid = DashboardView.render(
      screen.state, now: States.now, width: screen.width, height: screen.height, glyphs: .unicode)
    let difference = try Self.snapshots.compare(ViewsSnapshot.text(grid), named: screen.name)
    #expect(difference == nil, "\(difference ?? "")")
  }

  @Test(
    "roles layer",
    arguments: ["healthy", "crashloop", "cert-expiring", "stale-with-errors"])
  func roles(_ name: String) throws {
    let state = try #require(States.all.first { $0.name == name }?.state)
    let grid = DashboardView.render(state, now: States.now, width: 80, height: 24, glyphs: .unicode)
    let difference = try Self.snapshots.compare(ViewsSnapshot.roles(grid), named: name + ".roles")
    #expect(difference == nil, "\(difference ?? "")")
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
