import DashCore
import DashModel
import Foundation

/// Warning events of the namespace, newest first.
enum EventsPanel {
  static func content(_ state: AppState, now: Date) -> PanelContent {
    let sample = state.snapshot.events
    let age = SourceAge.title(sample, now: now)
    guard let events = sample.value else {
      return PanelContent(
        panel: .events, age: age,
        body: .message(SourceAge.placeholder(sample, panel: .events, state: state, now: now)))
    }
    guard !events.isEmpty else {
      return PanelContent(
        panel: .events, age: age, body: .message(Span("no warning events", Styles.dim)))
    }
    let table = Table(columns: columns, rows: events.map { row($0, now: now) }, steps: steps)
    return PanelContent(
      panel: .events, count: "(\(events.count))", age: age,
      body: .table(table, selected: state.selectedIndex(in: .events)))
  }

  /// LAST REASON OBJECT COUNT MESSAGE, by index; the message takes the rest.
  static let columns = [
    Table.Column("LAST", alignment: .right), Table.Column("REASON"),
    Table.Column("OBJECT", cutsMiddle: true), Table.Column("COUNT", alignment: .right),
    Table.Column("MESSAGE", cutsAtWord: true, fillsFrom: 30),
  ]

  /// Narrow screens cut the object in the middle and the message to 24
  /// columns, then lose the age and the count, so the message keeps room.
  static let steps: [Table.Step] = [
    .shrink(2, to: 20), .shrink(4, to: 24), .drop(0), .shrink(2, to: 16), .drop(3),
    .shrink(4, to: 16), .shrink(1, to: 10), .drop(2),
  ]

  static func row(_ event: KubeEvent, now: Date) -> [Span] {
    [
      Span(event.lastSeen.map { Age.short(now.timeIntervalSince($0)) } ?? "?", Styles.dim),
      Span(event.reason.oneLine, Styles.warn),
      Span(event.object.oneLine),
      Span("\(event.count)", Styles.dim),
      Span(event.message.oneLine),
    ]
  }
}
