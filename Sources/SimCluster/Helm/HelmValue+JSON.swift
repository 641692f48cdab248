import Foundation

extension HelmValue {
  /// Parses one JSON document; throws `HelmError.malformedJSON` naming `what` on bad input.
  public init(json data: Data, what: String = "JSON") throws {
    let raw: Any
    do {
      raw = try JSONSerialization.jsonObject(
        with: data, options: [.fragmentsAllowed])
    } catch {
      throw HelmError.malformedJSON(
        what: what, detail: String(describing: error))
    }
    self = HelmValue(foundation: raw)
  }

  /// Converts what `JSONSerialization` returns.
  init(foundation raw: Any) {
    switch raw {
    case let dictionary as [String: Any]:
      self = .object(dictionary.mapValues(HelmValue.init(foundation:)))
    case let array as [Any]:
      self = .array(array.map(HelmValue.init(foundation:)))
    case let string as String:
      self = .string(string)
    case let number as NSNumber:
      let isBoolean = String(cString: number.objCType) == "c"
      self = isBoolean ? .bool(number.boolValue) : .number(number.doubleValue)
    default:
      self = .null
    }
  }

  /// Compact JSON as Go's `encoding/json` writes a map: keys sorted, `<>&`
  /// escaped.
  public var jsonText: String { jsonText(order: .sorted) }

  /// Compact JSON with struct members in `order`, as Go writes a struct.
  public func jsonText(order: FieldOrder) -> String {
    var out = ""
    HelmValue.write(self, order: order, into: &out)
    return out
  }

  /// The compact JSON as UTF-8 bytes.
  public var jsonData: Data { Data(jsonText.utf8) }

  /// A number as Go prints a float64 in JSON: integers without a fraction.
  static func numberText(_ value: HelmValue) -> String {
    guard case .number(let number) = value else { return "" }
    if !number.isFinite { return "null" }
    if let whole = Int64(exactly: number) { return String(whole) }
    if number.rounded() == number, abs(number) < 1e21 {
      return String(format: "%.0f", number)
    }
    return String(number)
  }

  private static func write(
    _ value: HelmValue, order: FieldOrder, into out: inout String
  ) {
    switch value {
    case .null: out += "null"
    case .bool(let flag): out += flag ? "true" : "false"
    case .number: out += numberText(value)
    case .string(let text): writeString(text, into: &out)
    case .array(let elements):
      out += "["
      for (index, element) in elements.enumerated() {
        if index > 0 { out += "," }
        write(element, order: order.element, into: &out)
      }
      out += "]"
    case .object(let members):
      out += "{"
      for (index, key) in order.keys(of: members).enumerated() {
        if index > 0 { out += "," }
        writeString(key, into: &out)
        out += ":"
        write(members[key] ?? .null, order: order.member(key), into: &out)
      }
      out += "}"
    }
  }

  private static func writeString(_ text: String, into out: inout String) {
    out += "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "<", ">", "&", "\u{2028}", "\u{2029}":
        out += unicodeEscape(scalar.value)
      default:
        out +=
          scalar.value < 0x20 ? unicodeEscape(scalar.value) : String(scalar)
      }
    }
    out += "\""
  }

  private static func unicodeEscape(_ code: UInt32) -> String {
    let hex = String(code, radix: 16)
    return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }
}
