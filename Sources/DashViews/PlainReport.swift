import DashCore
import DashModel
import Foundation

/// The plain-text frame `--once` prints: the header and every panel in
/// full, in ASCII, without escape codes or colours.
public enum PlainReport {
  /// The report for `state` at `now`, lines at most `width` columns, each
  /// ending in a newline and without trailing spaces.
  public static func render(_ state: AppState, now: Date, width: Int) -> String {
    let glyphs = Glyphs.ascii
    let width = max(DashboardView.minimumWidth, width)
    let contents = DashboardView.panelContents(state, now: now, glyphs: glyphs)
    let panels = Panel.allCases.compactMap { contents[$0] }
    let height = 4 + panels.reduce(0) { $0 + 2 + $1.naturalRows }
    var grid = Grid(width: width, height: height)
    let header = [
      HeaderView.identity(state) + (state.target.readOnly ? [Span("  read-only")] : []),
      HeaderView.helm(state, now: now, glyphs: glyphs),
      HeaderView.verdict(state, now: now, glyphs: glyphs),
    ]
    for (row, spans) in header.enumerated() {
      grid.put(spans, row: row, col: 0, width: width, ellipsis: glyphs.ellipsis)
    }
    var row = 4
    for content in panels {
      let rect = Rect(row: row, col: 0, width: width, height: 1 + content.naturalRows)
      PanelView.draw(content, in: rect, focused: false, glyphs: glyphs, grid: &grid)
      row += rect.height + 1
    }
    return grid.lines.map { trimmed($0) + "\n" }.joined()
  }

  /// A line without its trailing spaces.
  static func trimmed(_ line: String) -> String {
    var line = line
    while line.last == " " { line.removeLast() }
    return line
  }
}
