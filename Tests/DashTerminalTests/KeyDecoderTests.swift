import DashCore
import DashViews
import Testing

@testable import DashTerminal

@Suite struct KeyDecoderTests {
  /// Codes as curses.h defines them (octal in the header).
  @Test(arguments: [
    (RawKey.character(113), Key.character("q")),
    (.character(63), .character("?")),
    (.character(3), .control("c")),
    (.character(12), .control("l")),
    (.character(9), .tab),
    (.character(13), .enter),
    (.character(10), .enter),
    (.character(27), .escape),
    (.character(127), .backspace),
    (.character(0x00E9), .character("é")),
    (.function(0o402), .down),
    (.function(0o403), .up),
    (.function(0o406), .home),
    (.function(0o550), .end),
    (.function(0o522), .pageDown),
    (.function(0o523), .pageUp),
    (.function(0o541), .backTab),
    (.function(0o632), .resize),
    (.function(0o411), .function(1)),
  ])
  func decodesCursesCodes(raw: RawKey, key: Key) {
    #expect(KeyDecoder.decode(raw) == key)
  }

  @Test(arguments: [RawKey.character(0), .character(28), .function(0o777), .character(0xD800)])
  func ignoresCodesWithoutAMeaning(raw: RawKey) {
    #expect(KeyDecoder.decode(raw) == nil)
  }
}

@Suite struct PaletteTests {
  @Test func everyRoleLooksDifferentWithoutColour() {
    let palette = Palette(usesColor: false)
    let looks = Role.allCases.map { palette.look(for: Style(role: $0)) }
    #expect(looks.allSatisfy { $0.pair == 0 })
    let distinct = Set(looks.map { "\($0.bold)\($0.dim)\($0.underline)\($0.reverse)" })
    #expect(distinct.count >= 4)
  }

  @Test func colouredRolesGetTheirOwnPairs() {
    let palette = Palette(usesColor: true)
    let pairs = Palette.foregrounds.map { palette.look(for: Style(role: $0.role)).pair }
    #expect(Set(pairs).count == Palette.foregrounds.count)
    #expect(!pairs.contains(0))
    #expect(palette.look(for: .normal).pair == 0)
  }
}
