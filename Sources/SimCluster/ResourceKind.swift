/// One REST resource the simulated API server serves, described as data.
struct ResourceKind: Sendable, Equatable {
  /// The API group; "" for the core group.
  let group: String
  /// The API version, e.g. "v1".
  let version: String
  /// The plural resource name in URLs, e.g. "pods".
  let plural: String
  /// The singular resource name, e.g. "pod".
  let singular: String
  /// The object kind, e.g. "Pod".
  let kind: String
  /// Whether objects live in a namespace.
  let namespaced: Bool
  /// Short names kubectl accepts, e.g. "po".
  let shortNames: [String]
  /// The storage shared by kinds that are views of one another (events).
  let storage: String
  /// The verbs discovery advertises.
  let verbs: [String]

  /// `group/version`, or just the version for the core group.
  var groupVersion: String { group.isEmpty ? version : "\(group)/\(version)" }

  /// The resource name in messages, e.g. "ingresses.networking.k8s.io".
  var qualifiedName: String { group.isEmpty ? plural : "\(plural).\(group)" }

  private static let readVerbs = ["get", "list", "watch"]
  private static let allVerbs = [
    "create", "delete", "deletecollection", "get", "list", "patch", "update", "watch",
  ]

  private init(
    _ group: String, _ version: String, _ plural: String, _ kind: String,
    short: [String] = [], namespaced: Bool = true, storage: String? = nil, writable: Bool = false
  ) {
    self.group = group
    self.version = version
    self.plural = plural
    self.singular = kind.lowercased()
    self.kind = kind
    self.namespaced = namespaced
    self.shortNames = short
    self.storage = storage ?? plural
    self.verbs = writable ? Self.allVerbs : Self.readVerbs
  }

  static let namespaces = ResourceKind(
    "", "v1", "namespaces", "Namespace", short: ["ns"], namespaced: false, writable: true)
  static let pods = ResourceKind("", "v1", "pods", "Pod", short: ["po"], writable: true)
  static let services = ResourceKind("", "v1", "services", "Service", short: ["svc"])
  static let endpoints = ResourceKind("", "v1", "endpoints", "Endpoints", short: ["ep"])
  static let secrets = ResourceKind("", "v1", "secrets", "Secret", writable: true)
  static let events = ResourceKind("", "v1", "events", "Event", short: ["ev"], writable: true)
  static let deployments = ResourceKind(
    "apps", "v1", "deployments", "Deployment", short: ["deploy"], writable: true)
  static let replicaSets = ResourceKind("apps", "v1", "replicasets", "ReplicaSet", short: ["rs"])
  static let ingresses = ResourceKind(
    "networking.k8s.io", "v1", "ingresses", "Ingress", short: ["ing"])
  static let endpointSlices = ResourceKind(
    "discovery.k8s.io", "v1", "endpointslices", "EndpointSlice")
  static let eventsV1 = ResourceKind(
    "events.k8s.io", "v1", "events", "Event", short: ["ev"], storage: "events")
  static let certificates = ResourceKind(
    "cert-manager.io", "v1", "certificates", "Certificate", short: ["cert", "certs"])

  /// Every kind served, in discovery order.
  static let all: [ResourceKind] = [
    namespaces, pods, services, endpoints, secrets, events, deployments, replicaSets,
    ingresses, endpointSlices, eventsV1, certificates,
  ]

  /// The groups served with their single version, in discovery order (core excluded).
  static let groups: [(name: String, version: String)] = [
    ("apps", "v1"), ("networking.k8s.io", "v1"), ("discovery.k8s.io", "v1"),
    ("events.k8s.io", "v1"), ("cert-manager.io", "v1"),
  ]

  /// The group that the cert-manager switch removes.
  static let certManagerGroup = "cert-manager.io"

  /// The kind served at `groupVersion` under `plural`.
  static func find(groupVersion: String, plural: String) -> ResourceKind? {
    all.first { $0.groupVersion == groupVersion && $0.plural == plural }
  }

  /// The kind stored under `storage` with its own group version (not a view).
  static func primary(storage: String) -> ResourceKind? {
    all.first { $0.storage == storage && $0.plural == storage && !$0.isView }
  }

  /// Whether this kind is a converted view of another kind's storage.
  var isView: Bool { group == "events.k8s.io" }
}
