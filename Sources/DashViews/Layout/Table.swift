/// A table of text cells whose columns fit a width by following the table's
/// own plan: which column to narrow or drop first, then next.
struct Table {
  /// One column: its header, how it aligns and how it cuts long values.
  struct Column {
    var header: String
    var alignment: Alignment = .left
    /// Cut long values in the middle, keeping their distinctive end.
    var cutsMiddle = false
    /// Cut long values at a space when one is near the end: prose.
    var cutsAtWord = false
    /// Takes whatever width is left over, needing only this many columns.
    var fillsFrom: Int?

    init(
      _ header: String, alignment: Alignment = .left, cutsMiddle: Bool = false,
      cutsAtWord: Bool = false, fillsFrom: Int? = nil
    ) {
      self.header = header
      self.alignment = alignment
      self.cutsMiddle = cutsMiddle
      self.cutsAtWord = cutsAtWord
      self.fillsFrom = fillsFrom
    }
  }

  /// One step of giving up width, tried in order until the table fits.
  enum Step {
    /// Narrow a column, by index, as far as needed but not below `to`.
    case shrink(Int, to: Int)
    /// Leave a column, by index, out.
    case drop(Int)
  }

  let columns: [Column]
  /// Rows of cells, one span per column.
  let rows: [[Span]]
  /// The plan for narrow screens; after it, every column is cut evenly.
  let steps: [Step]
  /// Columns between cells.
  let gap = 2
  /// The widest cell or header of each column, measured once.
  private let widest: [Int]

  init(columns: [Column], rows: [[Span]], steps: [Step]) {
    self.columns = columns
    self.rows = rows
    self.steps = steps
    widest = columns.indices.map { index in
      rows.reduce(columns[index].header.columns) { max($0, $1[index].columns) }
    }
  }

  /// The columns that fit `width`, by index, with their widths.
  func fit(_ width: Int) -> [(index: Int, width: Int)] {
    for count in 0...steps.count {
      let taken = Array(steps.prefix(count))
      let kept = columns.indices.filter { index in
        !taken.contains { if case .drop(index) = $0 { true } else { false } }
      }
      if let widths = widths(kept, shrinking: taken, to: width) {
        return Array(zip(kept, widths)).map { (index: $0, width: $1) }
      }
    }
    let kept = columns.indices.filter { index in
      !steps.contains { if case .drop(index) = $0 { true } else { false } }
    }
    let share = max(1, (width - gap * (kept.count - 1)) / max(1, kept.count))
    return kept.map { (index: $0, width: min(share, natural($0))) }
  }

  /// Natural width of a column: its widest cell or header, or the width a
  /// filling column needs at least.
  func natural(_ index: Int) -> Int {
    columns[index].fillsFrom.map { min($0, widest[index]) } ?? widest[index]
  }

  /// Widths of the kept columns narrowed by the shrink steps only as far as
  /// needed, the filler widened by what is left; nil when they do not fit.
  private func widths(_ kept: [Int], shrinking steps: [Step], to width: Int) -> [Int]? {
    var widths = kept.map(natural)
    var excess = widths.reduce(gap * (kept.count - 1), +) - width
    for case .shrink(let index, let floor) in steps where excess > 0 {
      guard let position = kept.firstIndex(of: index) else { continue }
      let give = min(excess, max(0, widths[position] - floor))
      widths[position] -= give
      excess -= give
    }
    guard excess <= 0 else { return nil }
    if let filler = kept.firstIndex(where: { columns[$0].fillsFrom != nil }) {
      widths[filler] = max(widths[filler], min(widest[kept[filler]], widths[filler] - excess))
    }
    return widths
  }

  /// The header line and the lines of the rows in `visible`, laid out in
  /// `width` columns.
  func lines(
    width: Int, visible: Range<Int>, ellipsis: String
  ) -> (header: [Span], rows: [[Span]]) {
    let fitted = fit(width)
    let header = line(fitted, ellipsis: ellipsis) { Span(columns[$0].header, Styles.header) }
    let shown = visible.clamped(to: rows.indices)
    let body = rows[shown].map { row in line(fitted, ellipsis: ellipsis) { row[$0] } }
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
        : span.text.truncated(to: column.width, ellipsis: ellipsis, atWord: spec.cutsAtWord)
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
