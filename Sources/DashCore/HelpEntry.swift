/// One row of the help screen: the keys and what they do.
public struct HelpEntry: Sendable, Equatable {
  /// Every key of the action, e.g. "j/Down".
  public var keys: String
  public var help: String

  public init(keys: String, help: String) {
    self.keys = keys
    self.help = help
  }
}
