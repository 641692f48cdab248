/// Writes a value as block YAML with sorted keys, as `helm get values` prints it.
enum YAMLWriter {
  /// The document text, ending in a newline.
  static func text(_ value: HelmValue) -> String {
    switch value {
    case .object(let members) where !members.isEmpty:
      return block(value, indent: 0)
    case .array(let items) where !items.isEmpty: return block(value, indent: 0)
    default: return scalar(value) + "\n"
    }
  }

  /// A non-empty map or list at `indent` spaces, one entry per line.
  private static func block(_ value: HelmValue, indent: Int) -> String {
    let pad = String(repeating: " ", count: indent)
    var out = ""
    if let members = value.object {
      for (key, member) in members.sorted(by: { $0.key < $1.key }) {
        out +=
          pad + scalar(.string(key)) + ":" + nested(member, indent: indent + 2)
      }
    } else if let items = value.array {
      for item in items {
        let body = nested(item, indent: indent + 2)
        out +=
          pad + "-"
          + (item.object?.isEmpty == false
            ? " " + body.dropFirst(indent + 3) : body)
      }
    }
    return out
  }

  /// What follows `key:` or `-`: an inline scalar, or a newline and an indented block.
  private static func nested(_ value: HelmValue, indent: Int) -> String {
    switch value {
    case .object(let members) where !members.isEmpty:
      return "\n" + block(value, indent: indent)
    case .array(let items) where !items.isEmpty:
      return "\n" + block(value, indent: indent)
    default: return " " + scalar(value) + "\n"
    }
  }

  /// A scalar or empty collection on one line; strings quoted when plain text would change type.
  static func scalar(_ value: HelmValue) -> String {
    switch value {
    case .null: return "null"
    case .bool(let flag): return flag ? "true" : "false"
    case .number: return HelmValue.numberText(value)
    case .object: return "{}"
    case .array: return "[]"
    case .string(let text):
      return needsQuotes(text) ? HelmValue.string(text).jsonText : text
    }
  }

  /// Whether a string must be quoted to read back as the same string.
  static func needsQuotes(_ text: String) -> Bool {
    guard let first = text.first, let last = text.last else { return true }
    if YAMLScalar.resolve(text) != .string(text) { return true }
    if first == " " || last == " " || "-?:,[]{}#&*!|>'\"%@`".contains(first) {
      return true
    }
    return text.contains(": ") || text.contains(" #") || text.contains("\n")
      || text.contains("\t")
  }
}
