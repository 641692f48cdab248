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

  /// Panels take the rows they need from the top; what is left over stays
  /// as one band above the footer, which keeps to the last row.
  @Test(
    "the footer is on the last row and no blank row splits the panels",
    arguments: tall.map { "\($0.0)-\($0.2)x\($0.3)" })
  func noBlankBand(_ id: String) throws {
    let entry = try #require(Self.tall.first { "\($0.0)-\($0.2)x\($0.3)" == id })
    let grid = DashboardView.render(
      entry.1, now: States.now, width: entry.2, height: entry.3, glyphs: .unicode)
    let footer = try #require(grid.lines.firstIndex { $0.contains("q quit") })
    #expect(footer == entry.3 - 1)
    let blank = grid.lines.prefix(footer).indices.filter {
      grid.lines[$0].allSatisfy { $0 == " " }
    }
    let band = blank.isEmpty ? [] : Array(blank.first.map { Array($0..<footer) } ?? [])
    #expect(blank == band, "blank rows \(blank) split the panels above row \(footer)")
  }

}
