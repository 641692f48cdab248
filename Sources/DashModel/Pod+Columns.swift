import Foundation

extension Pod {
  /// The STATUS column of `kubectl get pods`, derived from the same fields in
  /// the same order as kubectl's pod printer.
  public var displayStatus: String { columns.status }

  /// The ready half of kubectl's READY column.
  public var readyCount: Int { columns.ready }

  /// The total half of kubectl's READY column: app containers plus sidecars.
  public var containerCount: Int {
    containers.count + initContainers.filter(\.isSidecar).count
  }

  /// kubectl's RESTARTS count: init restarts while the pod initialises, then
  /// app container and sidecar restarts.
  public var restarts: Int { columns.restarts }

  /// When the most recent counted restart ended (kubectl's "(5m ago)").
  public var lastRestartAt: Date? { columns.lastRestartAt }

  /// kubectl's RESTARTS column: "0", or "5 (3m ago)" once a restart is dated.
  public func restartsColumn(now: Date) -> String {
    let columns = columns
    guard columns.restarts > 0, let last = columns.lastRestartAt else {
      return String(columns.restarts)
    }
    return "\(columns.restarts) (\(Age.since(last, now: now)))"
  }

  /// The reason the most recent counted restart ended with, e.g. "OOMKilled",
  /// "Error", or "ExitCode:3" when the runtime gave no reason.
  public var lastTerminationReason: String? {
    columns.lastTermination.map { end in
      end.reason.flatMap { $0.isEmpty ? nil : $0 } ?? end.codeText
    }
  }

  /// The image tag of the first app container (see `ImageReference`).
  public var imageTag: String? {
    containers.first.map { ImageReference($0.image).displayTag }
  }

  /// Whether the pod needs the operator's eye: anything but a running pod with
  /// every container ready, a completed one, or one that is shutting down.
  public var isProblem: Bool {
    switch displayStatus {
    case "Running": readyCount < containerCount
    case "Completed", "Succeeded", "Terminating": false
    default: true
    }
  }

  /// Whether the pod is up and serving: Running with every container ready.
  public var isReady: Bool {
    displayStatus == "Running" && readyCount == containerCount
      && containerCount > 0
  }

  /// Problem pods first, then by name; equal keys keep their input order.
  public static func problemsFirst(_ pods: [Pod]) -> [Pod] {
    let keyed = pods.enumerated().map {
      (problem: $1.isProblem, offset: $0, pod: $1)
    }
    return keyed.sorted { left, right in
      if left.problem != right.problem { return left.problem }
      if left.pod.name != right.pod.name {
        return left.pod.name < right.pod.name
      }
      return left.offset < right.offset
    }.map(\.pod)
  }

  /// kubectl's node-lost reason, which turns a deleted pod's status to Unknown.
  static let nodeLostReason = "NodeLost"

  /// All of kubectl's derived columns, computed in one walk.
  var columns: PodColumns {
    var columns = PodColumns(status: reason ?? phase)
    if conditions.contains(where: {
      $0.type == "PodScheduled" && $0.reason == "SchedulingGated"
    }) {
      columns.status = "SchedulingGated"
    }
    let initializing = columns.walkInitContainers(of: self)
    if !initializing || conditionIsTrue("Initialized") {
      columns.walkAppContainers(of: self)
    }
    if deletedAt != nil {
      if reason == Pod.nodeLostReason {
        columns.status = "Unknown"
      } else if phase != "Succeeded" && phase != "Failed" {
        columns.status = "Terminating"
      }
    }
    return columns
  }

  /// Whether the condition of that type reports "True".
  public func conditionIsTrue(_ type: String) -> Bool {
    conditions.contains { $0.type == type && $0.status == "True" }
  }
}
