/// Why the terminal could not be taken over.
public enum TerminalError: Error, Equatable, CustomStringConvertible {
  /// ncurses knows no terminal description for `TERM`.
  case unknownTerminalType

  public var description: String {
    switch self {
    case .unknownTerminalType:
      "the terminal type in TERM is unknown to ncurses; try TERM=xterm-256color, or use --once"
    }
  }
}
