/// Which key does what: the one table the reducer input, the footer and the
/// help screen all come from.
public struct KeyMap: Sendable {
  /// One key bound to one action.
  public struct Binding: Sendable, Equatable {
    public var key: Key
    public var action: Action

    public init(_ key: Key, _ action: Action) {
      self.key = key
      self.action = action
    }
  }

  /// The bindings in the order the help screen lists them.
  public let bindings: [Binding]

  /// Creates a key map; a key bound twice keeps its first action.
  public init(_ bindings: [Binding]) {
    var seen: Set<Key> = []
    self.bindings = bindings.filter { seen.insert($0.key).inserted }
  }

  /// The action a key triggers, nil for an unbound key.
  public func action(for key: Key) -> Action? {
    bindings.first { $0.key == key }?.action
  }

  /// Every key bound to an action, in table order.
  public func keys(for action: Action) -> [Key] {
    bindings.filter { $0.action == action }.map(\.key)
  }

  /// The keys of an action joined for display, e.g. "j/Down".
  public func keyLabel(for action: Action) -> String {
    keys(for: action).map(\.label).joined(separator: "/")
  }

  /// Bound actions in table order, each once.
  public var actions: [Action] {
    var seen: Set<Action> = []
    return bindings.map(\.action).filter { seen.insert($0).inserted }
  }
}
