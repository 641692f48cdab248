import DashCore
import DashModel
import Foundation

/// Warning events of the namespace, newest first.
enum EventsPanel {
  static func content(_ state: AppState, now: Date) -> PanelContent {
    let sample = state.snapshot.events
    let age = SourceAge.spans(sample, now: now)
    guard let events = sample.value else {
      return PanelContent(
        panel: .events, age: age, body: .message(SourceAge.placeholder(sample, now: now)))
    }
    guard !events.isEmpty else {
      return PanelContent(panel: .events, age: age, body: .message(Span("none", Styles.dim)))
    }
    let table = Table(columns: columns, rows: events.map { row($0, now: now) })
    return PanelContent(
      panel: .events, count: "(\(events.count))", age: age,
      body: .table(table, selected: state.selectedIndex(in: .events)))
  }

  static let columns = [
    Table.Column(header: "LAST", alignment: .right, minWidth: 4, dropRank: 1),
    Table.Column(header: "REASON", minWidth: 8, shrinkRank: 2),
    Table.Column(header: "OBJECT", minWidth: 12, shrinkRank: 1, dropRank: 0, cutsMiddle: true),
    Table.Column(header: "COUNT", alignment: .right, minWidth: 5, dropRank: 2),
    Table.Column(header: "MESSAGE", minWidth: 12, shrinkRank: 0, fills: true),
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
