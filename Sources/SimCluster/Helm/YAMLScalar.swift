import Foundation

/// Scalar-level rules of the YAML reader: comments, keys, quoting and plain-scalar types.
enum YAMLScalar {
  /// `line` without its comment (a `#` at the start or after a space, outside quotes).
  static func strippingComment(_ line: String) -> String {
    var quote: Character?
    var previous: Character = " "
    var end = line.endIndex
    for index in line.indices {
      let character = line[index]
      if let open = quote {
        if character == open { quote = nil }
      } else if character == "\"" || character == "'",
        previous == " " || previous == ":"
          || previous == "[" || previous == "{" || previous == ","
          || previous == "-"
      {
        quote = character
      } else if character == "#", previous == " " || previous == "\t" {
        end = index
        break
      }
      previous = character
    }
    var kept = line[..<end]
    while kept.last == " " || kept.last == "\t" || kept.last == "\r" {
      kept.removeLast()
    }
    return String(kept)
  }

  /// Whether a line's text is a block list entry (`-` alone or followed by a space).
  static func isSequenceEntry(_ text: String) -> Bool {
    text == "-" || text.hasPrefix("- ")
  }

  /// Splits `key: rest` (or `key:` at the end); nil when the text is not a map entry.
  static func splitKey(_ text: String) -> (key: String, rest: String)? {
    guard let first = text.first, first != "[", first != "{",
      !isSequenceEntry(text)
    else {
      return nil
    }
    var searchFrom = text.startIndex
    if first == "\"" || first == "'" {
      guard let close = closingQuote(in: text) else { return nil }
      searchFrom = close
    }
    var index = searchFrom
    while index < text.endIndex {
      let next = text.index(after: index)
      if text[index] == ":", next == text.endIndex || text[next] == " " {
        let key = String(text[..<index])
        let rest = String(text[next...].drop { $0 == " " })
        return key.isEmpty ? nil : (key, rest)
      }
      index = next
    }
    return nil
  }

  /// The name of a map key, unquoted.
  static func keyText(_ key: String, line: YAMLReader.Line, reader: YAMLReader)
    throws -> String
  {
    let trimmed = key.trimmingCharacters(in: .whitespaces)
    if trimmed.first == "\"" || trimmed.first == "'" {
      return try quoted(trimmed, line: line, reader: reader)
    }
    return trimmed
  }

  /// A scalar: quoted strings as written, plain ones resolved to null, bool, number or string.
  static func value(_ text: String, line: YAMLReader.Line, reader: YAMLReader)
    throws -> HelmValue
  {
    if text.first == "\"" || text.first == "'" {
      return .string(try quoted(text, line: line, reader: reader))
    }
    return resolve(text)
  }

  /// Types a plain scalar as helm's YAML parser (YAML 1.1 rules) does.
  static func resolve(_ text: String) -> HelmValue {
    switch text {
    case "", "~", "null", "Null", "NULL": return .null
    case "true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON", "y",
      "Y":
      return .bool(true)
    case "false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF", "n",
      "N":
      return .bool(false)
    case ".inf", ".Inf", ".INF", "+.inf": return .number(.infinity)
    case "-.inf", "-.Inf", "-.INF": return .number(-.infinity)
    default: return number(text).map(HelmValue.number) ?? .string(text)
    }
  }

  /// A YAML 1.1 int (decimal or `0x` hex) or float; nil for anything else.
  static func number(_ text: String) -> Double? {
    let unsigned =
      text.hasPrefix("-") || text.hasPrefix("+")
      ? text.dropFirst() : Substring(text)
    let sign: Double = text.hasPrefix("-") ? -1 : 1
    if unsigned.hasPrefix("0x"),
      let value = Int(unsigned.dropFirst(2), radix: 16)
    {
      return sign * Double(value)
    }
    let allowed = unsigned.allSatisfy { $0.isNumber || ".eE+-_".contains($0) }
    guard allowed, unsigned.first?.isNumber == true || unsigned.first == "."
    else { return nil }
    return Double(unsigned.filter { $0 != "_" }).map { sign * $0 }
  }

  /// The text of a quoted scalar that must end at its closing quote.
  static func quoted(_ text: String, line: YAMLReader.Line, reader: YAMLReader)
    throws -> String
  {
    guard let close = closingQuote(in: text) else {
      throw reader.error(
        at: line, "found unexpected end of stream in a quoted scalar")
    }
    let after = text[close...].dropFirst()
    guard after.allSatisfy({ $0 == " " }) else {
      throw reader.error(
        at: line, "did not find expected key after a quoted scalar")
    }
    let inner = text[text.index(after: text.startIndex)..<close]
    if text.first == "'" {
      return inner.replacingOccurrences(of: "''", with: "'")
    }
    return try unescape(inner, line: line, reader: reader)
  }

  /// Index of the quote that closes the quoted scalar starting `text`.
  static func closingQuote(in text: String) -> String.Index? {
    guard let open = text.first else { return nil }
    var index = text.index(after: text.startIndex)
    while index < text.endIndex {
      let character = text[index]
      let next = text.index(after: index)
      if open == "\"", character == "\\" {
        index = next < text.endIndex ? text.index(after: next) : next
        continue
      }
      if character == open {
        if open == "'", next < text.endIndex, text[next] == "'" {
          index = text.index(after: next)
          continue
        }
        return index
      }
      index = next
    }
    return nil
  }

  /// Resolves the escapes of a double-quoted scalar.
  static func unescape(
    _ inner: Substring, line: YAMLReader.Line, reader: YAMLReader
  ) throws -> String {
    var out = ""
    var iterator = inner.makeIterator()
    while let character = iterator.next() {
      guard character == "\\" else {
        out.append(character)
        continue
      }
      switch iterator.next() {
      case "n": out += "\n"
      case "t": out += "\t"
      case "r": out += "\r"
      case "0": out += "\0"
      case "\"": out += "\""
      case "\\": out += "\\"
      case "/": out += "/"
      case " ": out += " "
      case "u":
        let hex = String((0..<4).compactMap { _ in iterator.next() })
        guard let code = UInt32(hex, radix: 16),
          let scalar = Unicode.Scalar(code)
        else {
          throw reader.error(at: line, "invalid \\u escape \"\\u\(hex)\"")
        }
        out.unicodeScalars.append(scalar)
      case let other:
        throw reader.error(
          at: line,
          "found unknown escape character \"\(other.map(String.init) ?? "")\"")
      }
    }
    return out
  }
}
