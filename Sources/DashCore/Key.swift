/// A key press, decoded by the terminal layer.
public enum Key: Sendable, Equatable, Hashable {
  /// A printable character, e.g. "q" or "?".
  case character(Character)
  /// A control chord, e.g. `.control("c")` for Ctrl-C; the letter is lowercase.
  case control(Character)
  case enter
  case escape
  case tab
  case backTab
  case backspace
  case up
  case down
  case left
  case right
  case home
  case end
  case pageUp
  case pageDown
  /// The terminal changed size; the terminal layer has the new size.
  case resize
  /// A function key, F1 is 1.
  case function(Int)
}
