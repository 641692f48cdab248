import DashModel
import Foundation

/// One plain `kubectl get KIND -o json` per call: what a one-shot report
/// needs, where a watch's first burst of events would give a partial list.
public struct ResourceLister: Sendable {
  public let target: KubectlTarget
  public let runner: ProcessRunner
  /// Seconds a list may take before kubectl is stopped.
  public let timeout: Double

  public init(target: KubectlTarget, runner: ProcessRunner = ProcessRunner(), timeout: Double = 30)
  {
    self.target = target
    self.runner = runner
    self.timeout = timeout
  }

  /// Lists the query's objects, or says why not; blocks the calling thread.
  public func list(_ query: ResourceQuery) -> Result<[JSONValue], SourceError> {
    let command = target.listCommand(query)
    let outcome: ProcessOutcome
    do {
      outcome = try runner.run(command, timeout: timeout)
    } catch {
      return .failure(error)
    }
    if outcome.timedOut {
      return .failure(.timedOut(command: command.summary, seconds: timeout))
    }
    guard outcome.termination.succeeded else {
      return .failure(
        .kubectl(
          stderr: outcome.stderrText, termination: outcome.termination, query: query,
          target: target, command: command))
    }
    return ResourceWatcher.items(of: outcome.stdout, command: command)
  }
}
