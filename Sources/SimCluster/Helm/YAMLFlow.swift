/// A one-line flow collection (`[a, b]`, `{k: v}`) inside the YAML reader.
struct YAMLFlow {
  let characters: [Character]
  let line: YAMLReader.Line
  let reader: YAMLReader
  var index = 0

  init(text: String, line: YAMLReader.Line, reader: YAMLReader) {
    characters = Array(text)
    self.line = line
    self.reader = reader
  }

  /// The collection; nothing but spaces may follow it on the line.
  mutating func parseAll() throws -> HelmValue {
    let value = try parseValue()
    skipSpaces()
    guard index == characters.count else {
      throw reader.error(
        at: line, "did not find expected end of flow collection")
    }
    return value
  }

  mutating func parseValue() throws -> HelmValue {
    skipSpaces()
    switch peek {
    case "[": return try parseList()
    case "{": return try parseMap()
    case "\"", "'": return .string(try parseQuoted())
    default: return YAMLScalar.resolve(parsePlain(stoppingAtColon: false))
    }
  }

  mutating func parseList() throws -> HelmValue {
    index += 1
    var items: [HelmValue] = []
    while true {
      skipSpaces()
      if peek == "]" {
        index += 1
        return .array(items)
      }
      items.append(try parseValue())
      try expectSeparator(closing: "]")
    }
  }

  mutating func parseMap() throws -> HelmValue {
    index += 1
    var members: [String: HelmValue] = [:]
    while true {
      skipSpaces()
      if peek == "}" {
        index += 1
        return .object(members)
      }
      let key =
        peek == "\"" || peek == "'"
        ? try parseQuoted() : parsePlain(stoppingAtColon: true)
      skipSpaces()
      guard peek == ":" else {
        throw reader.error(at: line, "could not find expected ':'")
      }
      index += 1
      members[key] = try parseValue()
      try expectSeparator(closing: "}")
    }
  }

  mutating func expectSeparator(closing: Character) throws {
    skipSpaces()
    if peek == "," {
      index += 1
    } else if peek != closing {
      throw reader.error(at: line, "did not find expected ',' or '\(closing)'")
    }
  }

  mutating func parseQuoted() throws -> String {
    let text = String(characters[index...])
    guard let close = YAMLScalar.closingQuote(in: text) else {
      throw reader.error(
        at: line, "found unexpected end of stream in a quoted scalar")
    }
    let quoted = String(text[...close])
    index += quoted.count
    return try YAMLScalar.quoted(quoted, line: line, reader: reader)
  }

  mutating func parsePlain(stoppingAtColon: Bool) -> String {
    var text = ""
    while let character = peek, !",]}".contains(character) {
      if stoppingAtColon, character == ":" { break }
      text.append(character)
      index += 1
    }
    while text.last == " " { text.removeLast() }
    return text
  }

  var peek: Character? { index < characters.count ? characters[index] : nil }

  mutating func skipSpaces() {
    while peek == " " { index += 1 }
  }
}
