import DashCore

/// What one panel shows, before it is laid out in a rectangle.
struct PanelContent {
  /// What fills the panel under its title rule.
  enum Body {
    /// A table with the row that is selected, if any.
    case table(Table, selected: Int?)
    /// Labelled facts about one item.
    case facts([Fact])
    /// One line in place of data: loading, empty, unavailable.
    case message(Span)
  }

  var panel: Panel
  /// Shown after the title, e.g. "(3)" or "1 of 2".
  var count: String?
  /// The source's freshness, right-aligned in the title rule.
  var age: [Span]
  var body: Body

  /// Rows the body needs to show everything.
  var naturalRows: Int {
    switch body {
    case .table(let table, _): 1 + max(1, table.rows.count)
    case .facts(let facts): facts.count
    case .message: 1
    }
  }
}
