import DashModel
import Foundation

/// Where a `ResourceWatcher` stands; its items are kept through every state.
public enum WatchState: Sendable, Equatable {
  /// kubectl is running and has said nothing since `since` (a hanging kubectl stays here).
  case connecting(since: Date)
  /// The watch is streaming; the items are current.
  case live(since: Date)
  /// Watching was refused; the items come from the list taken `at`, repeated on an interval.
  case polling(at: Date)
  /// kubectl failed or ended; it is started again at `next`.
  case retrying(SourceError, next: Date)
  /// A failure that retrying cannot mend; nothing runs until `refresh()`.
  case failed(SourceError)
  /// `stop()` was called.
  case stopped
}

/// What a watcher publishes: every current object of its kind and the state.
public struct WatchUpdate: Sendable {
  public var query: ResourceQuery
  /// The current objects sorted by namespace and name; nil until something was listed.
  public var items: [JSONValue]?
  public var state: WatchState
  /// The last problem that did not stop the watch (an ERROR event, output that is not JSON).
  public var warning: SourceError?
  /// When kubectl was started and has not answered yet; nil when nothing is pending.
  public var waitingSince: Date?
  /// When this update was made.
  public var at: Date
}

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
  public var quietListDelay: Double = 2
  /// A plain list still running after this long is stopped.
  public var listTimeout: Double = 30

  public init() {}
}
