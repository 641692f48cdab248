/// Failures of the app layer itself; the wording of every case lives here.
enum AppError: Error, Equatable, CustomStringConvertible {
  /// The release's Service is not in the namespace.
  case serviceMissing(name: String, namespace: String)
  /// Standard input or output is not a terminal and `--once` was not given.
  case notATerminal
  /// The pipe the run loop sleeps on could not be made (descriptors exhausted).
  case noWakePipe
  /// The demo's simulated cluster could not start.
  case demoFailed(String)

  var description: String {
    switch self {
    case .serviceMissing(let name, let namespace):
      "service '\(name)' not found in namespace '\(namespace)'"
    case .notATerminal:
      "standard input and output must be a terminal; use --once for one plain-text frame"
    case .noWakePipe:
      "cannot create the pipe the screen waits on; too many open files?"
    case .demoFailed(let detail):
      "the demo's simulated cluster could not start: \(detail)"
    }
  }
}
