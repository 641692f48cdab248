import Foundation

/// A JSON document as the simulated API server stores and serves it.
///
/// Integers and fractions are kept apart so resourceVersions, counts and
/// exit codes print without a decimal point.
enum SimJSON: Sendable, Equatable {
  case null
  case bool(Bool)
  case int(Int)
  case double(Double)
  case string(String)
  case array([SimJSON])
  case object([String: SimJSON])

  /// An empty object.
  static let emptyObject = SimJSON.object([:])

  /// The member named `key`; `.null` when missing or not an object.
  /// Setting on a non-object turns the value into an object.
  subscript(key: String) -> SimJSON {
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
  func value(atPath path: String) -> SimJSON {
    path.split(separator: ".").reduce(self) { $0[String($1)] }
  }

  var string: String? {
    if case .string(let value) = self { return value }
    return nil
  }

  var int: Int? {
    switch self {
    case .int(let value): value
    case .double(let value) where value.rounded() == value: Int(value)
    default: nil
    }
  }

  var bool: Bool? {
    if case .bool(let value) = self { return value }
    return nil
  }

  var array: [SimJSON]? {
    if case .array(let value) = self { return value }
    return nil
  }

  var object: [String: SimJSON]? {
    if case .object(let value) = self { return value }
    return nil
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
  init(stringLiteral value: String) { self = .string(value) }
  init(integerLiteral value: Int) { self = .int(value) }
  init(booleanLiteral value: Bool) { self = .bool(value) }
  init(floatLiteral value: Double) { self = .double(value) }
  init(arrayLiteral elements: SimJSON...) { self = .array(elements) }
  init(nilLiteral: ()) { self = .null }
  init(dictionaryLiteral elements: (String, SimJSON)...) {
    self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
  }
}
