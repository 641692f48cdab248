import DashCore
import Testing

@Suite("KeyMap")
struct KeyMapTests {
  @Test(
    "standard keys",
    arguments: [
      (Key.character("q"), Action.quit), (.control("c"), .quit), (.character("?"), .help),
      (.character("r"), .refresh), (.tab, .nextPanel), (.backTab, .previousPanel),
      (.character("j"), .down), (.down, .down), (.character("k"), .up), (.up, .up),
      (.character("g"), .top), (.home, .top), (.character("G"), .bottom), (.end, .bottom),
      (.pageDown, .pageDown), (.pageUp, .pageUp), (.enter, .open), (.escape, .back),
      (.control("l"), .repaint),
    ])
  func bound(key: Key, action: Action) {
    #expect(KeyMap.standard.action(for: key) == action)
  }

  @Test(
    "keys kept free for later features and Ctrl-D never bound",
    arguments: [
      Key.character("d"), .character("R"), .character("l"), .character("L"), .character("f"),
      .character("p"), .character("/"), .control("d"),
    ])
  func unbound(key: Key) {
    #expect(KeyMap.standard.action(for: key) == nil)
  }

  @Test("every action has a key, a help text and a label")
  func everyActionBound() {
    for action in Action.allCases {
      #expect(!KeyMap.standard.keys(for: action).isEmpty, "\(action) has no key")
      #expect(!action.help.isEmpty && !action.label.isEmpty)
    }
  }

  @Test("help lists every action once with all its keys")
  func helpEntries() {
    let entries = KeyMap.standard.helpEntries
    #expect(entries.count == Action.allCases.count)
    #expect(entries.first == HelpEntry(keys: "q/Ctrl-C", help: Action.quit.help))
    #expect(entries.contains(HelpEntry(keys: "j/Down", help: Action.down.help)))
  }

  @Test("footer hints for the main screen and for overlays")
  func footer() {
    let main = KeyMap.standard.footerHints(for: .none).map { "\($0.keys) \($0.label)" }
    #expect(main == ["q quit", "? help", "Enter detail", "Tab panel", "j/k move", "r refresh"])
    let overlay = KeyMap.standard.footerHints(for: .help(scroll: 0)).map(\.keys)
    #expect(overlay == ["Esc", "j/k", "q"])
  }

  @Test("a key bound twice keeps its first action")
  func duplicateKeys() {
    let map = KeyMap([.init(.character("x"), .quit), .init(.character("x"), .help)])
    #expect(map.action(for: .character("x")) == .quit)
    #expect(map.bindings.count == 1)
  }
}
