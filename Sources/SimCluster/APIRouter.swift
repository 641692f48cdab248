import Foundation

/// Answers the Kubernetes REST requests kubectl and the helm stand-in send.
struct APIRouter: Sendable {
  let store: ClusterStore
  let switches: SimSwitches
  let timing: SimTiming
  let logs: LogWriter
  let now: @Sendable () -> Date
  /// Switches the scenario; called for `POST /sim/v1/scenario`.
  let onScenario: @Sendable (Scenario) -> Void
  /// The relay server's port, where port-forwards to the relay container lead.
  let relayPort: @Sendable () -> UInt16

  /// Subresources served, as `plural/subresource`; others are not found, as on a real
  /// API server.
  static let servedSubresources: Set<String> = [
    "pods/log", "pods/status", "pods/portforward", "deployments/status", "deployments/scale",
  ]

  /// Namespaces whose reads the simulated RBAC refuses.
  static let forbiddenNamespaces: Set<String> = ["kube-system"]

  /// Handles one request on its connection thread.
  func handle(_ request: HTTPRequest, _ exchange: HTTPExchange) {
    if request.path == Self.scenarioPath {
      handleScenario(request, exchange)
      return
    }
    if let fault = switches.countRequest() {
      exchange.respond(error: fault)
      return
    }
    if switches.current.scenario == .slowAPI {
      let deadline = Date().addingTimeInterval(timing.slowReplyDelay)
      while Date() < deadline, exchange.peerConnected(waiting: 100) {}
    }
    do throws(SimError) {
      try route(request, exchange)
    } catch {
      exchange.respond(error: error)
    }
  }

  /// The control path that switches scenarios.
  static let scenarioPath = "/sim/v1/scenario"

  /// Handles `POST /sim/v1/scenario` with `{"scenario":"NAME"}`.
  func handleScenario(_ request: HTTPRequest, _ exchange: HTTPExchange) {
    do throws(SimError) {
      guard request.method == "POST" else {
        throw SimError.methodNotAllowed(resource: "scenario", verb: request.method)
      }
      let body = try SimJSON(parsing: request.body)
      let scenario = try Scenario.named(body["scenario"].string ?? "")
      onScenario(scenario)
      exchange.respond(json: ["scenario": .string(scenario.rawValue)])
    } catch {
      exchange.respond(error: error)
    }
  }

  private func route(_ request: HTTPRequest, _ exchange: HTTPExchange) throws(SimError) {
    let certManager = switches.current.certManagerInstalled
    if request.method == "GET", let document = discovery(request.segments, certManager) {
      exchange.respond(json: document)
      return
    }
    guard let path = ResourcePath(segments: request.segments, certManager: certManager) else {
      throw SimError.noRoute(path: request.path)
    }
    let forbiddenHere = path.namespace.map(Self.forbiddenNamespaces.contains) ?? false
    if let namespace = path.namespace,
      forbiddenHere || switches.current.forbiddenResources.contains(path.kind.plural)
    {
      throw SimError.forbidden(
        resource: path.kind.plural, verb: request.method == "GET" ? "list" : "update",
        group: path.kind.group, namespace: namespace)
    }
    let mediaType = request.headers["content-type"] ?? ""
    if !request.body.isEmpty, mediaType.contains("protobuf") {
      throw SimError.unsupportedMediaType(mediaType)
    }
    if let subresource = path.subresource {
      guard Self.servedSubresources.contains(path.kind.plural + "/" + subresource) else {
        throw SimError.noRoute(path: request.path)
      }
    }
    if path.kind == .pods, path.subresource == "portforward", let name = path.name {
      try portForward(path, name: name, request, exchange)
      return
    }
    switch (request.method, path.name, path.subresource) {
    case ("GET", nil, _): try list(path, request, exchange)
    case ("GET", .some, "log"): try streamLog(path, request, exchange)
    case (_, .some(let name), "scale") where path.kind == .deployments:
      try scale(path, name: name, request, exchange)
    case ("GET", .some(let name), _): try get(path, name: name, request, exchange)
    case ("POST", nil, _): try create(path, request, exchange)
    case ("PUT", .some(let name), _): try replace(path, name: name, request, exchange)
    case ("PATCH", .some(let name), _): try patch(path, name: name, request, exchange)
    case ("DELETE", .some(let name), _): try delete(path, name: name, exchange)
    default:
      throw SimError.methodNotAllowed(resource: path.kind.plural, verb: request.method)
    }
  }

  private func discovery(_ segments: [String], _ certManager: Bool) -> SimJSON? {
    switch segments.count {
    case 0: return ["paths": ["/api", "/apis", "/version"]]
    case 1 where segments[0] == "version": return Discovery.version
    case 1 where segments[0] == "api": return Discovery.coreVersions
    case 1 where segments[0] == "apis": return Discovery.groupList(certManager: certManager)
    case 2 where segments[0] == "api":
      return Discovery.resources(groupVersion: segments[1], certManager: certManager)
    case 2 where segments[0] == "apis":
      return Discovery.group(named: segments[1], certManager: certManager)
    case 3 where segments[0] == "apis":
      return Discovery.resources(
        groupVersion: segments[1] + "/" + segments[2], certManager: certManager)
    default: return nil
    }
  }

  /// The object as served under `kind`: events.k8s.io gets its own shape.
  func present(_ object: SimJSON, as kind: ResourceKind) -> SimJSON {
    guard kind.isView else { return object }
    return EventShapes.eventsV1(object)
  }

  /// Whether the client asked for a meta.k8s.io Table.
  func wantsTable(_ request: HTTPRequest) -> Bool {
    (request.headers["accept"] ?? "").contains("as=Table")
  }
}
