/// How fast the simulated cluster moves, in seconds of wall time.
public struct SimTiming: Sendable {
  /// Seconds between controller passes.
  public var tick: Double
  /// Seconds from pod creation to scheduling, and from scheduling to image pull.
  public var scheduleDelay: Double
  /// Seconds an image pull takes.
  public var pullDelay: Double
  /// Seconds from container start to readiness.
  public var readinessDelay: Double
  /// Seconds a terminating pod stays before it goes away.
  public var terminationDelay: Double
  /// Seconds a crashing container runs before it exits.
  public var crashDelay: Double
  /// Seconds of the first back-off after a crash or failed pull (doubles, capped at 4x).
  public var backOff: Double
  /// `progressDeadlineSeconds` of the Deployment.
  public var progressDeadline: Int
  /// Seconds an api-flaky watch stays open before the server cuts it.
  public var flakyWatchLifetime: Double
  /// Seconds every reply waits in the slow-api scenario.
  public var slowReplyDelay: Double
  /// Log lines each pod writes per second.
  public var logLinesPerSecond: Double

  public init(
    tick: Double = 0.1, scheduleDelay: Double = 0.2, pullDelay: Double = 0.6,
    readinessDelay: Double = 2, terminationDelay: Double = 1, crashDelay: Double = 1.5,
    backOff: Double = 2, progressDeadline: Int = 600, flakyWatchLifetime: Double = 4,
    slowReplyDelay: Double = 5, logLinesPerSecond: Double = 2
  ) {
    self.tick = tick
    self.scheduleDelay = scheduleDelay
    self.pullDelay = pullDelay
    self.readinessDelay = readinessDelay
    self.terminationDelay = terminationDelay
    self.crashDelay = crashDelay
    self.backOff = backOff
    self.progressDeadline = progressDeadline
    self.flakyWatchLifetime = flakyWatchLifetime
    self.slowReplyDelay = slowReplyDelay
    self.logLinesPerSecond = logLinesPerSecond
  }

  /// The default pace: a rollout completes in about three seconds.
  public static let standard = SimTiming()
}
