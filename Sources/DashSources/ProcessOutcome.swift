import Foundation

/// The result of `ProcessRunner.run`: how the process ended and everything it printed.
public struct ProcessOutcome: Sendable, Equatable {
  public var termination: ProcessTermination
  public var stdout: Data
  public var stderr: Data
  /// Wall time from spawn to reaping, in seconds.
  public var duration: Double
  /// Whether the runner stopped the process because the timeout passed.
  public var timedOut: Bool

  public init(
    termination: ProcessTermination, stdout: Data, stderr: Data, duration: Double,
    timedOut: Bool
  ) {
    self.termination = termination
    self.stdout = stdout
    self.stderr = stderr
    self.duration = duration
    self.timedOut = timedOut
  }

  /// stderr as text, invalid UTF-8 repaired.
  public var stderrText: String { String(decoding: stderr, as: UTF8.self) }
}
