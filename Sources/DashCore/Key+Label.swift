extension Key {
  /// How the help screen and the footer name this key, e.g. "Ctrl-C", "PgDn".
  public var label: String {
    switch self {
    case .character(let character): String(character)
    case .control(let letter): "Ctrl-" + letter.uppercased()
    case .enter: "Enter"
    case .escape: "Esc"
    case .tab: "Tab"
    case .backTab: "Shift-Tab"
    case .backspace: "Backspace"
    case .up: "Up"
    case .down: "Down"
    case .left: "Left"
    case .right: "Right"
    case .home: "Home"
    case .end: "End"
    case .pageUp: "PgUp"
    case .pageDown: "PgDn"
    case .resize: "resize"
    case .function(let number): "F\(number)"
    }
  }
}
