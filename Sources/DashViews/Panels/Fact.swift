/// A label and its value, one line of a facts panel.
struct Fact {
  var label: String
  var value: [Span]

  init(_ label: String, _ value: [Span]) {
    self.label = label
    self.value = value
  }

  init(_ label: String, _ text: String, _ style: Style = Styles.normal) {
    self.init(label, [Span(text, style)])
  }
}
