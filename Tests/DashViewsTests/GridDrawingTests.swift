import DashViews
import Testing

@Suite("Grid drawing")
struct GridDrawingTests {
  @Test("a wide character takes two cells, the second a continuation")
  func wide() {
    var grid = Grid(width: 4, height: 1)
    let used = grid.put("日x", row: 0, col: 0)
    #expect(used == 3)
    #expect(grid[0, 0].text == "日" && grid[0, 1].isContinuation && grid[0, 2].text == "x")
    #expect(grid.lines == ["日x "])
  }

  @Test("a wide character that does not fit at the edge is left out")
  func wideAtEdge() {
    var grid = Grid(width: 3, height: 1)
    #expect(grid.put("ab日", row: 0, col: 0) == 2)
    #expect(grid.lines == ["ab "])
  }

  @Test("escape sequences reach cells escaped")
  func escaped() {
    var grid = Grid(width: 12, height: 1)
    grid.put("\u{1B}[31mred", row: 0, col: 0)
    #expect(grid.lines == ["^[[31mred   "])
    #expect(
      grid.cells.allSatisfy { cell in
        cell.text.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F }
      })
  }

  @Test("drawing outside the grid is clipped, not a crash")
  func clipped() {
    var grid = Grid(width: 2, height: 1)
    #expect(grid.put("abc", row: 0, col: 1) == 1)
    #expect(grid.put("abc", row: 5, col: 0) == 0)
    #expect(grid.put("abc", row: 0, col: -1) == 0)
    #expect(grid.lines == [" a"])
  }
}
