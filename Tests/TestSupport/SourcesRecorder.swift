import Foundation
import Synchronization

/// Collects what a source's callback delivers, from any thread, and polls for a condition.
public final class SourcesRecorder<Value: Sendable>: Sendable {
  private let values = Mutex<[Value]>([])

  public init() {}

  /// Records one value; pass this as the source's callback.
  public func record(_ value: Value) {
    values.withLock { $0.append(value) }
  }

  /// Everything recorded so far.
  public var all: [Value] { values.withLock { $0 } }

  /// The latest value, if any.
  public var last: Value? { values.withLock { $0.last } }

  /// The first recorded value matching `condition`, polling until `seconds` pass.
  public func first(
    within seconds: Double = 10, where condition: (Value) -> Bool
  ) -> Value? {
    var found: Value?
    _ = SourcesPolling.until(seconds: seconds) {
      found = all.first(where: condition)
      return found != nil
    }
    return found
  }
}

/// Polling with a deadline, instead of sleeping for a guessed time.
public enum SourcesPolling {
  /// Checks `condition` every 20 ms until it holds (true) or `seconds` pass (false).
  public static func until(seconds: Double, _ condition: () -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      if condition() { return true }
      Thread.sleep(forTimeInterval: 0.02)
    }
    return condition()
  }
}
