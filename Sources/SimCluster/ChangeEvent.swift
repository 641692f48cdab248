/// One change to a stored object, as watchers receive it.
struct ChangeEvent: Sendable {
  /// ADDED, MODIFIED or DELETED.
  let type: String
  /// The storage the object lives in, e.g. "pods".
  let storage: String
  /// The store's resourceVersion after the change.
  let resourceVersion: Int
  /// The object after the change (before it, for DELETED).
  let object: SimJSON
}
