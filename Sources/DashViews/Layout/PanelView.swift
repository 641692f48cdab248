import DashCore

/// Draws a panel's content into a rectangle: a title rule, then the body.
enum PanelView {
  /// Draws `content`; the first row of `rect` is the title rule.
  static func draw(
    _ content: PanelContent, in rect: Rect, focused: Bool, glyphs: Glyphs, grid: inout Grid
  ) {
    guard rect.height > 0, rect.width > 0 else { return }
    let title =
      [Span(content.panel.title, focused ? Styles.focusedTitle : Styles.title)]
      + (content.count.map { [Span(" " + $0, Styles.dim)] } ?? [])
    drawRule(
      title: title, right: content.age, row: rect.row, rect: rect, glyphs: glyphs, grid: &grid)
    let body = Rect(row: rect.row + 1, col: rect.col, width: rect.width, height: rect.height - 1)
    switch content.body {
    case .message(let span):
      grid.put(
        [span], row: body.row, col: body.col + 1, width: body.width - 2, ellipsis: glyphs.ellipsis)
    case .facts(let facts):
      drawFacts(facts, in: body, glyphs: glyphs, grid: &grid)
    case .table(let table, let selected):
      drawTable(table, selected: focused ? selected : nil, in: body, glyphs: glyphs, grid: &grid)
    }
  }

  /// A horizontal rule with a title on the left and spans on the right.
  static func drawRule(
    title: [Span], right: [Span], row: Int, rect: Rect, glyphs: Glyphs, grid: inout Grid
  ) {
    grid.fill(glyphs.horizontal, row: row, col: rect.col, width: rect.width, style: Styles.dim)
    let rightNatural = right.reduce(0) { $0 + $1.columns }
    let reserved = rightNatural == 0 ? 0 : min(rightNatural, 12) + 4
    let titleRoom = max(6, rect.width - 4 - reserved)
    guard rect.width > 4 else { return }
    let used = grid.put(
      [Span(" ")] + title, row: row, col: rect.col + 1, width: min(titleRoom, rect.width - 3),
      ellipsis: glyphs.ellipsis)
    grid.put(" ", row: row, col: rect.col + 1 + used)
    let rightWidth = min(rect.width - used - 7, rightNatural)
    guard rightWidth > 4 else { return }
    let rightStart = rect.col + rect.width - rightWidth - 3
    grid.put(" ", row: row, col: rightStart - 1)
    grid.put(right, row: row, col: rightStart, width: rightWidth, ellipsis: glyphs.ellipsis)
    grid.put(" ", row: row, col: rightStart + rightWidth)
  }

  /// Labelled facts, one per row; flowed onto fewer rows when short of height.
  static func drawFacts(_ facts: [Fact], in rect: Rect, glyphs: Glyphs, grid: inout Grid) {
    let lines =
      facts.count <= rect.height
      ? column(facts) : flow(facts, width: rect.width - 2, glyphs: glyphs)
    for (offset, line) in lines.prefix(rect.height).enumerated() {
      grid.put(
        line, row: rect.row + offset, col: rect.col + 1, width: rect.width - 2,
        ellipsis: glyphs.ellipsis)
    }
  }

  /// One fact a row, labels padded to one column.
  static func column(_ facts: [Fact]) -> [[Span]] {
    let labelWidth = facts.reduce(0) { max($0, $1.label.columns) } + 1
    return facts.map { [Span($0.label.padded(to: labelWidth), Styles.dim)] + $0.value }
  }

  /// Facts packed onto as few rows as fit, separated by the separator glyph.
  static func flow(_ facts: [Fact], width: Int, glyphs: Glyphs) -> [[Span]] {
    var lines: [[Span]] = []
    var line: [Span] = []
    for fact in facts {
      let piece = [Span(fact.label + " ", Styles.dim)] + fact.value
      let pieceWidth = piece.reduce(0) { $0 + $1.columns }
      let lineWidth = line.reduce(0) { $0 + $1.columns }
      if line.isEmpty || lineWidth + glyphs.separator.columns + pieceWidth <= width {
        line += (line.isEmpty ? [] : [Span(glyphs.separator, Styles.dim)]) + piece
      } else {
        lines.append(line)
        line = piece
      }
    }
    return line.isEmpty ? lines : lines + [line]
  }

  /// A header and as many rows as fit, scrolled so the selection shows.
  static func drawTable(
    _ table: Table, selected: Int?, in rect: Rect, glyphs: Glyphs, grid: inout Grid
  ) {
    guard rect.height > 0 else { return }
    let visible = rect.height - 1
    let count = table.rows.count
    let offset = scrollOffset(selected: selected ?? 0, count: count, visible: visible)
    let (header, rows) = table.lines(
      width: rect.width - 2, visible: offset..<offset + max(0, visible), ellipsis: glyphs.ellipsis)
    grid.put(
      header, row: rect.row, col: rect.col + 1, width: rect.width - 2, ellipsis: glyphs.ellipsis)
    for (line, spans) in rows.enumerated() {
      let screenRow = rect.row + 1 + line
      grid.put(
        spans, row: screenRow, col: rect.col + 1, width: rect.width - 2, ellipsis: glyphs.ellipsis)
    }
    drawMoreMarks(
      offset: offset, count: count, visible: visible, rect: rect, glyphs: glyphs, grid: &grid)
    if let selected, (offset..<offset + rows.count).contains(selected) {
      grid.restyle(row: rect.row + 1 + selected - offset, col: rect.col, width: rect.width) {
        $0.role = .normal
        $0.reverse = true
      }
    }
  }

  /// Arrows at the right edge where rows continue above or below.
  static func drawMoreMarks(
    offset: Int, count: Int, visible: Int, rect: Rect, glyphs: Glyphs, grid: inout Grid
  ) {
    guard visible > 0 else { return }
    let edge = rect.col + rect.width - 1
    if offset > 0 {
      grid.put(glyphs.moreAbove, row: rect.row + 1, col: edge, width: 1, style: Styles.accent)
    }
    if offset + visible < count {
      grid.put(glyphs.moreBelow, row: rect.row + visible, col: edge, width: 1, style: Styles.accent)
    }
  }

  /// The first row to show so that `selected` is inside the window.
  static func scrollOffset(selected: Int, count: Int, visible: Int) -> Int {
    guard visible > 0, count > visible else { return 0 }
    return min(max(0, selected - visible + 1), count - visible)
  }
}
