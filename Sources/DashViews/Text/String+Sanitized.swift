extension String {
  /// The string with nothing a terminal would act on: C0 controls and DEL in
  /// caret notation ("\u{1B}" -> "^["), C1 controls, bidi controls and line
  /// separators as `<U+XXXX>`, a lone combining mark on a dotted circle.
  ///
  /// Idempotent; every string passes through it before it reaches a cell.
  public var sanitized: String {
    if isPrintableASCII { return self }
    var result = ""
    result.unicodeScalars.reserveCapacity(unicodeScalars.count)
    for scalar in unicodeScalars {
      if Self.isSafe(scalar) {
        result.unicodeScalars.append(scalar)
      } else {
        result.unicodeScalars.append(contentsOf: Self.visible(scalar))
      }
    }
    guard let first = result.first, CharacterWidth.columns(of: first) == 0 else {
      return result
    }
    return "\u{25CC}" + result
  }

  /// Whether every byte is a printable ASCII character: the common case,
  /// which needs no work.
  var isPrintableASCII: Bool {
    utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
  }

  /// Whether a scalar is shown as itself.
  private static func isSafe(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x20..<0x7F: true
    case 0x00...0x1F, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x2028...0x202E, 0x2066...0x2069:
      false
    default: true
    }
  }

  /// What to show for one scalar that is not safe.
  private static func visible(_ scalar: Unicode.Scalar) -> String.UnicodeScalarView {
    let value = scalar.value
    switch value {
    case 0x00...0x1F:
      let letter = Character(Unicode.Scalar(UInt8(value) + 0x40))
      return ("^" + String(letter)).unicodeScalars
    case 0x7F: return "^?".unicodeScalars
    case 0x80...0x9F, 0x061C, 0x200E, 0x200F, 0x2028...0x202E, 0x2066...0x2069:
      return codePoint(value).unicodeScalars
    default: return String(scalar).unicodeScalars
    }
  }

  /// `<U+XXXX>` for a code point.
  private static func codePoint(_ value: UInt32) -> String {
    let hex = String(value, radix: 16, uppercase: true)
    let zeros = String(repeating: "0", count: Swift.max(0, 4 - hex.count))
    return "<U+\(zeros)\(hex)>"
  }
}
