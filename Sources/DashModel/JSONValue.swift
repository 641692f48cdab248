import Foundation

/// A parsed JSON document: what kubectl, helm and the relay print.
///
/// Decoders read fields through the optional accessors, so a missing or
/// mistyped field reads as nil instead of failing the whole object.
public enum JSONValue: Sendable, Equatable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSONValue])
  case object([String: JSONValue])

  /// Parses one JSON document; throws `JSONValueError.malformed` on bad input.
  public init(data: Data) throws {
    let raw: Any
    do {
      raw = try JSONSerialization.jsonObject(
        with: data, options: [.fragmentsAllowed])
    } catch {
      throw JSONValueError.malformed(String(describing: error))
    }
    self = JSONValue(foundation: raw)
  }

  /// Converts what `JSONSerialization` returns.
  init(foundation raw: Any) {
    switch raw {
    case let dictionary as [String: Any]:
      self = .object(dictionary.mapValues(JSONValue.init(foundation:)))
    case let array as [Any]:
      self = .array(array.map(JSONValue.init(foundation:)))
    case let string as String:
      self = .string(string)
    case let number as NSNumber:
      self =
        number.isBoolean ? .bool(number.boolValue) : .number(number.doubleValue)
    default:
      self = .null
    }
  }

  /// The member named `key` of an object; nil for other values.
  public subscript(key: String) -> JSONValue? {
    if case .object(let members) = self { return members[key] }
    return nil
  }

  /// The element at `index` of an array; nil when out of range or not an array.
  public subscript(index: Int) -> JSONValue? {
    guard case .array(let elements) = self, elements.indices.contains(index)
    else { return nil }
    return elements[index]
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

  public var bool: Bool? {
    if case .bool(let value) = self { return value }
    return nil
  }

  public var array: [JSONValue]? {
    if case .array(let value) = self { return value }
    return nil
  }

  public var object: [String: JSONValue]? {
    if case .object(let value) = self { return value }
    return nil
  }
}

/// A reply that is not JSON.
public enum JSONValueError: Error, Equatable, CustomStringConvertible {
  case malformed(String)

  public var description: String {
    switch self {
    case .malformed(let detail): "malformed JSON: \(detail)"
    }
  }
}

extension NSNumber {
  /// Whether `JSONSerialization` produced this number from `true` or `false`.
  fileprivate var isBoolean: Bool {
    String(cString: objCType) == "c"
  }
}
