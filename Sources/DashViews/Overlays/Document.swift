/// Scrollable text for the help and detail overlays, wrapped to a width
/// only when drawn.
struct Document {
  /// One logical line before wrapping.
  enum Line {
    /// A section title.
    case heading(String)
    /// A label and its value; the value wraps under itself.
    case field(label: String, value: String, style: Style, indent: Int)
    /// Free text, wrapped and indented.
    case text(String, style: Style, indent: Int)
    case blank
  }

  /// Shown in the overlay's title rule.
  var title: String
  var lines: [Line]
  /// How labels of fields are drawn.
  var labelStyle = Styles.dim

  /// Columns of the label column at most `limit` wide: the widest label
  /// that fits plus two; longer labels take a row of their own.
  private func labelWidth(limit: Int) -> Int {
    let widths = lines.compactMap { line -> Int? in
      guard case .field(let label, _, _, let indent) = line else { return nil }
      return indent + label.columns + 2
    }
    return widths.filter { $0 <= limit }.max() ?? limit
  }

  /// The document as screen rows of `width` columns.
  func rows(width: Int) -> [[Span]] {
    let labels = labelWidth(limit: max(4, width / 3))
    return lines.flatMap { line -> [[Span]] in
      switch line {
      case .heading(let text): [[Span(text, Styles.heading)]]
      case .blank: [[]]
      case .text(let text, let style, let indent):
        text.wrapped(to: max(1, width - indent)).map { [Span(pad(indent)), Span($0, style)] }
      case .field(let label, let value, let style, let indent):
        field(label, value, style, indent: indent, labels: labels, width: width)
      }
    }
  }

  /// A label padded to the label column, then the value wrapped beside it;
  /// a label too long for the column takes a row of its own, the value
  /// starting under it.
  private func field(
    _ label: String, _ value: String, _ style: Style, indent: Int, labels: Int, width: Int
  ) -> [[Span]] {
    let labelText = pad(indent) + label
    let fits = labelText.columns < labels
    let wrapped = value.wrapped(to: max(1, width - labels)).enumerated().map { index, text in
      let lead = index == 0 && fits ? labelText.padded(to: labels) : pad(labels)
      return [Span(lead, labelStyle), Span(text, style)]
    }
    return fits ? wrapped : [[Span(labelText, labelStyle)]] + wrapped
  }

  private func pad(_ count: Int) -> String {
    String(repeating: " ", count: max(0, count))
  }
}
