extension YAMLReader {
  /// A `|` (literal) or `>` (folded) block scalar whose header is on `line`.
  mutating func blockScalar(header: String, line: Line, parentIndent: Int)
    throws -> HelmValue
  {
    let style = header.first ?? "|"
    let indicators = header.dropFirst()
    guard indicators.allSatisfy({ "+-".contains($0) }) else {
      throw error(
        at: line, "block scalar indicators other than + and - are not supported"
      )
    }
    var body: [Substring] = []
    for rawLine in raw.dropFirst(line.number) {
      if !YAMLReader.isBlank(rawLine),
        YAMLReader.indent(of: rawLine) <= parentIndent
      {
        break
      }
      body.append(rawLine)
    }
    let consumedThrough = line.number + body.count
    position = lines.firstIndex { $0.number > consumedThrough } ?? lines.count
    var trailingBlank = 0
    while let last = body.last, YAMLReader.isBlank(last) {
      body.removeLast()
      trailingBlank += 1
    }
    let contentIndent = body.first.map(YAMLReader.indent(of:)) ?? 0
    let text = body.map { String($0.dropFirst(min(contentIndent, $0.count))) }
    let joined =
      style == "|" ? text.joined(separator: "\n") : YAMLReader.fold(text)
    if text.isEmpty || indicators.contains("-") { return .string(joined) }
    let kept =
      indicators.contains("+")
      ? String(repeating: "\n", count: trailingBlank) : ""
    return .string(joined + "\n" + kept)
  }

  /// Folds lines as `>` does: single newlines become spaces, blank lines stay newlines.
  static func fold(_ lines: [String]) -> String {
    var out = ""
    for (index, line) in lines.enumerated() {
      if index > 0 {
        let previous = lines[index - 1]
        let literal = line.isEmpty || previous.isEmpty || line.hasPrefix(" ")
        out += literal ? "\n" : " "
      }
      out += line
    }
    return out
  }

  static func isBlank(_ line: Substring) -> Bool {
    line.allSatisfy { $0 == " " }
  }

  static func indent(of line: Substring) -> Int {
    line.prefix { $0 == " " }.count
  }
}
