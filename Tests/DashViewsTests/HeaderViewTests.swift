import DashCore
import DashViews
import TestSupport
import Testing

@Suite("Header")
struct HeaderViewTests {
  /// Width, and the helm line's end there: the chart label goes before the age.
  static let widths: [(width: Int, chart: String)] = [
    (80, "· tokenplace-relay-0.3.1 ·"), (120, "· chart tokenplace-relay-0.3.1 ·"),
  ]

  @Test("the helm line shows when helm was asked wherever it fits", arguments: widths)
  func helmAge(width: Int, chart: String) {
    let grid = DashboardView.render(
      States.healthy, now: States.now, width: width, height: 24, glyphs: .unicode)
    let helm = grid.lines[1]
    #expect(helm.contains(chart))
    #expect(helm.hasSuffix(" 20s ago "))
  }

  @Test("a helm line too long even without the chart label leaves the age out")
  func helmAgeOmitted() {
    let grid = DashboardView.render(
      States.healthy, now: States.now, width: 60, height: 24, glyphs: .unicode)
    #expect(!grid.lines[1].contains("20s ago"))
    #expect(grid.lines[1].hasPrefix(" helm deployed"))
  }
}
