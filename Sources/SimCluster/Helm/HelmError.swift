/// Everything the helm stand-in can fail with; `description` is what follows `Error: `.
///
/// Messages that real helm also prints use helm's own wording so scripts match them.
public enum HelmError: Error, Equatable, CustomStringConvertible {
  /// A flag helm does not know, e.g. `--bogus`.
  case unknownFlag(String)
  /// A one-letter flag helm does not know, e.g. `x` in `-x`.
  case unknownShorthand(Character, in: String)
  /// A flag real helm has that the stand-in does not answer.
  case unansweredFlag(String)
  /// A flag given without the value it needs.
  case flagNeedsArgument(String)
  /// A flag value of the wrong form, e.g. `--max abc`.
  case invalidFlagValue(flag: String, value: String, reason: String)
  /// Wrong number of positional arguments for a subcommand.
  case wrongArgumentCount(command: String, expected: String, usage: String)
  /// A subcommand the stand-in does not answer.
  case unknownCommand(String)
  /// The release has no revisions in the namespace.
  case releaseNotFound
  /// A revision argument that is not a whole number.
  case invalidRevision(String)
  /// `rollback` to a revision that does not exist.
  case revisionNotFound(Int)
  /// `upgrade` without `--install` on a release that was never deployed.
  case noDeployedReleases(String)
  /// The latest revision is pending-install, pending-upgrade or pending-rollback.
  case operationInProgress
  /// `--wait` ran out of time before the Deployment rolled out.
  case deadlineExceeded
  /// An operation failed after its revision was written, e.g. `UPGRADE FAILED`.
  case operationFailed(prefix: String, reason: String)
  /// The namespace does not exist and `--create-namespace` was not given.
  case namespaceNotFound(String)
  /// The release's Deployment does not exist; the stand-in only rolls an existing one.
  case deploymentMissing(String)
  /// A chart directory without a readable `Chart.yaml`.
  case chartNotFound(String)
  /// A chart whose `Chart.yaml` lacks a field helm requires.
  case invalidChart(path: String, reason: String)
  /// Values that break the chart's `values.schema.json`; one line each.
  case schemaViolations(chart: String, lines: [String])
  /// A `-f` values file that cannot be read.
  case valuesFileUnreadable(String)
  /// YAML that the reader cannot parse; `line` counts from 1.
  case yaml(source: String, line: Int, reason: String)
  /// A `--set` expression helm would reject.
  case invalidSet(String)
  /// A Go duration (`--timeout`) that cannot be parsed.
  case invalidDuration(String)
  /// No kubeconfig could be read, or it lacks the named context.
  case kubeconfig(String)
  /// The Kubernetes API could not be reached.
  case apiUnreachable(server: String, detail: String)
  /// The Kubernetes API answered with an error status.
  case apiStatus(code: Int, message: String)
  /// JSON that did not parse; `what` names the document.
  case malformedJSON(what: String, detail: String)
  /// A release payload that is not helm's base64 of gzip.
  case malformedPayload(String)
  /// Release JSON missing a field helm always writes.
  case malformedRelease(field: String)
  /// zlib failed to compress or decompress.
  case compression(String)

  public var description: String {
    switch self {
    case .unknownFlag(let flag): "unknown flag: \(flag)"
    case .unknownShorthand(let letter, let argument):
      "unknown shorthand flag: '\(letter)' in \(argument)"
    case .unansweredFlag(let flag):
      "flag \(flag) is a real helm flag that the tokenplace-sim helm stand-in does not "
        + "support; drop it or use real helm"
    case .flagNeedsArgument(let flag): "flag needs an argument: \(flag)"
    case .invalidFlagValue(let flag, let value, let reason):
      "invalid argument \"\(value)\" for \"\(flag)\" flag: \(reason)"
    case .wrongArgumentCount(let command, let expected, let usage):
      "\"helm \(command)\" requires \(expected)\n\nUsage:  helm \(usage)"
    case .unknownCommand(let name):
      "unknown command \"\(name)\" for \"helm\" (the tokenplace-sim stand-in answers "
        + "upgrade, rollback, status, history, get values and version)"
    case .releaseNotFound: "release: not found"
    case .invalidRevision(let text):
      "could not convert revision to a number: strconv.Atoi: parsing \"\(text)\": invalid syntax"
    case .revisionNotFound(let revision): "release has no \(revision) version"
    case .noDeployedReleases(let name): "\"\(name)\" has no deployed releases"
    case .operationInProgress:
      "another operation (install/upgrade/rollback) is in progress"
    case .deadlineExceeded: "context deadline exceeded"
    case .operationFailed(let prefix, let reason): "\(prefix): \(reason)"
    case .namespaceNotFound(let name):
      "create: failed to create: namespaces \"\(name)\" not found "
        + "(pass --create-namespace to create it)"
    case .deploymentMissing(let name):
      "deployments.apps \"\(name)\" not found (the tokenplace-sim helm stand-in rolls an "
        + "existing Deployment and does not create one)"
    case .chartNotFound(let path):
      "path \"\(path)\" not found: no Chart.yaml in the chart directory"
    case .invalidChart(let path, let reason): "chart \"\(path)\": \(reason)"
    case .schemaViolations(let chart, let lines):
      "values don't meet the specifications of the schema(s) in the following "
        + "chart(s):\n\(chart):\n" + lines.joined(separator: "\n")
    case .valuesFileUnreadable(let path):
      "open \(path): no such file or directory"
    case .yaml(let source, let line, let reason):
      "\(source): yaml: line \(line): \(reason)"
    case .invalidSet(let reason): "failed parsing --set data: \(reason)"
    case .invalidDuration(let text):
      "invalid argument \"\(text)\" for \"--timeout\" flag: time: invalid duration \"\(text)\""
    case .kubeconfig(let reason): "Kubernetes cluster unreachable: \(reason)"
    case .apiUnreachable(let server, let detail):
      "Kubernetes cluster unreachable: Get \"\(server)\": \(detail)"
    case .apiStatus(let code, let message): "\(message) (HTTP \(code))"
    case .malformedJSON(let what, let detail): "malformed \(what): \(detail)"
    case .malformedPayload(let reason): "malformed release payload: \(reason)"
    case .malformedRelease(let field):
      "malformed release JSON: no valid \"\(field)\""
    case .compression(let reason): "gzip: \(reason)"
    }
  }
}
