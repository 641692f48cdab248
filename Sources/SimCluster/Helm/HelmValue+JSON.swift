import Foundation

extension HelmValue {
  /// Parses one JSON document; throws `HelmError.malformedJSON` naming `what` on bad input.
  public init(json data: Data, what: String = "JSON") throws {
    let raw: Any
    do {
      raw = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
    } catch {
      throw HelmError.malformedJSON(what: what, detail: String(describing: error))
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

  /// Compact JSON as Go's `encoding/json` writes it: keys sorted, `<>&` escaped.
  public var jsonText: String {
    var out = ""
    HelmValue.write(self, into: &out, indent: nil, depth: 0)
    return out
  }

  /// Indented JSON (two spaces), as `helm ... -o json` does not indent but humans read.
  public func jsonText(indented: Bool) -> String {
    guard indented else { return jsonText }
    var out = ""
    HelmValue.write(self, into: &out, indent: "  ", depth: 0)
    return out
  }

  /// The compact JSON as UTF-8 bytes.
  public var jsonData: Data { Data(jsonText.utf8) }

  /// A number as Go prints a float64 in JSON: integers without a fraction.
  static func numberText(_ value: HelmValue) -> String {
    guard case .number(let number) = value else { return "" }
    if !number.isFinite { return "null" }
    if number.rounded() == number, abs(number) < 1e21 {
      return String(Int64(number))
    }
    return String(number)
  }

  private static func write(
    _ value: HelmValue, into out: inout String, indent: String?, depth: Int
  ) {
    switch value {
    case .null: out += "null"
    case .bool(let flag): out += flag ? "true" : "false"
    case .number: out += numberText(value)
    case .string(let text): writeString(text, into: &out)
    case .array(let elements):
      writeList(elements.map { (nil, $0) }, open: "[", close: "]", into: &out, indent, depth)
    case .object(let members):
      let sorted = members.sorted { $0.key < $1.key }.map { ($0.key as String?, $0.value) }
      writeList(sorted, open: "{", close: "}", into: &out, indent, depth)
    }
  }

  private static func writeList(
    _ items: [(String?, HelmValue)], open: String, close: String,
    into out: inout String, _ indent: String?, _ depth: Int
  ) {
    out += open
    guard !items.isEmpty else {
      out += close
      return
    }
    let pad = indent.map { "\n" + String(repeating: $0, count: depth + 1) } ?? ""
    for (index, (key, element)) in items.enumerated() {
      out += index == 0 ? pad : "," + pad
      if let key {
        writeString(key, into: &out)
        out += indent == nil ? ":" : ": "
      }
      write(element, into: &out, indent: indent, depth: depth + 1)
    }
    out += indent.map { "\n" + String(repeating: $0, count: depth) } ?? ""
    out += close
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
        out += scalar.value < 0x20 ? unicodeEscape(scalar.value) : String(scalar)
      }
    }
    out += "\""
  }

  private static func unicodeEscape(_ code: UInt32) -> String {
    let hex = String(code, radix: 16)
    return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }
}
