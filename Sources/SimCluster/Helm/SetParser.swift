/// Parses helm's `--set` expressions (`a.b=c,d[0]=e,f={x,y}`) into values, as helm's strvals.
public enum SetParser {
  /// One step of a `--set` key path.
  enum Segment: Equatable {
    case key(String)
    case index(Int)
  }

  /// Applies every assignment of `expression` to `values`, left to right.
  public static func apply(_ expression: String, to values: HelmValue) throws
    -> HelmValue
  {
    var scanner = Scanner(Array(expression))
    var result = values.object == nil ? HelmValue.emptyObject : values
    while !scanner.atEnd {
      let path = try scanner.readPath()
      let value = try scanner.readValue()
      result = set(value, at: path[...], in: result)
    }
    return result
  }

  /// Helm's typing of a `--set` value: bools, null, integers without leading zeros.
  static func typed(_ text: String) -> HelmValue {
    switch text {
    case "true": return .bool(true)
    case "false": return .bool(false)
    case "null": return .null
    case "0": return .number(0)
    default:
      if text.hasPrefix("0") { return .string(text) }
      return Int64(text).map { .number(Double($0)) } ?? .string(text)
    }
  }

  /// `container` with `value` stored at `path`, creating maps and lists on the way.
  static func set(
    _ value: HelmValue, at path: ArraySlice<Segment>, in container: HelmValue
  )
    -> HelmValue
  {
    guard let first = path.first else { return value }
    let rest = path.dropFirst()
    switch first {
    case .key(let name):
      var members = container.object ?? [:]
      members[name] = set(value, at: rest, in: members[name] ?? .null)
      return .object(members)
    case .index(let index):
      var elements = container.array ?? []
      while elements.count <= index { elements.append(.null) }
      elements[index] = set(value, at: rest, in: elements[index])
      return .array(elements)
    }
  }

  /// Reads one `--set` expression character by character, honouring `\` escapes.
  struct Scanner {
    let characters: [Character]
    var index = 0

    init(_ characters: [Character]) { self.characters = characters }

    var atEnd: Bool { index >= characters.count }

    mutating func next() -> Character? {
      guard index < characters.count else { return nil }
      defer { index += 1 }
      return characters[index]
    }

    /// The key path up to and including `=`.
    mutating func readPath() throws -> [Segment] {
      var path: [Segment] = []
      var name = ""
      while true {
        switch next() {
        case "\\": name.append(next() ?? "\\")
        case ".":
          path.append(.key(name))
          name = ""
        case "[":
          if !name.isEmpty { path.append(.key(name)) }
          name = ""
          path.append(.index(try readIndex(after: path)))
          if characters.indices.contains(index), characters[index] == "." {
            index += 1
          }
        case "=":
          if !name.isEmpty { path.append(.key(name)) }
          return path
        case ",", nil:
          throw HelmError.invalidSet("key \"\(name)\" has no value")
        case let character?: name.append(character)
        }
      }
    }

    /// The digits of `[n]`, after the `[`.
    mutating func readIndex(after path: [Segment]) throws -> Int {
      var digits = ""
      while let character = next(), character != "]" {
        digits.append(character)
      }
      guard let index = Int(digits), index >= 0, index < 65536 else {
        throw HelmError.invalidSet("invalid index \"\(digits)\" in list")
      }
      return index
    }

    /// The value after `=`: a `{a,b}` list or one typed scalar, up to an unescaped comma.
    mutating func readValue() throws -> HelmValue {
      if characters.indices.contains(index), characters[index] == "{" {
        index += 1
        var items: [HelmValue] = []
        var closed = false
        while !closed {
          let (text, stop) = readScalar(until: ",}")
          items.append(SetParser.typed(text))
          closed = stop == "}"
          if stop == nil {
            throw HelmError.invalidSet("list value is missing its closing '}'")
          }
        }
        if let after = next(), after != "," {
          throw HelmError.invalidSet("unexpected '\(after)' after a list value")
        }
        return .array(items)
      }
      return SetParser.typed(readScalar(until: ",").text)
    }

    /// Characters up to the first unescaped stop character, and which one stopped it.
    mutating func readScalar(until stops: String) -> (
      text: String, stop: Character?
    ) {
      var text = ""
      while let character = next() {
        if character == "\\" {
          text.append(next() ?? "\\")
        } else if stops.contains(character) {
          return (text, character)
        } else {
          text.append(character)
        }
      }
      return (text, nil)
    }
  }
}
