import DashModel

/// One piece of news from a source: how it changes the snapshot.
///
/// Built on the source's thread (decoding happens there); applied by the run
/// loop on its own thread.
struct SourceNews: Sendable {
  /// Which source sent it, for the log.
  let source: String
  let apply: @Sendable (inout ClusterSnapshot) -> Void
}
