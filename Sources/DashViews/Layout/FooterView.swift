import DashCore

/// The bottom line: the transient message, then key hints from the key map.
enum FooterView {
  /// Draws the footer; hints that do not fit are left out whole, not cut.
  static func draw(
    _ state: AppState, keyMap: KeyMap, row: Int, width: Int, glyphs: Glyphs, grid: inout Grid
  ) {
    var used = 1
    if let status = state.status {
      let style = status.isError ? Styles.alarm : Styles.accent
      used += grid.put(
        [Span(status.text, style)], row: row, col: used, width: width - 2,
        ellipsis: glyphs.ellipsis)
      used += 3
    }
    for hint in hints(state, keyMap: keyMap) {
      let pieceWidth = hint.reduce(0) { $0 + $1.columns }
      guard used + pieceWidth <= width - 1 else { break }
      used += grid.put(hint, row: row, col: used, width: pieceWidth, ellipsis: glyphs.ellipsis) + 2
    }
  }

  /// Each hint as "keys label" spans, most important first.
  static func hints(_ state: AppState, keyMap: KeyMap) -> [[Span]] {
    keyMap.footerHints(for: state.overlay).map { hint in
      [Span(hint.keys, Styles.accent), Span(" " + hint.label, Styles.dim)]
    }
  }
}
