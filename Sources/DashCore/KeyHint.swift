/// One entry of the footer: the keys and a short label.
public struct KeyHint: Sendable, Equatable {
  /// The keys as shown, e.g. "j/k".
  public var keys: String
  public var label: String

  public init(keys: String, label: String) {
    self.keys = keys
    self.label = label
  }
}
