import DashModel
import Foundation

/// What a watcher publishes: every current object of its kind and the state.
public struct WatchUpdate: Sendable, Equatable {
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

  public init(
    query: ResourceQuery, items: [JSONValue]?, state: WatchState, warning: SourceError? = nil,
    waitingSince: Date? = nil, at: Date
  ) {
    self.query = query
    self.items = items
    self.state = state
    self.warning = warning
    self.waitingSince = waitingSince
    self.at = at
  }
}
