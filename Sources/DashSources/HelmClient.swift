import DashModel
import Foundation

/// Runs `helm status` and `helm history` for one release and returns their JSON; each call
/// blocks the calling thread for at most `timeout` seconds.
public struct HelmClient: Sendable {
  /// The helm executable: a path, or a name looked up on PATH.
  public var helmPath: String
  public var release: String
  public var namespace: String
  /// `--kube-context`, when set.
  public var context: String?
  /// `--kubeconfig`, when set.
  public var kubeconfig: String?
  /// The whole environment helm runs with.
  public var environment: [String: String]
  /// Seconds before a helm call is stopped.
  public var timeout: Double
  public var runner: ProcessRunner

  public init(
    helmPath: String = "helm", release: String, namespace: String, context: String? = nil,
    kubeconfig: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment,
    timeout: Double = 20, runner: ProcessRunner = ProcessRunner()
  ) {
    self.helmPath = helmPath
    self.release = release
    self.namespace = namespace
    self.context = context
    self.kubeconfig = kubeconfig
    self.environment = environment
    self.timeout = timeout
    self.runner = runner
  }

  /// `helm status REL -n NS -o json`.
  public var statusCommand: Command {
    command(["status", release, "-n", namespace, "-o", "json"])
  }

  /// `helm history REL -n NS -o json --max N`.
  public func historyCommand(max: Int = 20) -> Command {
    command(["history", release, "-n", namespace, "-o", "json", "--max", "\(max)"])
  }

  /// The release as `helm status` prints it.
  public func status() throws(SourceError) -> JSONValue {
    try json(of: statusCommand)
  }

  /// The last `max` revisions as `helm history` prints them.
  public func history(max: Int = 20) throws(SourceError) -> JSONValue {
    try json(of: historyCommand(max: max))
  }

  private func command(_ arguments: [String]) -> Command {
    var argv = [helmPath] + arguments
    if let context { argv += ["--kube-context", context] }
    if let kubeconfig { argv += ["--kubeconfig", kubeconfig] }
    return Command(argv: argv, environment: environment, toolName: "helm", pathFlag: "--helm")
  }

  private func json(of command: Command) throws(SourceError) -> JSONValue {
    let outcome = try runner.run(command, timeout: timeout)
    if outcome.timedOut {
      throw .timedOut(command: command.summary, seconds: timeout)
    }
    guard outcome.termination.succeeded else { throw failure(outcome, command) }
    do {
      return try JSONValue(data: outcome.stdout)
    } catch {
      throw .malformedOutput(command: command.summary, detail: "\(error)")
    }
  }

  private func failure(_ outcome: ProcessOutcome, _ command: Command) -> SourceError {
    let text = outcome.stderrText
    if text.contains("release: not found") || text.contains("release not found") {
      return .releaseNotFound(release: release, namespace: namespace)
    }
    let last = text.split(whereSeparator: \.isNewline).last.map(String.init) ?? ""
    return .commandFailed(
      command: command.summary, termination: outcome.termination.description,
      detail: last)
  }
}
