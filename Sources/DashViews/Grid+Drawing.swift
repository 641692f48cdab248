extension Grid {
  /// Writes sanitised text at a position, clipped to `width` columns and the
  /// grid; returns the columns used. A wide grapheme that does not fit whole
  /// is left out, never split.
  @discardableResult
  public mutating func put(
    _ text: String, row: Int, col: Int, width: Int = .max, style: Style = .normal
  ) -> Int {
    guard row >= 0, row < height, col >= 0 else { return 0 }
    let limit = min(width, self.width - col)
    var used = 0
    for character in text.sanitized {
      let size = CharacterWidth.columns(of: character)
      guard size > 0 else { continue }
      guard used + size <= limit else { break }
      self[row, col + used] = Cell(text: String(character), style: style)
      if size == 2 {
        self[row, col + used + 1] = Cell(text: "", style: style, isContinuation: true)
      }
      used += size
    }
    return max(0, used)
  }

  /// Writes spans one after another, clipped to `width`, the last span that
  /// does not fit cut with `ellipsis`; returns the columns used.
  @discardableResult
  public mutating func put(
    _ spans: [Span], row: Int, col: Int, width: Int, ellipsis: String
  ) -> Int {
    var used = 0
    for span in spans {
      let room = width - used
      guard room > 0 else { break }
      let text = span.columns > room ? span.text.truncated(to: room, ellipsis: ellipsis) : span.text
      used += put(text, row: row, col: col + used, width: room, style: span.style)
    }
    return used
  }

  /// Sets the style of every cell of a row segment, e.g. to reverse a selection.
  public mutating func restyle(row: Int, col: Int, width: Int, _ change: (inout Style) -> Void) {
    for column in col..<max(col, min(self.width, col + width)) {
      var cell = self[row, column]
      change(&cell.style)
      self[row, column] = cell
    }
  }

  /// Fills a row segment with a repeated one-column string.
  public mutating func fill(
    _ text: String, row: Int, col: Int, width: Int, style: Style = .normal
  ) {
    for column in col..<max(col, col + width) {
      put(text, row: row, col: column, width: 1, style: style)
    }
  }
}
