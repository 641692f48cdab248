import Foundation

/// A JSON document as the simulated API server stores and serves it.
///
/// Integers and fractions are kept apart so resourceVersions, counts and
/// exit codes print without a decimal point. The helm stand-in keeps its
/// values, release config and release JSON in it too.
public enum SimJSON: Sendable, Equatable {
  case null
  case bool(Bool)
  case int(Int)
  case double(Double)
  case string(String)
  case array([SimJSON])
  case object([String: SimJSON])

  /// An empty object.
  public static let emptyObject = SimJSON.object([:])

  /// The member named `key`; `.null` when missing or not an object.
  /// Setting on a non-object turns the value into an object.
  public subscript(key: String) -> SimJSON {
    get {
      if case .object(let members) = self { return members[key] ?? .null }
      return .null
    }
    set {
      var members: [String: SimJSON] = [:]
      if case .object(let existing) = self { members = existing }
      if newValue == .null {
        members.removeValue(forKey: key)
      } else {
        members[key] = newValue
      }
      self = .object(members)
    }
  }

  /// The value at a dotted path such as `metadata.name`.
  public func value(atPath path: String) -> SimJSON {
    path.split(separator: ".").reduce(self) { $0[String($1)] }
  }

  /// A number read as a float64, as helm's JSON and YAML readers hold it:
  /// whole values below 9e15 become `.int` so they compare and print as
  /// integers.
  public static func number(_ value: Double) -> SimJSON {
    guard let whole = Int(exactly: value), abs(value) < 9e15 else {
      return .double(value)
    }
    return .int(whole)
  }

  public var string: String? {
    if case .string(let value) = self { return value }
    return nil
  }

  /// The number as an integer, when it has no fraction.
  public var int: Int? {
    switch self {
    case .int(let value): value
    case .double(let value) where value.rounded() == value && abs(value) < 9e15:
      Int(value)
    default: nil
    }
  }

  /// The number as a float64, whether whole or not.
  public var double: Double? {
    switch self {
    case .int(let value): Double(value)
    case .double(let value): value
    default: nil
    }
  }

  public var bool: Bool? {
    if case .bool(let value) = self { return value }
    return nil
  }

  public var array: [SimJSON]? {
    if case .array(let value) = self { return value }
    return nil
  }

  public var object: [String: SimJSON]? {
    if case .object(let value) = self { return value }
    return nil
  }

  /// Whether this is an object with no members, or null.
  public var isEmpty: Bool {
    switch self {
    case .null: true
    case .object(let members): members.isEmpty
    default: false
    }
  }

  /// The object's `metadata.name`, or "" when missing.
  var name: String { self["metadata"]["name"].string ?? "" }

  /// The object's `metadata.namespace`, or "" when missing.
  var namespace: String { self["metadata"]["namespace"].string ?? "" }

  /// The object's `metadata.labels` as strings.
  var labels: [String: String] {
    (self["metadata"]["labels"].object ?? [:]).compactMapValues(\.string)
  }
}

extension SimJSON: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
  ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral,
  ExpressibleByNilLiteral, ExpressibleByFloatLiteral
{
  public init(stringLiteral value: String) { self = .string(value) }
  public init(integerLiteral value: Int) { self = .int(value) }
  public init(booleanLiteral value: Bool) { self = .bool(value) }
  public init(floatLiteral value: Double) { self = .double(value) }
  public init(arrayLiteral elements: SimJSON...) { self = .array(elements) }
  public init(nilLiteral: ()) { self = .null }
  public init(dictionaryLiteral elements: (String, SimJSON)...) {
    self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
  }
}
