import DashCore
import DashModel

/// One piece of news from a source: how it changes the state.
///
/// Built on the source's thread (decoding happens there); applied by the run
/// loop on its own thread.
struct SourceNews: Sendable {
  /// Which source sent it, for the log.
  let source: String
  let apply: @Sendable (inout AppState) -> Void

  init(source: String, apply: @escaping @Sendable (inout AppState) -> Void) {
    self.source = source
    self.apply = apply
  }

  /// News that only changes the cluster snapshot.
  init(source: String, snapshot change: @escaping @Sendable (inout ClusterSnapshot) -> Void) {
    self.init(source: source) { state in change(&state.snapshot) }
  }
}
