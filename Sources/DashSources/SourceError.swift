import Foundation

/// Every failure of the sources layer; all wording lives in `description`.
public enum SourceError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The executable of `tool` does not exist at `path` (or on PATH).
  case toolNotFound(tool: String, path: String, flag: String?)
  /// The file at `path` exists but cannot be executed.
  case toolNotExecutable(tool: String, path: String, flag: String?)
  /// `posix_spawn` or `pipe2` failed with `errno`.
  case spawnFailed(tool: String, path: String, errno: Int32)
  /// The command ran longer than `seconds` and was killed.
  case timedOut(command: String, seconds: Double)
  /// RBAC refused `verb` on `resource` in `namespace`.
  case forbidden(resource: String, verb: String, namespace: String)
  /// The API server has no such resource type (a CRD that is not installed).
  case resourceTypeNotFound(resource: String)
  /// The API server at `server` refused the TCP connection.
  case connectionRefused(server: String)
  /// The API server could not be reached for another network reason.
  case unreachable(detail: String)
  /// The API server rejected the kubeconfig's credentials.
  case unauthorized(detail: String)
  /// The kubeconfig names no context called `context`.
  case contextNotFound(context: String)
  /// The kubeconfig at `path` cannot be read or parsed.
  case kubeconfigUnreadable(path: String, detail: String)
  /// The command printed something that is not the JSON it promised.
  case malformedOutput(command: String, detail: String)
  /// The watch stream carried an ERROR event with `message`.
  case watchError(resource: String, message: String)
  /// kubectl ended the watch without an error (the server closes watches).
  case watchEnded(resource: String)
  /// The helm release does not exist in the namespace.
  case releaseNotFound(release: String, namespace: String)
  /// Another failure, with the command, how it ended and its last stderr line.
  case commandFailed(command: String, termination: String, detail: String)

  public var description: String {
    switch self {
    case .toolNotFound(let tool, let path, let flag):
      let place = path.contains("/") ? "at '\(path)'" : "on PATH (looked for '\(path)')"
      return "\(tool) not found \(place)" + remedy(flag)
    case .toolNotExecutable(let tool, let path, let flag):
      return "\(tool) at '\(path)' is not executable" + remedy(flag)
    case .spawnFailed(let tool, let path, let errno):
      return "cannot start \(tool) at '\(path)': \(String(cString: strerror(errno)))"
    case .timedOut(let command, let seconds):
      return "'\(command)' gave no answer within \(Self.seconds(seconds)) and was stopped"
    case .forbidden(let resource, let verb, let namespace):
      return "forbidden: not allowed to \(verb) '\(resource)' in namespace '\(namespace)'"
        + " (RBAC); ask for get, list and watch on \(resource)"
    case .resourceTypeNotFound(let resource) where resource.hasPrefix("certificates"):
      return "cert-manager not installed: the cluster has no resource type '\(resource)'"
    case .resourceTypeNotFound(let resource):
      return "the cluster has no resource type '\(resource)'"
    case .connectionRefused(let server):
      return "connection refused by the API server at '\(server)'; is the cluster up"
        + " and the kubeconfig's server address right?"
    case .unreachable(let detail):
      return "cannot reach the API server: \(detail)"
    case .unauthorized(let detail):
      return "the API server rejected the credentials (\(detail)); check the kubeconfig's user"
    case .contextNotFound(let context):
      return "kube context '\(context)' not found in the kubeconfig;"
        + " pass --context NAME (see 'kubectl config get-contexts')"
    case .kubeconfigUnreadable(let path, let detail):
      return "cannot read kubeconfig '\(path)': \(detail); pass --kubeconfig FILE"
    case .malformedOutput(let command, let detail):
      return "'\(command)' printed output that is not valid JSON: \(detail)"
    case .watchError(let resource, let message):
      return "the watch of '\(resource)' reported an error: \(message)"
    case .watchEnded(let resource):
      return "the watch of '\(resource)' ended; restarting it"
    case .releaseNotFound(let release, let namespace):
      return "helm release '\(release)' not found in namespace '\(namespace)';"
        + " check --release and --namespace"
    case .commandFailed(let command, let termination, let detail):
      let tail = detail.isEmpty ? "" : ": \(detail)"
      return "'\(command)' failed (\(termination))\(tail)"
    }
  }

  /// Whether retrying without a change of configuration cannot help.
  public var isPermanent: Bool {
    switch self {
    case .toolNotFound, .toolNotExecutable, .contextNotFound, .kubeconfigUnreadable,
      .resourceTypeNotFound, .releaseNotFound, .forbidden:
      true
    default:
      false
    }
  }

  private func remedy(_ flag: String?) -> String {
    flag.map { "; pass \($0) PATH" } ?? ""
  }

  /// Seconds as "3 s" or "0.5 s".
  private static func seconds(_ value: Double) -> String {
    value.rounded() == value ? "\(Int(value)) s" : "\(value) s"
  }
}
