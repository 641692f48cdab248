import DashCore
import DashModel
import Foundation

/// The release's pods as kubectl would list them, problems first.
enum PodsPanel {
  static func content(_ state: AppState, now: Date) -> PanelContent {
    let sample = state.snapshot.pods
    let age = SourceAge.title(sample, now: now)
    guard sample.value != nil else {
      return PanelContent(
        panel: .pods, age: age,
        body: .message(SourceAge.placeholder(sample, panel: .pods, state: state, now: now)))
    }
    let pods = state.orderedPods
    guard !pods.isEmpty else {
      let empty = Span("no pods of release \(state.target.release)", Styles.warn)
      return PanelContent(panel: .pods, age: age, body: .message(empty))
    }
    let table = Table(columns: columns, rows: pods.map { row($0, now: now) }, steps: steps)
    return PanelContent(
      panel: .pods, count: "(\(pods.count))", age: age,
      body: .table(table, selected: state.selectedIndex(in: .pods)))
  }

  /// NAME READY STATUS RESTARTS AGE NODE TAG, by index.
  static let columns = [
    Table.Column("NAME", cutsMiddle: true), Table.Column("READY"), Table.Column("STATUS"),
    Table.Column("RESTARTS"), Table.Column("AGE", alignment: .right), Table.Column("NODE"),
    Table.Column("TAG"),
  ]

  /// Narrow screens lose the node, cut names in the middle to 24 columns
  /// (their ends tell pods apart), then lose the age and the tag before
  /// cutting names further; STATUS is cut last.
  static let steps: [Table.Step] = [
    .drop(5), .shrink(0, to: 24), .drop(4), .drop(6), .shrink(0, to: 16), .shrink(3, to: 9),
    .drop(3), .shrink(0, to: 12), .shrink(2, to: 10),
  ]

  static func row(_ pod: Pod, now: Date) -> [Span] {
    let ready = "\(pod.readyCount)/\(pod.containerCount)"
    let readyLevel: Level = pod.readyCount == pod.containerCount ? .ok : .alarm
    return [
      Span(pod.name, Styles.strong),
      Span(ready, Styles.of(readyLevel)),
      Span(pod.displayStatus, Styles.of(level(of: pod))),
      Span(restarts(pod), pod.restarts > 0 ? Styles.warn : Styles.normal),
      Span(pod.createdAt.map { Age.short(now.timeIntervalSince($0)) } ?? "?"),
      Span(pod.nodeName ?? "-", Styles.dim),
      Span(pod.imageTag ?? "-"),
    ]
  }

  /// "7 (OOMKilled)", or just the count.
  static func restarts(_ pod: Pod) -> String {
    guard pod.restarts > 0, let reason = pod.lastTerminationReason else {
      return "\(pod.restarts)"
    }
    return "\(pod.restarts) (\(reason))"
  }

  /// How alarming a pod's STATUS is.
  static func level(of pod: Pod) -> Level {
    if pod.deletedAt != nil { return .warn }
    if !pod.isProblem { return pod.phase == "Succeeded" ? .neutral : .ok }
    return startingStatuses.contains(pod.displayStatus)
      || pod.displayStatus.hasPrefix("Init:") && pod.displayStatus.contains("/")
      ? .warn : .alarm
  }

  /// Statuses a pod passes through on its way up.
  static let startingStatuses: Set<String> = [
    "Pending", "ContainerCreating", "PodInitializing", "Running",
  ]
}
