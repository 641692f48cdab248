import Foundation

extension SourceError {
  /// Reads kubectl's stderr after a failed `command` for `query` and names the cause.
  public static func kubectl(
    stderr: String, termination: ProcessTermination, query: ResourceQuery,
    target: KubectlTarget, command: Command
  ) -> SourceError {
    let lines = stderr.split(whereSeparator: \.isNewline).map(String.init)
    let last = lines.last { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? ""
    if let context = after("context was not found for specified context: ", in: stderr) {
      return .contextNotFound(context: context)
    }
    if let context = target.context, stderr.contains("context \"\(context)\" does not exist") {
      return .contextNotFound(context: context)
    }
    if let unreadable = kubeconfigProblem(stderr, target: target) { return unreadable }
    if stderr.contains("(Forbidden)") || stderr.contains(" is forbidden: ") {
      return forbidden(stderr, query: query, namespace: target.namespace)
    }
    if stderr.contains("the server doesn't have a resource type") {
      return .resourceTypeNotFound(resource: query.resource)
    }
    if stderr.contains("(Unauthorized)") || stderr.contains("must be logged in") {
      return .unauthorized(detail: "Unauthorized")
    }
    if let server = refusedServer(stderr) { return .connectionRefused(server: server) }
    let timeoutMarks = [
      "Client.Timeout exceeded", "context deadline exceeded", "i/o timeout",
      "TLS handshake timeout", "(Timeout)",
    ]
    if timeoutMarks.contains(where: stderr.contains) {
      return .timedOut(
        command: command.summary, seconds: Double(target.requestTimeout))
    }
    let unreachableMarks = [
      "Unable to connect to the server", "no such host", "no route to host",
      "network is unreachable",
    ]
    if unreachableMarks.contains(where: stderr.contains) {
      return .unreachable(
        detail: last.replacingOccurrences(of: "Unable to connect to the server: ", with: ""))
    }
    return .commandFailed(
      command: command.summary, termination: termination.description, detail: last)
  }

  /// The text after `marker` up to the end of its line.
  private static func after(_ marker: String, in text: String) -> String? {
    guard let range = text.range(of: marker) else { return nil }
    let rest = text[range.upperBound...]
    return String(rest.prefix { !$0.isNewline }).trimmingCharacters(in: .whitespaces)
  }

  private static func kubeconfigProblem(_ stderr: String, target: KubectlTarget) -> SourceError? {
    let configured = target.kubeconfig ?? target.environment["KUBECONFIG"] ?? "~/.kube/config"
    if let detail = after("error loading config file ", in: stderr) {
      let parts = detail.split(separator: ":", maxSplits: 1).map(String.init)
      let path = parts[0].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
      let reason = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : detail
      return .kubeconfigUnreadable(path: path, detail: reason)
    }
    if let kubeconfig = target.kubeconfig,
      let detail = after("stat \(kubeconfig): ", in: stderr)
    {
      return .kubeconfigUnreadable(path: kubeconfig, detail: detail)
    }
    if stderr.contains("invalid configuration") {
      return .kubeconfigUnreadable(path: configured, detail: "invalid configuration")
    }
    return nil
  }

  private static func forbidden(
    _ stderr: String, query: ResourceQuery, namespace: String
  ) -> SourceError {
    var verb = "list"
    var resource = query.resource
    if let clause = after(" cannot ", in: stderr) {
      let words = clause.split(separator: " ")
      if let first = words.first { verb = String(first) }
      if let quoted = clause.split(separator: "\"").dropFirst().first {
        resource = String(quoted)
      }
    }
    return .forbidden(resource: resource, verb: verb, namespace: namespace)
  }

  private static func refusedServer(_ stderr: String) -> String? {
    if let detail = after("The connection to the server ", in: stderr),
      let end = detail.range(of: " was refused")
    {
      return String(detail[..<end.lowerBound])
    }
    guard stderr.contains("connection refused") else { return nil }
    return after("dial tcp ", in: stderr)?.split(separator: ":").prefix(2).joined(separator: ":")
      ?? "unknown"
  }
}
