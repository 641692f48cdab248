import Foundation

/// What went wrong in the simulated cluster; the wording lives in `description`.
///
/// The API cases also become Kubernetes `Status` objects, so kubectl prints
/// its own messages for them.
public enum SimError: Error, CustomStringConvertible, Equatable, Sendable {
  /// No object `name` of `resource` (plural, e.g. "pods").
  case notFound(resource: String, name: String)
  /// No such path on the API server.
  case noRoute(path: String)
  /// An object `name` of `resource` already exists.
  case alreadyExists(resource: String, name: String)
  /// The object changed since the caller read it (resourceVersion mismatch).
  case conflict(resource: String, name: String)
  /// The simulated RBAC refuses `verb` on `resource` (plural) in `namespace`.
  case forbidden(resource: String, verb: String, group: String, namespace: String)
  /// The request itself is wrong; the message says how.
  case badRequest(String)
  /// `verb` is not served for `resource`.
  case methodNotAllowed(resource: String, verb: String)
  /// A watch asked for a resourceVersion older than the kept history.
  case expired(resourceVersion: String)
  /// A simulated server fault (api-flaky).
  case internalError(String)
  /// A simulated overload (api-flaky).
  case unavailable(String)
  /// A socket call failed while starting a server.
  case socket(call: String, errno: Int32)
  /// A request body in a media type the simulator does not read (protobuf).
  case unsupportedMediaType(String)
  /// A scenario name that does not exist.
  case unknownScenario(String)
  /// The kubeconfig at `path` cannot be read or names no server.
  case kubeconfig(path: String, reason: String)
  /// The simulator did not answer a control request.
  case control(String)
  /// A port-forward connection broke SPDY/3.1's rules; the message says how.
  case spdy(String)
  /// A port-forward asked for a port the pod does not serve.
  case portNotServed(port: String, pod: String)
  /// An upgrade to a protocol other than SPDY/3.1 (kubectl's WebSocket attempt).
  case upgradeUnsupported(String)

  public var description: String {
    switch self {
    case .notFound(let resource, let name): "\(resource) \"\(name)\" not found"
    case .noRoute: "the server could not find the requested resource"
    case .alreadyExists(let resource, let name): "\(resource) \"\(name)\" already exists"
    case .conflict(let resource, let name):
      "Operation cannot be fulfilled on \(resource) \"\(name)\": the object has been"
        + " modified; please apply your changes to the latest version and try again"
    case .forbidden(let resource, let verb, let group, let namespace):
      "\(resource) is forbidden: User \"tokenplace-operator\" cannot \(verb) resource"
        + " \"\(resource)\" in API group \"\(group)\" in the namespace \"\(namespace)\""
    case .badRequest(let message): message
    case .methodNotAllowed(let resource, let verb):
      "the server does not allow this method on the requested resource (\(verb) \(resource))"
    case .expired(let version): "too old resource version: \(version)"
    case .unsupportedMediaType(let type):
      "the body of the request was in an unknown format - accepted media types include:"
        + " application/json, application/yaml (the simulated API server does not read \(type))"
    case .internalError(let message): "Internal error occurred: \(message)"
    case .unavailable(let message): message
    case .socket(let call, let code):
      "cannot \(call) on 127.0.0.1: \(String(cString: strerror(code))) (errno \(code))"
    case .unknownScenario(let name):
      "unknown scenario '\(name)'; valid scenarios: "
        + Scenario.allCases.map(\.rawValue).joined(separator: ", ")
    case .kubeconfig(let path, let reason):
      "cannot use kubeconfig '\(path)': \(reason); start the simulator with"
        + " 'tokenplace-sim serve --kubeconfig \(path)'"
    case .control(let message): "the simulator did not accept the request: \(message)"
    case .spdy(let message): "port-forward stream broken: \(message)"
    case .portNotServed(let port, let pod):
      "error forwarding port \(port) to pod \(pod): nothing listens on port \(port)"
        + " (the simulated relay serves port \(SeedObjects.containerPort) only)"
    case .upgradeUnsupported(let upgrade):
      "unable to upgrade connection: the simulated API server speaks SPDY/3.1 only,"
        + " not '\(upgrade)'"
    }
  }

  /// The HTTP status code the API server answers with.
  var httpStatus: Int {
    switch self {
    case .notFound, .noRoute: 404
    case .alreadyExists, .conflict: 409
    case .forbidden: 403
    case .badRequest, .unknownScenario, .spdy, .portNotServed, .upgradeUnsupported: 400
    case .methodNotAllowed: 405
    case .unsupportedMediaType: 415
    case .expired: 410
    case .internalError, .socket, .kubeconfig, .control: 500
    case .unavailable: 503
    }
  }

  /// The `reason` field of the Kubernetes `Status` object.
  var reason: String {
    switch self {
    case .notFound, .noRoute: "NotFound"
    case .alreadyExists: "AlreadyExists"
    case .conflict: "Conflict"
    case .forbidden: "Forbidden"
    case .badRequest, .unknownScenario, .spdy, .portNotServed, .upgradeUnsupported:
      "BadRequest"
    case .methodNotAllowed: "MethodNotAllowed"
    case .unsupportedMediaType: "UnsupportedMediaType"
    case .expired: "Expired"
    case .internalError, .socket, .kubeconfig, .control: "InternalError"
    case .unavailable: "ServiceUnavailable"
    }
  }

  /// The error as a Kubernetes `Status` object.
  var statusObject: SimJSON {
    var status: SimJSON = [
      "kind": "Status", "apiVersion": "v1", "metadata": .emptyObject,
      "status": "Failure", "message": .string(description), "reason": .string(reason),
      "code": .int(httpStatus),
    ]
    switch self {
    case .notFound(let resource, let name), .alreadyExists(let resource, let name),
      .conflict(let resource, let name):
      status["details"] = ["name": .string(name), "kind": .string(resource)]
    case .unavailable, .internalError:
      status["details"] = ["retryAfterSeconds": 1]
    default: break
    }
    return status
  }
}
