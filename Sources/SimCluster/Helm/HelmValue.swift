/// A JSON-compatible value: helm's values, release config and release JSON.
public enum HelmValue: Sendable, Equatable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([HelmValue])
  case object([String: HelmValue])

  /// An empty object: helm's values when nothing was supplied.
  public static let emptyObject = HelmValue.object([:])

  /// The member named `key` of an object; nil for other values.
  public subscript(key: String) -> HelmValue? {
    if case .object(let members) = self { return members[key] }
    return nil
  }

  /// The value at a dotted path such as `image.tag`; nil when any step is missing.
  public func value(atPath path: String) -> HelmValue? {
    var current: HelmValue? = self
    for key in path.split(separator: ".", omittingEmptySubsequences: false) {
      current = current?[String(key)]
    }
    return current
  }

  public var string: String? {
    if case .string(let value) = self { return value }
    return nil
  }

  /// A number as an integer, when it has no fraction.
  public var int: Int? {
    guard case .number(let value) = self, value.rounded() == value,
      abs(value) < 9e15
    else {
      return nil
    }
    return Int(value)
  }

  public var double: Double? {
    if case .number(let value) = self { return value }
    return nil
  }

  public var object: [String: HelmValue]? {
    if case .object(let value) = self { return value }
    return nil
  }

  public var array: [HelmValue]? {
    if case .array(let value) = self { return value }
    return nil
  }

  /// The value as helm prints a scalar in a template: strings bare, numbers without `.0`.
  public var scalarText: String? {
    switch self {
    case .string(let value): value
    case .bool(let value): value ? "true" : "false"
    case .number: HelmValue.numberText(self)
    default: nil
    }
  }

  /// Whether this is an object with no members, or null.
  public var isEmpty: Bool {
    switch self {
    case .null: true
    case .object(let members): members.isEmpty
    default: false
    }
  }
}
