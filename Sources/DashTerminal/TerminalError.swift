/// Why the terminal could not be taken over.
public enum TerminalError: Error, Equatable, CustomStringConvertible {
  /// ncurses knows no terminal description for `TERM`.
  case unknownTerminalType
  /// Standard input or output is not a terminal.
  case notATerminal

  public var description: String {
    switch self {
    case .unknownTerminalType:
      "the terminal type in TERM is unknown to ncurses; try TERM=xterm-256color, or use --once"
    case .notATerminal:
      "standard input and output must be a terminal; use --once for plain text"
    }
  }
}
