import DashCore
import DashViews
import TestSupport
import Testing

@Suite("Detail overlay")
struct DetailDocumentTests {
  /// Labels of the crash-looping pod's detail, the longest first.
  static let labels = [
    "PodReadyToStartContainers", "ContainersReady", "last state", "Initialized", "restarts",
  ]

  @Test("a label never runs into its value", arguments: [40, 60, 80, 100, 120])
  func labelsKeepASpace(width: Int) {
    var state = States.crashloop
    _ = state.reduce(.open)
    let grid = DashboardView.render(
      state, now: States.now, width: width, height: 60, glyphs: .unicode)
    for line in grid.lines {
      for label in Self.labels {
        guard let range = line.range(of: label) else { continue }
        let next = line[range.upperBound...].first
        #expect(next == " ", "\"\(label)\" runs on in: \(line)")
      }
    }
  }
}
