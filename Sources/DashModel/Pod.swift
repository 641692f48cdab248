import Foundation

/// One pod of the release, decoded from `kubectl get pods -o json`.
public struct Pod: Sendable, Equatable, Identifiable {
  /// The pod's `metadata.uid`, or its name when the uid is missing.
  public var id: String
  public var name: String
  public var namespace: String
  /// `status.phase`: Pending, Running, Succeeded, Failed or Unknown.
  public var phase: String
  /// `status.reason`, e.g. "Evicted", when the pod has one.
  public var reason: String?
  /// `spec.nodeName`; nil while unscheduled.
  public var nodeName: String?
  /// `metadata.creationTimestamp`.
  public var createdAt: Date?
  /// `metadata.deletionTimestamp`; set means Terminating.
  public var deletedAt: Date?
  /// `status.conditions`, in the order the API gave them.
  public var conditions: [Condition]
  /// `status.initContainerStatuses`, merged with `spec.initContainers` names.
  public var initContainers: [ContainerStatus]
  /// `status.containerStatuses`, merged with `spec.containers` names.
  public var containers: [ContainerStatus]
  /// `metadata.labels`.
  public var labels: [String: String]
  /// `status.message`, e.g. why the pod was evicted.
  public var message: String?
  /// `status.podIP`; nil until the pod has one.
  public var podIP: String?
  /// `status.startTime`: when the kubelet acknowledged the pod.
  public var startedAt: Date?

  public init(
    id: String, name: String, namespace: String, phase: String,
    reason: String? = nil,
    nodeName: String? = nil, createdAt: Date? = nil, deletedAt: Date? = nil,
    conditions: [Condition] = [], initContainers: [ContainerStatus] = [],
    containers: [ContainerStatus] = [], labels: [String: String] = [:],
    message: String? = nil, podIP: String? = nil, startedAt: Date? = nil
  ) {
    self.id = id
    self.name = name
    self.namespace = namespace
    self.phase = phase
    self.reason = reason
    self.nodeName = nodeName
    self.createdAt = createdAt
    self.deletedAt = deletedAt
    self.conditions = conditions
    self.initContainers = initContainers
    self.containers = containers
    self.labels = labels
    self.message = message
    self.podIP = podIP
    self.startedAt = startedAt
  }
}

/// One container's status within a pod.
public struct ContainerStatus: Sendable, Equatable {
  public var name: String
  /// The image reference as given in the spec (`repo:tag` or `repo@sha256:...`).
  public var image: String
  public var ready: Bool
  public var restartCount: Int
  /// The current state; `.unknown` when the API gave none yet.
  public var state: ContainerState
  /// The previous container's end, e.g. terminated with reason OOMKilled.
  public var lastState: ContainerState
  /// Whether the API listed a status for this container; false for a container
  /// known only from the spec (kubectl's STATUS column skips those).
  public var reported: Bool
  /// `started`: whether the startup probe (if any) has passed.
  public var started: Bool?
  /// An init container with `restartPolicy: Always`, i.e. a sidecar that keeps
  /// running beside the app containers and counts in READY.
  public var isSidecar: Bool
  /// `imageID`: the digest the node actually pulled, when reported.
  public var imageID: String?
  /// The position in the API's status list (the kubelet sorts app containers
  /// by name); kubectl derives STATUS in that order.
  public var statusIndex: Int?

  public init(
    name: String, image: String, ready: Bool = false, restartCount: Int = 0,
    state: ContainerState = .unknown, lastState: ContainerState = .unknown,
    reported: Bool = true, started: Bool? = nil, isSidecar: Bool = false,
    imageID: String? = nil, statusIndex: Int? = nil
  ) {
    self.name = name
    self.image = image
    self.ready = ready
    self.restartCount = restartCount
    self.state = state
    self.lastState = lastState
    self.reported = reported
    self.started = started
    self.isSidecar = isSidecar
    self.imageID = imageID
    self.statusIndex = statusIndex
  }
}

/// Exactly one of the container states the API reports.
public enum ContainerState: Sendable, Equatable {
  case waiting(reason: String?, message: String?)
  case running(startedAt: Date?)
  case terminated(Termination)
  case unknown
}

/// How a container ended.
public struct Termination: Sendable, Equatable {
  public var exitCode: Int
  public var signal: Int?
  public var reason: String?
  public var message: String?
  public var startedAt: Date?
  public var finishedAt: Date?

  public init(
    exitCode: Int, signal: Int? = nil, reason: String? = nil,
    message: String? = nil,
    startedAt: Date? = nil, finishedAt: Date? = nil
  ) {
    self.exitCode = exitCode
    self.signal = signal
    self.reason = reason
    self.message = message
    self.startedAt = startedAt
    self.finishedAt = finishedAt
  }
}

/// A status condition, as pods, deployments and certificates report them.
public struct Condition: Sendable, Equatable {
  public var type: String
  /// "True", "False" or "Unknown", as the API spells it.
  public var status: String
  public var reason: String?
  public var message: String?
  public var lastTransitionTime: Date?

  public init(
    type: String, status: String, reason: String? = nil, message: String? = nil,
    lastTransitionTime: Date? = nil
  ) {
    self.type = type
    self.status = status
    self.reason = reason
    self.message = message
    self.lastTransitionTime = lastTransitionTime
  }
}
