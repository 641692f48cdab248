/// How many terminal columns a character takes, from Unicode data tables
/// written out here (wcwidth-style), so the result does not depend on libc.
public enum CharacterWidth {
  /// Columns of one grapheme cluster as terminals draw it: 0, 1 or 2.
  ///
  /// Control characters count 1 only because callers sanitise them first.
  public static func columns(of grapheme: Character) -> Int {
    let scalars = grapheme.unicodeScalars
    guard let base = scalars.first else { return 0 }
    if isEmojiSequence(scalars) { return 2 }
    let first = columns(of: base)
    if first > 0 { return first }
    return scalars.dropFirst().contains { columns(of: $0) > 0 } ? 1 : 0
  }

  /// Columns of one scalar on its own: 0 for marks and format characters,
  /// 2 for East Asian Wide and Fullwidth and emoji presentation, else 1.
  public static func columns(of scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value == 0 { return 0 }
    if isZeroWidth(scalar) { return 0 }
    if scalar.properties.isEmojiPresentation || isWide(value) { return 2 }
    return 1
  }

  /// Nonspacing and enclosing marks, format characters (ZWJ, bidi controls),
  /// variation selectors and Hangul medial vowels and final consonants.
  static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return scalar.value != 0x00AD
    default: return (0x1160...0x11FF).contains(scalar.value)
    }
  }

  /// A grapheme drawn as one emoji: a text-default symbol with VS16, a flag
  /// of two regional indicators, a keycap, or a ZWJ sequence of emoji.
  static func isEmojiSequence(_ scalars: Character.UnicodeScalarView) -> Bool {
    guard scalars.count > 1, let first = scalars.first, first.properties.isEmoji else {
      return false
    }
    return scalars.contains { $0.value == 0xFE0F || $0.value == 0x200D || $0.value == 0x20E3 }
      || scalars.allSatisfy { (0x1F1E6...0x1F1FF).contains($0.value) }
  }

  /// Whether a code point is East Asian Wide or Fullwidth (Unicode 15).
  static func isWide(_ value: UInt32) -> Bool {
    guard value >= 0x1100 else { return false }
    return wideRanges.contains { $0.contains(value) }
  }

  /// East Asian Wide (W) and Fullwidth (F) blocks, emoji handled apart.
  static let wideRanges: [ClosedRange<UInt32>] = [
    0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0,
    0x23F3...0x23F3, 0x2E80...0x2E99, 0x2E9B...0x2EF3, 0x2F00...0x2FD5, 0x2FF0...0x303E,
    0x3041...0x3096, 0x3099...0x30FF, 0x3105...0x312F, 0x3131...0x318E, 0x3190...0x31E3,
    0x31EF...0x321E, 0x3220...0x3247, 0x3250...0x4DBF, 0x4E00...0xA48C, 0xA490...0xA4C6,
    0xA960...0xA97C, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE52,
    0xFE54...0xFE66, 0xFE68...0xFE6B, 0xFF01...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4,
    0x16FF0...0x16FF1, 0x17000...0x187F7, 0x18800...0x18CD5, 0x18D00...0x18D08,
    0x1AFF0...0x1B122, 0x1B132...0x1B132, 0x1B150...0x1B152, 0x1B155...0x1B155,
    0x1B164...0x1B167, 0x1B170...0x1B2FB, 0x1F200...0x1F202, 0x1F210...0x1F23B,
    0x1F240...0x1F248, 0x1F250...0x1F251, 0x1F260...0x1F265, 0x20000...0x2FFFD,
    0x30000...0x3FFFD,
  ]
}
