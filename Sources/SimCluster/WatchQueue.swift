import Foundation

/// The pending changes of one watch: filled by the store, drained by its connection.
///
/// `@unchecked Sendable`: every field is guarded by `condition`.
final class WatchQueue: @unchecked Sendable {
  /// The storage watched, e.g. "pods".
  let storage: String
  /// The namespace watched; nil for all.
  let namespace: String?
  private let condition = NSCondition()
  private var pending: [ChangeEvent] = []
  private var closed = false

  /// Most changes kept for a client that does not read; beyond it the watch ends.
  static let capacity = 50_000

  init(storage: String, namespace: String?) {
    self.storage = storage
    self.namespace = namespace
  }

  /// Whether `event` concerns this watch.
  func wants(_ event: ChangeEvent) -> Bool {
    event.storage == storage && (namespace == nil || event.object.namespace == namespace)
  }

  /// Appends changes and wakes the reader.
  func push(_ events: [ChangeEvent]) {
    condition.lock()
    defer { condition.unlock() }
    guard !closed else { return }
    pending.append(contentsOf: events)
    if pending.count > Self.capacity { closed = true }
    condition.signal()
  }

  /// Waits up to `timeout` seconds for changes; nil once the watch is closed.
  func take(timeout: TimeInterval) -> [ChangeEvent]? {
    condition.lock()
    defer { condition.unlock() }
    if pending.isEmpty, !closed {
      _ = condition.wait(until: Date().addingTimeInterval(timeout))
    }
    if closed { return nil }
    let taken = pending
    pending.removeAll(keepingCapacity: true)
    return taken
  }

  /// Ends the watch; the reader sees nil from `take`.
  func close() {
    condition.lock()
    closed = true
    condition.signal()
    condition.unlock()
  }
}
