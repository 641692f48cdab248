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

  /// The reason the last app container or sidecar crash ended with, e.g.
  /// "OOMKilled", "Error", or "ExitCode:3" when the runtime gave no reason.
  public var lastTerminationReason: String? {
    let ended = (initContainers.filter(\.isSidecar) + containers).compactMap {
      container -> Termination? in
      if case .terminated(let termination) = container.lastState { return termination }
      return nil
    }
    let latest = ended.max { ($0.finishedAt ?? .distantPast) < ($1.finishedAt ?? .distantPast) }
    return latest.map { $0.reason ?? $0.codeText }
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
    displayStatus == "Running" && readyCount == containerCount && containerCount > 0
  }

  /// Problem pods first, then by name; equal keys keep their input order.
  public static func problemsFirst(_ pods: [Pod]) -> [Pod] {
    pods.enumerated().sorted { left, right in
      if left.element.isProblem != right.element.isProblem { return left.element.isProblem }
      if left.element.name != right.element.name { return left.element.name < right.element.name }
      return left.offset < right.offset
    }.map(\.element)
  }

  /// kubectl's node-lost reason, which turns a deleted pod's status to Unknown.
  static let nodeLostReason = "NodeLost"

  /// All of kubectl's derived columns, computed in one walk.
  var columns: PodColumns {
    var columns = PodColumns(status: reason ?? phase)
    if conditions.contains(where: { $0.type == "PodScheduled" && $0.reason == "SchedulingGated" }) {
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

/// kubectl's READY, STATUS and RESTARTS for one pod, built step by step.
struct PodColumns {
  var status: String
  var ready = 0
  var restarts = 0
  var lastRestartAt: Date?
  /// Sidecar restarts, the only init restarts kept once the pod is initialised.
  private var sidecarRestarts = 0
  private var sidecarLastRestartAt: Date?

  init(status: String) {
    self.status = status
  }

  /// Walks init containers in order; returns whether the pod is still initialising.
  mutating func walkInitContainers(of pod: Pod) -> Bool {
    let reported = pod.initContainers.filter(\.reported)
    for (index, container) in reported.enumerated() {
      restarts += container.restartCount
      lastRestartAt = later(lastRestartAt, container.lastFinishedAt)
      if container.isSidecar {
        sidecarRestarts += container.restartCount
        sidecarLastRestartAt = later(sidecarLastRestartAt, container.lastFinishedAt)
      }
      if case .terminated(let end) = container.state, end.exitCode == 0 { continue }
      if container.isSidecar && container.started == true {
        if container.ready { ready += 1 }
        continue
      }
      status = Self.initStatus(container, index: index, total: pod.initContainers.count)
      return true
    }
    return false
  }

  /// Walks app containers last to first, as kubectl does, so the first
  /// container's reason wins.
  mutating func walkAppContainers(of pod: Pod) {
    restarts = sidecarRestarts
    lastRestartAt = sidecarLastRestartAt
    var hasRunning = false
    for container in pod.containers.filter(\.reported).reversed() {
      restarts += container.restartCount
      lastRestartAt = later(lastRestartAt, container.lastFinishedAt)
      switch container.state {
      case .waiting(let reason?, _) where !reason.isEmpty:
        status = reason
      case .terminated(let end):
        status = end.reason.flatMap { $0.isEmpty ? nil : $0 } ?? end.codeText
      case .running where container.ready:
        hasRunning = true
        ready += 1
      default:
        break
      }
    }
    if status == "Completed" && hasRunning {
      status = pod.conditionIsTrue("Ready") ? "Running" : "NotReady"
    }
  }

  /// The STATUS of a pod stopped at this init container.
  private static func initStatus(_ container: ContainerStatus, index: Int, total: Int) -> String {
    switch container.state {
    case .terminated(let end):
      "Init:" + (end.reason.flatMap { $0.isEmpty ? nil : $0 } ?? end.codeText)
    case .waiting(let reason?, _) where !reason.isEmpty && reason != "PodInitializing":
      "Init:" + reason
    default:
      "Init:\(index)/\(total)"
    }
  }

  private func later(_ first: Date?, _ second: Date?) -> Date? {
    guard let first else { return second }
    guard let second else { return first }
    return max(first, second)
  }
}

extension ContainerStatus {
  /// When the previous run of this container ended, if it did.
  var lastFinishedAt: Date? {
    if case .terminated(let end) = lastState { return end.finishedAt }
    return nil
  }
}

extension Termination {
  /// "Signal:N" when a signal ended the container, else "ExitCode:N".
  public var codeText: String {
    if let signal, signal != 0 { return "Signal:\(signal)" }
    return "ExitCode:\(exitCode)"
  }
}
