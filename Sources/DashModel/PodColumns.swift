import Foundation

/// kubectl's READY, STATUS and RESTARTS for one pod, built step by step.
struct PodColumns {
  var status: String
  var ready = 0
  var restarts = 0
  var lastRestartAt: Date? { lastTermination?.finishedAt }
  /// The previous run that ended last among the containers counted.
  var lastTermination: Termination?
  /// Sidecar restarts, the only init restarts kept once the pod is initialised.
  private var sidecarRestarts = 0
  private var sidecarLastTermination: Termination?

  init(status: String) {
    self.status = status
  }

  /// Walks init containers in order; returns whether the pod is still initialising.
  mutating func walkInitContainers(of pod: Pod) -> Bool {
    let reported = Self.inStatusOrder(pod.initContainers)
    for (index, container) in reported.enumerated() {
      restarts += container.restartCount
      lastTermination = Self.later(lastTermination, container.lastTermination)
      if container.isSidecar {
        sidecarRestarts += container.restartCount
        sidecarLastTermination = Self.later(
          sidecarLastTermination, container.lastTermination)
      }
      if case .terminated(let end) = container.state, end.exitCode == 0 {
        continue
      }
      if container.isSidecar && container.started == true {
        if container.ready { ready += 1 }
        continue
      }
      status = Self.initStatus(
        container, index: index, total: pod.initContainers.count)
      return true
    }
    return false
  }

  /// Walks app containers last to first, as kubectl does, so the first
  /// container's reason wins.
  mutating func walkAppContainers(of pod: Pod) {
    restarts = sidecarRestarts
    lastTermination = sidecarLastTermination
    var hasRunning = false
    for container in Self.inStatusOrder(pod.containers).reversed() {
      restarts += container.restartCount
      lastTermination = Self.later(lastTermination, container.lastTermination)
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

  /// The reported containers in the order of the API's status list.
  private static func inStatusOrder(
    _ containers: [ContainerStatus]
  ) -> [ContainerStatus] {
    let positioned = containers.enumerated().filter(\.element.reported).map {
      (position: $1.statusIndex ?? $0, container: $1)
    }
    return positioned.sorted { $0.position < $1.position }.map(\.container)
  }

  /// The STATUS of a pod stopped at this init container.
  private static func initStatus(
    _ container: ContainerStatus, index: Int, total: Int
  ) -> String {
    switch container.state {
    case .terminated(let end):
      "Init:" + (end.reason.flatMap { $0.isEmpty ? nil : $0 } ?? end.codeText)
    case .waiting(let reason?, _)
    where !reason.isEmpty && reason != "PodInitializing":
      "Init:" + reason
    default:
      "Init:\(index)/\(total)"
    }
  }

  /// The termination that finished later; an undated one loses to a dated one.
  private static func later(
    _ first: Termination?, _ second: Termination?
  ) -> Termination? {
    guard let first else { return second }
    guard let second else { return first }
    let firstEnd = first.finishedAt ?? .distantPast
    return (second.finishedAt ?? .distantPast) > firstEnd ? second : first
  }
}

extension ContainerStatus {
  /// How the previous run of this container ended, if it did.
  var lastTermination: Termination? {
    if case .terminated(let end) = lastState { return end }
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
