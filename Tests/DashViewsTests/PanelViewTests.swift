import DashCore
import DashViews
import TestSupport
import Testing

@Suite("Panel drawing")
struct PanelViewTests {
  @Test(
    "the selected row is one even reversed bar in the normal role",
    arguments: ["crashloop", "many-pods", "image-pull-backoff"])
  func selectionBar(_ name: String) throws {
    let state = try #require(States.all.first { $0.name == name }?.state)
    let grid = DashboardView.render(
      state, now: States.now, width: 120, height: 40, glyphs: .unicode)
    let row = try #require(
      (0..<grid.height).first { row in grid[row, 1].style.reverse && grid[row, 0].text == " " })
    let styles = (0..<grid.width).map { grid[row, $0].style }
    #expect(styles.allSatisfy { $0.reverse && $0.role == .normal })
  }
}
