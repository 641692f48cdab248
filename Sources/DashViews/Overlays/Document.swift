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

  /// Columns of the label column: the widest label plus two.
  private var labelWidth: Int {
    lines.reduce(0) { widest, line in
      guard case .field(let label, _, _, let indent) = line else { return widest }
      return max(widest, indent + label.columns + 2)
    }
  }

  /// The document as screen rows of `width` columns.
  func rows(width: Int) -> [[Span]] {
    let labels = min(labelWidth, max(4, width / 3))
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

  /// A label padded to the label column, then the value wrapped beside it.
  private func field(
    _ label: String, _ value: String, _ style: Style, indent: Int, labels: Int, width: Int
  ) -> [[Span]] {
    let labelText = (pad(indent) + label).padded(to: labels)
    let wrapped = value.wrapped(to: max(1, width - labels))
    return wrapped.enumerated().map { index, text in
      [Span(index == 0 ? labelText : pad(labels), labelStyle), Span(text, style)]
    }
  }

  private func pad(_ count: Int) -> String {
    String(repeating: " ", count: max(0, count))
  }
}
