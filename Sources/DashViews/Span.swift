/// A run of text in one style: what view builders produce before layout.
public struct Span: Sendable, Equatable {
  /// Raw text; sanitised when drawn.
  public var text: String
  public var style: Style

  public init(_ text: String, _ style: Style = .normal) {
    self.text = text
    self.style = style
  }

  public init(_ text: String, role: Role) {
    self.init(text, Style(role: role))
  }

  /// Terminal columns of the span once sanitised.
  public var columns: Int { text.columns }
}
