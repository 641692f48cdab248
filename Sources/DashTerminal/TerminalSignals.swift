import CNCurses

/// Turns SIGINT, SIGTERM, SIGHUP and SIGWINCH into bytes on a pipe, so the
/// run loop wakes and leaves through its one shutdown path.
public enum TerminalSignals {
  /// Forwards the signals to `descriptor` (`cncurses_forward_signals`); false
  /// when `sigaction` failed.
  public static func forward(to descriptor: Int32) -> Bool {
    cncurses_forward_signals(descriptor) == 0
  }

  /// Gives the signals their default dispositions back.
  public static func restore() {
    cncurses_restore_signals()
  }
}
