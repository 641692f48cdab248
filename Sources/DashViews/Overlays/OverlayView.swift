import DashCore
import Foundation

/// Draws the help or detail overlay over the panels' area.
enum OverlayView {
  /// The document the state's overlay shows, nil without an overlay.
  static func document(_ state: AppState, now: Date, keyMap: KeyMap) -> Document? {
    switch state.overlay {
    case .none: nil
    case .help: HelpDocument.make(keyMap)
    case .detail(let panel, let itemID, _):
      DetailDocument.make(panel: panel, itemID: itemID, state: state, now: now)
    }
  }

  /// The largest useful scroll of a document in `rect`, in rows.
  static func scrollLimit(_ document: Document, in rect: Rect) -> Int {
    max(0, document.rows(width: rect.width - 2).count - (rect.height - 1))
  }

  /// A title rule, then the document's rows from the scroll offset.
  static func draw(
    _ document: Document, scroll: Int, in rect: Rect, glyphs: Glyphs, grid: inout Grid
  ) {
    guard rect.height > 0 else { return }
    let rows = document.rows(width: rect.width - 2)
    let visible = rect.height - 1
    let offset = min(max(0, scroll), max(0, rows.count - visible))
    let position =
      rows.count > visible
      ? [Span("\(offset + 1)-\(min(rows.count, offset + visible)) of \(rows.count)", Styles.dim)]
      : []
    PanelView.drawRule(
      title: [Span(document.title, Styles.focusedTitle)], right: position, row: rect.row,
      rect: rect, glyphs: glyphs, grid: &grid)
    for (line, spans) in rows.dropFirst(offset).prefix(visible).enumerated() {
      grid.put(
        spans, row: rect.row + 1 + line, col: rect.col + 1, width: rect.width - 2,
        ellipsis: glyphs.ellipsis)
    }
    PanelView.drawMoreMarks(
      offset: offset, count: rows.count, visible: visible, rect: rect, glyphs: glyphs, grid: &grid)
  }
}
