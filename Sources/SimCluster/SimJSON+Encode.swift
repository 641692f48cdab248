import Foundation

extension SimJSON {
  /// The compact JSON text of this value; `sortedKeys` makes it canonical.
  func encoded(sortedKeys: Bool = false) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(256)
    write(into: &out, sortedKeys: sortedKeys)
    return out
  }

  /// The compact JSON text as a `String`.
  var text: String { String(decoding: encoded(), as: UTF8.self) }

  private func write(into out: inout [UInt8], sortedKeys: Bool) {
    switch self {
    case .null: out.append(contentsOf: Array("null".utf8))
    case .bool(let value): out.append(contentsOf: Array((value ? "true" : "false").utf8))
    case .int(let value): out.append(contentsOf: Array(String(value).utf8))
    case .double(let value): out.append(contentsOf: Array(Self.format(value).utf8))
    case .string(let value): Self.writeString(value, into: &out)
    case .array(let values):
      out.append(UInt8(ascii: "["))
      for (index, value) in values.enumerated() {
        if index > 0 { out.append(UInt8(ascii: ",")) }
        value.write(into: &out, sortedKeys: sortedKeys)
      }
      out.append(UInt8(ascii: "]"))
    case .object(let members):
      out.append(UInt8(ascii: "{"))
      let keys = sortedKeys ? members.keys.sorted() : Array(members.keys)
      for (index, key) in keys.enumerated() {
        if index > 0 { out.append(UInt8(ascii: ",")) }
        Self.writeString(key, into: &out)
        out.append(UInt8(ascii: ":"))
        members[key, default: .null].write(into: &out, sortedKeys: sortedKeys)
      }
      out.append(UInt8(ascii: "}"))
    }
  }

  private static func format(_ value: Double) -> String {
    guard value.isFinite else { return "0" }
    if value.rounded() == value, abs(value) < 1e15 { return String(Int(value)) }
    return String(value)
  }

  private static func writeString(_ value: String, into out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    for byte in value.utf8 {
      switch byte {
      case UInt8(ascii: "\""): out.append(contentsOf: [92, 34])
      case UInt8(ascii: "\\"): out.append(contentsOf: [92, 92])
      case UInt8(ascii: "\n"): out.append(contentsOf: [92, 110])
      case UInt8(ascii: "\r"): out.append(contentsOf: [92, 114])
      case UInt8(ascii: "\t"): out.append(contentsOf: [92, 116])
      case 0..<0x20:
        let hex = String(byte, radix: 16)
        let padded = String(repeating: "0", count: 4 - hex.count) + hex
        out.append(contentsOf: Array("\\u\(padded)".utf8))
      default: out.append(byte)
      }
    }
    out.append(UInt8(ascii: "\""))
  }
}

extension SimJSON {
  /// The compact text of an object whose members keep the given order, as
  /// a structured logger writes them.
  static func orderedText(_ members: KeyValuePairs<String, SimJSON>) -> String {
    let fields = members.map { key, value in
      SimJSON.string(key).text + ":" + value.text
    }
    return "{" + fields.joined(separator: ",") + "}"
  }
}
