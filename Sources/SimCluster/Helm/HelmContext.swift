import Foundation

/// What one stand-in invocation reads from its surroundings: environment, streams, clock.
public struct HelmContext: Sendable {
  /// Environment variables (`KUBECONFIG`, `HOME`).
  public var environment: [String: String]
  /// Standard output.
  public var output: HelmOutput
  /// Standard error; `Error: ...` lines go here.
  public var errors: HelmOutput
  /// The wall clock, for release times and `--wait` deadlines.
  public var now: @Sendable () -> Date
  /// Seconds between two reads of the Deployment while waiting for a rollout.
  public var pollInterval: TimeInterval
  /// Time zone of human-readable dates (helm prints local time).
  public var timeZone: TimeZone

  public init(
    environment: [String: String], output: HelmOutput, errors: HelmOutput,
    now: @escaping @Sendable () -> Date = { Date() },
    pollInterval: TimeInterval = 0.25,
    timeZone: TimeZone = .current
  ) {
    self.environment = environment
    self.output = output
    self.errors = errors
    self.now = now
    self.pollInterval = pollInterval
    self.timeZone = timeZone
  }

  /// The process's own environment, stdout, stderr and clock.
  public static func live() -> HelmContext {
    HelmContext(
      environment: ProcessInfo.processInfo.environment, output: .standardOutput,
      errors: .standardError)
  }
}
