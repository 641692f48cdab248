import Foundation

extension SimJSON {
  /// Compact JSON as Go's `encoding/json` writes a map: keys sorted, `<>&`
  /// escaped.
  public var jsonText: String { jsonText(order: .sorted) }

  /// Compact JSON with struct members in `order`, as Go writes a struct.
  public func jsonText(order: FieldOrder) -> String {
    var out = ""
    SimJSON.write(self, order: order, into: &out)
    return out
  }

  /// The Go-style compact JSON as UTF-8 bytes.
  public var jsonData: Data { Data(jsonText.utf8) }

  /// The value as helm prints a scalar in a template: strings bare, numbers
  /// without `.0`.
  public var scalarText: String? {
    switch self {
    case .string(let value): value
    case .bool(let value): value ? "true" : "false"
    case .int, .double: SimJSON.numberText(self)
    default: nil
    }
  }

  /// A number as Go prints a float64 in JSON: integers without a fraction.
  static func numberText(_ value: SimJSON) -> String {
    switch value {
    case .int(let whole): return String(whole)
    case .double(let number):
      if !number.isFinite { return "null" }
      if let whole = Int64(exactly: number) { return String(whole) }
      if number.rounded() == number, abs(number) < 1e21 {
        return String(format: "%.0f", number)
      }
      return String(number)
    default: return ""
    }
  }

  private static func write(
    _ value: SimJSON, order: FieldOrder, into out: inout String
  ) {
    switch value {
    case .null: out += "null"
    case .bool(let flag): out += flag ? "true" : "false"
    case .int, .double: out += numberText(value)
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
