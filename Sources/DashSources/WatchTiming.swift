/// The timing of a `ResourceWatcher`, in seconds.
public struct WatchTiming: Sendable, Equatable {
  /// First delay before restarting an ended watch; doubles per failure.
  public var initialBackoff: Double = 1
  /// Longest delay between restarts.
  public var maximumBackoff: Double = 30
  /// A watch live this long resets the back-off.
  public var healthyAfter: Double = 60
  /// Interval of the plain list when watching is refused.
  public var pollInterval: Double = 10
  /// Changes within this window are published once.
  public var coalesceInterval: Double = 0.1
  /// A watch silent this long after its start gets a plain list (an empty kind prints nothing).
  public var quietListDelay: Double = 1
  /// A plain list still running after this long is stopped.
  public var listTimeout: Double = 30

  public init() {}
}
