extension String {
  /// Terminal columns the string takes once sanitised.
  public var columns: Int {
    if isPrintableASCII { return utf8.count }
    return sanitized.reduce(0) { $0 + CharacterWidth.columns(of: $1) }
  }

  /// The sanitised string cut to at most `width` columns, ending in
  /// `ellipsis` when cut; a wide character never straddles the edge. With
  /// `atWord`, the cut moves back to a space in the last third of the room
  /// so prose is not cut mid-word.
  public func truncated(
    to width: Int, ellipsis: String = "\u{2026}", atWord: Bool = false
  ) -> String {
    let clean = sanitized
    guard width > 0 else { return "" }
    guard clean.columns > width else { return clean }
    let room = width - ellipsis.columns
    guard room > 0 else { return String(clean.prefix(columns: width)) }
    let head = clean.prefix(columns: room)
    let endsWord = clean.dropFirst(head.count).first == " "
    guard atWord, !endsWord, let space = head.lastIndex(of: " "),
      String(head[..<space]).columns >= room * 2 / 3
    else { return head + ellipsis }
    return String(head[..<space]) + ellipsis
  }

  /// The sanitised string cut in the middle to `width` columns, keeping its
  /// end, e.g. "tokenpl…-x2k9p" for pod names whose suffix tells them apart.
  public func truncatedMiddle(to width: Int, ellipsis: String = "\u{2026}") -> String {
    let clean = sanitized
    guard clean.columns > width else { return clean }
    let room = width - ellipsis.columns
    guard room >= 2 else { return clean.truncated(to: width, ellipsis: ellipsis) }
    let tail = clean.suffix(columns: room / 2 + room % 2)
    return clean.prefix(columns: room / 2) + ellipsis + tail
  }

  /// The sanitised string truncated or padded with spaces to exactly `width`.
  public func padded(
    to width: Int, alignment: Alignment = .left, ellipsis: String = "\u{2026}"
  ) -> String {
    let cut = truncated(to: width, ellipsis: ellipsis)
    let fill = String(repeating: " ", count: max(0, width - cut.columns))
    return alignment == .left ? cut + fill : fill + cut
  }

  /// The sanitised string broken into lines of at most `width` columns: at
  /// newlines, then between words, and inside words only when a word is
  /// longer than a line.
  public func wrapped(to width: Int) -> [String] {
    guard width > 0 else { return [] }
    return split(separator: "\n", omittingEmptySubsequences: false).flatMap { paragraph in
      String(paragraph).sanitized.wrappedParagraph(to: width)
    }
  }

  /// Greedy word wrap of one line that holds no newline; leading spaces
  /// indent every line it wraps into while they leave half the width.
  private func wrappedParagraph(to width: Int) -> [String] {
    let indent = String(prefix { $0 == " " })
    guard indent.isEmpty || indent.count > width / 2 else {
      return String(dropFirst(indent.count)).wrappedParagraph(to: width - indent.count)
        .map { indent + $0 }
    }
    var lines: [String] = []
    var line = ""
    for word in split(separator: " ", omittingEmptySubsequences: false).map(String.init) {
      let joined = line.isEmpty ? word : line + " " + word
      if joined.columns <= width {
        line = joined
        continue
      }
      if !line.isEmpty { lines.append(line) }
      var rest = word
      while rest.columns > width {
        let head = rest.prefix(columns: width)
        lines.append(head)
        rest = String(rest.dropFirst(head.count))
      }
      line = rest
    }
    lines.append(line)
    return lines
  }

  /// The longest prefix of whole graphemes that fits in `width` columns.
  func prefix(columns width: Int) -> String {
    var used = 0
    var result = ""
    for character in self {
      let size = CharacterWidth.columns(of: character)
      guard used + size <= width else { break }
      used += size
      result.append(character)
    }
    return result
  }

  /// The longest suffix of whole graphemes that fits in `width` columns.
  func suffix(columns width: Int) -> String {
    String(String(reversed()).prefix(columns: width).reversed())
  }
}
