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
