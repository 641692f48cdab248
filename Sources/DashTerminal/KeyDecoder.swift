import CNCurses
import DashCore

/// Turns what ncurses reports into the dashboard's `Key` values.
public enum KeyDecoder {
  /// The key a raw code stands for, or nil for codes the dashboard ignores.
  public static func decode(_ raw: RawKey) -> Key? {
    switch raw {
    case .character(let code): return character(code)
    case .function(let code): return function(code)
    }
  }

  /// Plain and control characters: Tab is 9, Enter 13 or 10, Esc 27, DEL 127.
  private static func character(_ code: UInt32) -> Key? {
    switch code {
    case 9: return .tab
    case 10, 13: return .enter
    case 27: return .escape
    case 8, 127: return .backspace
    case 1...26:
      guard let letter = Unicode.Scalar(code + 96) else { return nil }
      return .control(Character(letter))
    case 0..<32: return nil
    default:
      guard let scalar = Unicode.Scalar(code) else { return nil }
      return .character(Character(scalar))
    }
  }

  /// Function keys, by the codes curses.h defines.
  private static func function(_ code: Int32) -> Key? {
    if let key = namedFunctionKeys[code] { return key }
    let number = Int(code - KEY_F0)
    return (1...24).contains(number) ? .function(number) : nil
  }

  /// Keys ncurses reports with `KEY_CODE_YES`, other than F1 to F24.
  private static let namedFunctionKeys: [Int32: Key] = [
    KEY_UP: .up, KEY_DOWN: .down, KEY_LEFT: .left, KEY_RIGHT: .right,
    KEY_HOME: .home, KEY_END: .end, KEY_PPAGE: .pageUp, KEY_NPAGE: .pageDown,
    KEY_BTAB: .backTab, KEY_ENTER: .enter, KEY_BACKSPACE: .backspace,
    KEY_RESIZE: .resize,
  ]
}
