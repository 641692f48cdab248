import DashCore
import DashViews
import TestSupport
import Testing

@Suite("Screen layout")
struct ScreenLayoutTests {
  /// Every state on a tall screen, with the row the footer's first hint is on.
  static let tall = States.all.flatMap { named in
    [(120, 40), (80, 24), (60, 30)].map { (named.name, named.state, $0.0, $0.1) }
  }

  @Test(
    "no blank row between the header and the footer",
    arguments: tall.map { "\($0.0)-\($0.2)x\($0.3)" })
  func noBlankBand(_ id: String) throws {
    let entry = try #require(Self.tall.first { "\($0.0)-\($0.2)x\($0.3)" == id })
    let grid = DashboardView.render(
      entry.1, now: States.now, width: entry.2, height: entry.3, glyphs: .unicode)
    let footer = try #require(grid.lines.firstIndex { $0.contains("q quit") })
    let blank = grid.lines.prefix(footer).indices.filter {
      grid.lines[$0].allSatisfy { $0 == " " }
    }
    #expect(blank.isEmpty, "blank rows \(blank) above the footer on row \(footer)")
  }

}
