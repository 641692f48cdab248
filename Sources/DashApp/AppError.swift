/// Failures of the app layer itself; the wording of every case lives here.
enum AppError: Error, Equatable, CustomStringConvertible {
  /// The release's Service is not in the namespace.
  case serviceMissing(name: String, namespace: String)
  /// Standard input or output is not a terminal and `--once` was not given.
  case notATerminal
  /// The demo's simulated cluster could not start.
  case demoFailed(String)

  var description: String {
    switch self {
    case .serviceMissing(let name, let namespace):
      "service '\(name)' not found in namespace '\(namespace)'"
    case .notATerminal:
      "standard input and output must be a terminal; use --once for one plain-text frame"
    case .demoFailed(let detail):
      "the demo's simulated cluster could not start: \(detail)"
    }
  }
}
