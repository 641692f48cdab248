/// A table of text cells whose columns fit a width: flexible columns shrink
/// first, then optional columns are dropped, in the order their ranks say.
struct Table {
  /// One column: its header, how it aligns and how it gives up space.
  struct Column {
    var header: String
    var alignment: Alignment = .left
    /// Narrowest the column may shrink to, in columns.
    var minWidth: Int
    /// Lower shrinks first; nil never shrinks below its natural width.
    var shrinkRank: Int?
    /// Lower is dropped first when shrinking is not enough; nil is never dropped.
    var dropRank: Int?
    /// Cut long values in the middle, keeping their distinctive end.
    var cutsMiddle = false
    /// Takes whatever width is left over.
    var fills = false
  }

  var columns: [Column]
  /// Rows of cells, one span per column.
  var rows: [[Span]]
  /// Columns between cells.
  var gap = 2

  /// The columns that fit `width`, by index, with their widths.
  func fit(_ width: Int) -> [(index: Int, width: Int)] {
    var kept = Array(columns.indices)
    while true {
      if let widths = shrink(kept, to: width) { return Array(zip(kept, widths)).map { ($0, $1) } }
      let droppable = kept.filter { columns[$0].dropRank != nil }
      guard
        let drop = droppable.min(by: { (columns[$0].dropRank ?? 0) < (columns[$1].dropRank ?? 0) })
      else { return Array(zip(kept, shrinkAll(kept))).map { ($0, $1) } }
      kept.removeAll { $0 == drop }
    }
  }

  /// Natural width of a column: its widest cell or header.
  func natural(_ index: Int) -> Int {
    rows.reduce(columns[index].header.columns) { max($0, $1[index].columns) }
  }

  /// Widths of the kept columns shrunk in rank order to fit, or nil.
  private func shrink(_ kept: [Int], to width: Int) -> [Int]? {
    var widths = kept.map(natural)
    var excess = widths.reduce(gap * (kept.count - 1), +) - width
    let order = kept.indices.filter { columns[kept[$0]].shrinkRank != nil }
      .sorted { (columns[kept[$0]].shrinkRank ?? 0) < (columns[kept[$1]].shrinkRank ?? 0) }
    for position in order where excess > 0 {
      let give = min(excess, max(0, widths[position] - columns[kept[position]].minWidth))
      widths[position] -= give
      excess -= give
    }
    guard excess <= 0 else { return nil }
    if let filler = kept.firstIndex(where: { columns[$0].fills }) {
      widths[filler] += -excess
    }
    return widths
  }

  /// Every kept column at its minimum, for a width nothing fits.
  private func shrinkAll(_ kept: [Int]) -> [Int] {
    kept.map { columns[$0].shrinkRank == nil ? natural($0) : columns[$0].minWidth }
  }

  /// The header line and the row lines laid out in `width` columns.
  func lines(width: Int, ellipsis: String) -> (header: [Span], rows: [[Span]]) {
    let fitted = fit(width)
    let header = line(fitted, ellipsis: ellipsis) { Span(columns[$0].header, Styles.header) }
    let body = rows.map { row in line(fitted, ellipsis: ellipsis) { row[$0] } }
    return (header, body)
  }

  /// One line: each fitted column's span cut or padded to its width.
  private func line(
    _ fitted: [(index: Int, width: Int)], ellipsis: String, cell: (Int) -> Span
  ) -> [Span] {
    var spans: [Span] = []
    for (position, column) in fitted.enumerated() {
      let span = cell(column.index)
      let spec = columns[column.index]
      let text =
        spec.cutsMiddle
        ? span.text.truncatedMiddle(to: column.width, ellipsis: ellipsis)
        : span.text.truncated(to: column.width, ellipsis: ellipsis)
      let isLast = position == fitted.count - 1
      let padded =
        isLast && spec.alignment == .left
        ? text : text.padded(to: column.width, alignment: spec.alignment, ellipsis: ellipsis)
      spans.append(Span(padded, span.style))
      if !isLast { spans.append(Span(String(repeating: " ", count: gap))) }
    }
    return spans
  }
}
