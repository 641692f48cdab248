import Foundation
import SimCluster
import Synchronization

/// Text written by one stand-in invocation.
final class HelmCapturedOutput: Sendable {
  private let text = Mutex("")

  var value: String { text.withLock { $0 } }

  var output: HelmOutput {
    HelmOutput { chunk in self.text.withLock { $0 += chunk } }
  }
}

/// Runs the stand-in's library entry with captured streams.
func runHelm(_ arguments: [String], environment: [String: String] = [:]) -> (
  status: Int32, stdout: String, stderr: String
) {
  let out = HelmCapturedOutput()
  let err = HelmCapturedOutput()
  let context = HelmContext(
    environment: environment, output: out.output, errors: err.output,
    pollInterval: 0.05,
    timeZone: TimeZone(identifier: "UTC") ?? .current)
  let status = HelmCommand.run(arguments, context: context)
  return (status, out.value, err.value)
}
