import Foundation

extension SimJSON {
  /// Parses one JSON document; throws `SimError.badRequest` on malformed input.
  init(parsing bytes: [UInt8]) throws(SimError) {
    var parser = Parser(bytes: bytes)
    guard let value = parser.document() else {
      throw SimError.badRequest("the request body is not valid JSON")
    }
    self = value
  }

  /// Parses UTF-8 text; throws `SimError.badRequest` on malformed input.
  init(parsing text: String) throws(SimError) {
    try self.init(parsing: Array(text.utf8))
  }

  /// A recursive-descent reader over UTF-8 bytes.
  private struct Parser {
    let bytes: [UInt8]
    var index = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    mutating func document() -> SimJSON? {
      guard let value = value() else { return nil }
      skipSpace()
      return index == bytes.count ? value : nil
    }

    private mutating func skipSpace() {
      while index < bytes.count, [9, 10, 13, 32].contains(bytes[index]) { index += 1 }
    }

    private mutating func value() -> SimJSON? {
      skipSpace()
      guard index < bytes.count else { return nil }
      switch bytes[index] {
      case UInt8(ascii: "{"): return object()
      case UInt8(ascii: "["): return array()
      case UInt8(ascii: "\""): return string().map(SimJSON.string)
      case UInt8(ascii: "t"): return literal("true", .bool(true))
      case UInt8(ascii: "f"): return literal("false", .bool(false))
      case UInt8(ascii: "n"): return literal("null", .null)
      default: return number()
      }
    }

    private mutating func literal(_ word: String, _ result: SimJSON) -> SimJSON? {
      let word = Array(word.utf8)
      guard index + word.count <= bytes.count,
        Array(bytes[index..<index + word.count]) == word
      else { return nil }
      index += word.count
      return result
    }

    private mutating func object() -> SimJSON? {
      index += 1
      var members: [String: SimJSON] = [:]
      skipSpace()
      if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
        index += 1
        return .object(members)
      }
      while true {
        skipSpace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\""), let key = string()
        else { return nil }
        skipSpace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return nil }
        index += 1
        guard let member = value() else { return nil }
        members[key] = member
        skipSpace()
        guard index < bytes.count else { return nil }
        index += 1
        if bytes[index - 1] == UInt8(ascii: "}") { return .object(members) }
        if bytes[index - 1] != UInt8(ascii: ",") { return nil }
      }
    }

    private mutating func array() -> SimJSON? {
      index += 1
      var elements: [SimJSON] = []
      skipSpace()
      if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
        index += 1
        return .array(elements)
      }
      while true {
        guard let element = value() else { return nil }
        elements.append(element)
        skipSpace()
        guard index < bytes.count else { return nil }
        index += 1
        if bytes[index - 1] == UInt8(ascii: "]") { return .array(elements) }
        if bytes[index - 1] != UInt8(ascii: ",") { return nil }
      }
    }

    private mutating func string() -> String? {
      index += 1
      var out: [UInt8] = []
      while index < bytes.count {
        let byte = bytes[index]
        index += 1
        if byte == UInt8(ascii: "\"") { return String(decoding: out, as: UTF8.self) }
        guard byte == UInt8(ascii: "\\") else {
          out.append(byte)
          continue
        }
        guard index < bytes.count else { return nil }
        let escape = bytes[index]
        index += 1
        switch escape {
        case UInt8(ascii: "n"): out.append(10)
        case UInt8(ascii: "t"): out.append(9)
        case UInt8(ascii: "r"): out.append(13)
        case UInt8(ascii: "b"): out.append(8)
        case UInt8(ascii: "f"): out.append(12)
        case UInt8(ascii: "u"):
          guard let scalar = unicodeEscape() else { return nil }
          out.append(contentsOf: Array(String(Character(scalar)).utf8))
        default: out.append(escape)
        }
      }
      return nil
    }

    private mutating func hex4() -> UInt32? {
      guard index + 4 <= bytes.count,
        let code = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16)
      else { return nil }
      index += 4
      return code
    }

    private mutating func unicodeEscape() -> Unicode.Scalar? {
      guard let high = hex4() else { return nil }
      guard (0xD800..<0xDC00).contains(high) else { return Unicode.Scalar(high) ?? "\u{FFFD}" }
      guard index + 2 <= bytes.count, bytes[index] == 92, bytes[index + 1] == 117 else {
        return "\u{FFFD}"
      }
      index += 2
      guard let low = hex4() else { return nil }
      let code = 0x10000 + ((high - 0xD800) << 10) + (low &- 0xDC00)
      return Unicode.Scalar(code) ?? "\u{FFFD}"
    }

    private mutating func number() -> SimJSON? {
      let start = index
      let allowed = Set("+-0123456789.eE".utf8)
      while index < bytes.count, allowed.contains(bytes[index]) { index += 1 }
      let text = String(decoding: bytes[start..<index], as: UTF8.self)
      if let value = Int(text) { return .int(value) }
      if let value = Double(text) { return .double(value) }
      return nil
    }
  }
}
