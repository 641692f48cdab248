import DashSources
import Foundation

/// Runs helper programs in tests from argument arrays and collects output.
public enum ProcessHarness {
  /// What a finished program printed and how it ended.
  public struct Result: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
  }

  /// Runs `arguments[0]` with the rest as its arguments, waiting at most
  /// `timeout` seconds (then it is terminated and the status is 124).
  ///
  /// Spawns through the dashboard's own `ProcessRunner`, which reaps its
  /// children itself and does not depend on a run loop.
  public static func run(
    _ arguments: [String], environment: [String: String]? = nil, timeout: TimeInterval = 60
  ) throws -> Result {
    guard !arguments.isEmpty else { throw HarnessError.emptyCommand }
    let command = Command(
      argv: arguments, environment: environment ?? ProcessInfo.processInfo.environment)
    let outcome = try ProcessRunner().run(command, timeout: timeout)
    let status: Int32
    switch outcome.termination {
    case .exited(let code): status = outcome.timedOut ? 124 : code
    case .signaled(let signal): status = outcome.timedOut ? 124 : 128 + signal
    }
    return Result(
      status: status, stdout: String(decoding: outcome.stdout, as: UTF8.self),
      stderr: String(decoding: outcome.stderr, as: UTF8.self))
  }
}

/// A harness call that cannot run.
public enum HarnessError: Error, CustomStringConvertible {
  case emptyCommand
  case missingProduct(String)

  public var description: String {
    switch self {
    case .emptyCommand: "no program given to run"
    case .missingProduct(let name): "built product '\(name)' not found; run 'swift build' first"
    }
  }
}
