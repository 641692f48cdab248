import Foundation

/// A reader for the YAML that values files, `Chart.yaml` and kubeconfigs here contain.
///
/// Handles block maps and lists, flow `[...]` and `{...}` on one line, quoted and plain
/// scalars (YAML 1.1 booleans as helm's parser reads them), comments, `|` and `>` block
/// scalars, and a leading `---`. Anchors, tags and multi-line plain scalars are refused.
public struct YAMLReader {
  /// One meaningful line: 1-based number, indent in spaces, text without comment.
  struct Line {
    var number: Int
    var indent: Int
    var text: String
  }

  /// Name used in error messages, e.g. the file path.
  let source: String
  /// The raw lines of the document, for block scalars.
  let raw: [Substring]
  /// Meaningful lines, consumed front to back.
  var lines: [Line]
  /// Index of the next unread line in `lines`.
  var position = 0

  /// Parses `text` into a value; an empty document is an empty object.
  public static func parse(_ text: String, source: String) throws -> HelmValue {
    var reader = try YAMLReader(text: text, source: source)
    return try reader.document()
  }

  init(text: String, source: String) throws {
    self.source = source
    let unix = text.replacingOccurrences(of: "\r\n", with: "\n")
    let body = unix.hasSuffix("\n") ? unix.dropLast() : Substring(unix)
    raw = body.split(separator: "\n", omittingEmptySubsequences: false)
    lines = []
    for (offset, line) in raw.enumerated() {
      let number = offset + 1
      let afterSpaces = line.drop { $0 == " " }
      if afterSpaces.hasPrefix("\t"), !afterSpaces.allSatisfy(\.isWhitespace) {
        throw HelmError.yaml(
          source: source, line: number,
          reason: "found a tab character where indentation is expected")
      }
      let stripped = YAMLScalar.strippingComment(String(line))
      let text = stripped.drop(while: { $0 == " " })
      if text.isEmpty || text == "---" || text.hasPrefix("%") { continue }
      lines.append(
        Line(
          number: number, indent: stripped.count - text.count,
          text: String(text)))
    }
  }

  /// The whole document: one node at the first line's indent; nothing may follow it.
  mutating func document() throws -> HelmValue {
    guard let first = current else { return .emptyObject }
    let value = try node(indent: first.indent)
    if let extra = current {
      throw error(at: extra, "did not find expected key (bad indentation?)")
    }
    return value == .null ? .emptyObject : value
  }

  var current: Line? { position < lines.count ? lines[position] : nil }

  func error(at line: Line, _ reason: String) -> HelmError {
    .yaml(source: source, line: line.number, reason: reason)
  }

  /// A block node starting at the current line, whose lines sit at `indent`.
  mutating func node(indent: Int) throws -> HelmValue {
    guard let line = current else { return .null }
    if YAMLScalar.isSequenceEntry(line.text) {
      return try sequence(indent: indent)
    }
    if YAMLScalar.splitKey(line.text) != nil {
      return try mapping(indent: indent)
    }
    position += 1
    return try inlineValue(line.text, line: line)
  }

  /// A block list whose `-` markers sit at `indent`.
  mutating func sequence(indent: Int) throws -> HelmValue {
    var items: [HelmValue] = []
    while let line = current, line.indent == indent,
      YAMLScalar.isSequenceEntry(line.text)
    {
      let rest = line.text.dropFirst().drop(while: { $0 == " " })
      if rest.isEmpty {
        position += 1
        items.append(try nested(under: indent, allowSameIndentList: false))
        continue
      }
      let contentIndent = indent + (line.text.count - rest.count)
      lines[position] = Line(
        number: line.number, indent: contentIndent, text: String(rest))
      items.append(try node(indent: contentIndent))
    }
    try expectDedent(below: indent)
    return .array(items)
  }

  /// A block map whose keys sit at `indent`.
  mutating func mapping(indent: Int) throws -> HelmValue {
    var members: [String: HelmValue] = [:]
    while let line = current, line.indent == indent {
      guard let (key, rest) = YAMLScalar.splitKey(line.text) else {
        throw error(at: line, "could not find expected ':'")
      }
      let name = try YAMLScalar.keyText(key, line: line, reader: self)
      guard members[name] == nil else {
        throw error(at: line, "mapping key \"\(name)\" already defined")
      }
      position += 1
      members[name] = try mappingValue(rest, line: line, indent: indent)
    }
    try expectDedent(below: indent)
    return .object(members)
  }

  /// The value after `key:` on `line`: inline, a block scalar, or a nested block.
  mutating func mappingValue(_ rest: String, line: Line, indent: Int) throws
    -> HelmValue
  {
    if rest.isEmpty {
      return try nested(under: indent, allowSameIndentList: true)
    }
    if rest.hasPrefix("|") || rest.hasPrefix(">") {
      return try blockScalar(header: rest, line: line, parentIndent: indent)
    }
    return try inlineValue(rest, line: line)
  }

  /// The block under a key or `-` with nothing after it; null when nothing is indented more.
  mutating func nested(under indent: Int, allowSameIndentList: Bool) throws
    -> HelmValue
  {
    guard let next = current else { return .null }
    if next.indent > indent { return try node(indent: next.indent) }
    if allowSameIndentList, next.indent == indent,
      YAMLScalar.isSequenceEntry(next.text)
    {
      return try sequence(indent: indent)
    }
    return .null
  }

  /// After a block at `indent`, the next line must close it (less indented) or end the file.
  func expectDedent(below indent: Int) throws {
    guard let line = current, line.indent > indent else { return }
    throw error(
      at: line,
      "mapping values are not allowed in this context (bad indentation)")
  }

  /// A scalar or one-line flow collection.
  func inlineValue(_ text: String, line: Line) throws -> HelmValue {
    if text.hasPrefix("&") || text.hasPrefix("*") || text.hasPrefix("!") {
      throw error(
        at: line, "anchors, aliases and tags are not supported by this reader")
    }
    if text.hasPrefix("[") || text.hasPrefix("{") {
      var flow = YAMLFlow(text: text, line: line, reader: self)
      return try flow.parseAll()
    }
    return try YAMLScalar.value(text, line: line, reader: self)
  }
}
