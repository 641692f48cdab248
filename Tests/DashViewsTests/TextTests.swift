import DashViews
import Testing

@Suite("Text in terminal columns")
struct TextTests {
  @Test(
    "width in columns",
    arguments: [
      ("plain", "relay", 5), ("accented precomposed", "ünï", 3),
      ("accented combining", "e\u{301}u\u{308}", 2), ("CJK", "日本語", 6),
      ("fullwidth", "ＡＢ", 4), ("hangul", "한국", 4), ("emoji", "🚀", 2),
      ("emoji with VS16", "❤\u{FE0F}", 2), ("ZWJ family", "👩\u{200D}👩\u{200D}👧", 2),
      ("flag", "🇩🇪", 2), ("zero-width joiner alone", "a\u{200D}b", 2),
      ("escape shown as caret", "\u{1B}", 2), ("NUL shown as caret", "\u{0}", 2),
    ])
  func width(name: String, text: String, columns: Int) {
    #expect(text.columns == columns, "\(name)")
  }

  @Test(
    "sanitised for the terminal",
    arguments: [
      ("CSI colour", "\u{1B}[31mred\u{1B}[0m", "^[[31mred^[[0m"),
      ("OSC title", "\u{1B}]0;pwned\u{7}", "^[]0;pwned^G"),
      ("NUL and DEL", "a\u{0}b\u{7F}", "a^@b^?"),
      ("C1 CSI", "x\u{9B}2J", "x<U+009B>2J"),
      ("bidi override", "abc\u{202E}def", "abc<U+202E>def"),
      ("bidi isolate", "\u{2066}x\u{2069}", "<U+2066>x<U+2069>"),
      ("newline and tab", "a\nb\tc", "a^Jb^Ic"),
      ("line separator", "a\u{2028}b", "a<U+2028>b"),
      ("lone combining mark", "\u{301}x", "\u{25CC}\u{301}x"),
      ("CJK and emoji kept", "日本 🚀", "日本 🚀"),
    ])
  func sanitised(name: String, raw: String, shown: String) {
    #expect(raw.sanitized == shown, "\(name)")
    #expect(raw.sanitized.sanitized == shown, "\(name) twice")
  }

  @Test("nothing a terminal acts on survives sanitising")
  func noControls() {
    let all = String(String.UnicodeScalarView((0...0x9F).compactMap(Unicode.Scalar.init)))
    let controls = all.sanitized.unicodeScalars.filter {
      $0.value < 0x20 || (0x7F...0x9F).contains($0.value)
    }
    #expect(controls.isEmpty)
  }

  @Test(
    "truncated by columns with an ellipsis",
    arguments: [
      ("fits", "relay", 5, "relay"), ("cut", "tokenplace-relay", 8, "tokenpl…"),
      ("CJK never split", "日本語テキスト", 6, "日本…"),
      ("CJK odd width", "日本語", 5, "日本…"),
      ("emoji", "ok 🚀🚀", 5, "ok …"),
      ("combining kept whole", "e\u{301}e\u{301}e\u{301}", 2, "e\u{301}…"),
      ("escape counted as shown", "\u{1B}[31m", 4, "^[[…"), ("zero width", "abc", 0, ""),
    ])
  func truncated(name: String, text: String, width: Int, expected: String) {
    let cut = text.truncated(to: width)
    #expect(cut == expected, "\(name)")
    #expect(cut.columns <= width, "\(name)")
  }

  @Test("prose is cut at a space near the end, not mid-word")
  func atWord() {
    let message = "Back-off restarting failed container relay"
    #expect(message.truncated(to: 24, atWord: true) == "Back-off restarting…")
    #expect(message.truncated(to: 24) == "Back-off restarting fai…")
    #expect("abcdefghij klm".truncated(to: 8, atWord: true) == "abcdefg…")
    #expect("probe failed: Get".truncated(to: 14, atWord: true) == "probe failed:…")
  }

  @Test("middle truncation keeps the distinctive end")
  func middle() {
    let cut = "tokenplace-relay-7d9f8b6c4-x2k9p".truncatedMiddle(to: 16)
    #expect(cut == "tokenpl…c4-x2k9p")
    #expect(cut.columns == 16)
  }

  @Test(
    "padded to a width, either side",
    arguments: [
      ("left", "ab", Alignment.left, 4, "ab  "), ("right", "ab", .right, 4, "  ab"),
      ("CJK", "日本", .left, 5, "日本 "), ("too long", "abcdef", .left, 4, "abc…"),
    ])
  func padded(name: String, text: String, alignment: Alignment, width: Int, expected: String) {
    #expect(text.padded(to: width, alignment: alignment) == expected, "\(name)")
  }

  @Test("wrapped between words, inside words only when they are too long")
  func wrapped() {
    #expect("the quick brown fox".wrapped(to: 10) == ["the quick", "brown fox"])
    #expect("abcdefghij".wrapped(to: 4) == ["abcd", "efgh", "ij"])
    #expect("one\ntwo".wrapped(to: 10) == ["one", "two"])
    #expect("  \"key\" : 1,".wrapped(to: 8) == ["  \"key\"", "  : 1,"])
    #expect("日本語テキスト".wrapped(to: 5) == ["日本", "語テ", "キス", "ト"])
    #expect("a\u{1B}[2Jb".wrapped(to: 3) == ["a^[", "[2J", "b"])
  }

  @Test("one line: breaks and tabs become spaces")
  func oneLine() {
    #expect("a\nb\t\tc\r\nd".oneLine == "a b c d")
  }
}
