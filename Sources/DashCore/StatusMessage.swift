/// A one-line message in the footer until the next action replaces or clears it.
public struct StatusMessage: Sendable, Equatable {
  public var text: String
  /// True for failures, shown in the alarm colour.
  public var isError: Bool

  public init(_ text: String, isError: Bool = false) {
    self.text = text
    self.isError = isError
  }
}
