import Foundation

/// The freshness of one source's data, as shown on screen.
///
/// A failed refresh keeps the last good value and marks it stale; blanks are
/// never shown in place of data that was once known.
public struct Sample<Value: Sendable>: Sendable {
  /// Where the source stands.
  public enum State: Sendable, Equatable {
    /// Nothing has arrived yet; waiting since the given time.
    case loading(since: Date)
    /// The value is current as of `at`.
    case fresh(at: Date)
    /// The value was current at `since`; the last refresh failed with `error`.
    case stale(since: Date, error: String)
    /// No value can be had, for the given reason (for example "forbidden").
    case unavailable(reason: String, since: Date)
  }

  /// The last good value, kept across failures.
  public var value: Value?
  /// The source's state.
  public var state: State

  /// A sample that has seen nothing yet.
  public static func loading(since: Date) -> Sample {
    Sample(value: nil, state: .loading(since: since))
  }

  /// Creates a sample from its parts.
  public init(value: Value?, state: State) {
    self.value = value
    self.state = state
  }

  /// Records a fresh value.
  public mutating func update(_ newValue: Value, at time: Date) {
    value = newValue
    state = .fresh(at: time)
  }

  /// Records a failure: a known value turns stale, an unknown one unavailable.
  public mutating func fail(_ error: String, at time: Date) {
    switch state {
    case .fresh(let at):
      state =
        value == nil
        ? .unavailable(reason: error, since: time)
        : .stale(since: at, error: error)
    case .stale(let since, _):
      state = .stale(since: since, error: error)
    case .unavailable(_, let since):
      state = value == nil ? .unavailable(reason: error, since: since) : state
    case .loading:
      state = value == nil ? .unavailable(reason: error, since: time) : state
    }
  }
}
