import CNCurses

/// The only Swift file that calls ncurses. Each member names the C call it wraps.
///
/// Everything here runs on the thread that owns the terminal.
enum Curses {
  /// `setlocale(LC_ALL, "")`, so ncurses measures and writes wide characters.
  static func adoptEnvironmentLocale() {
    _ = setlocale(LC_ALL, "")
  }

  /// `nl_langinfo(CODESET)` is UTF-8.
  static var localeIsUTF8: Bool { cncurses_locale_is_utf8() != 0 }

  /// `newterm(NULL, stdout, stdin)`; false when the terminal type is unknown.
  static func open() -> Bool {
    cncurses_newterm_stdio() != nil
  }

  /// `raw`, `noecho`, `nonl`, `keypad`, `nodelay`, `curs_set(0)` and
  /// `set_escdelay`: keys arrive one at a time, Ctrl-C included, without waiting.
  static func configureInput(escapeDelayMilliseconds: Int32) {
    raw()
    noecho()
    nonl()
    keypad(cncurses_stdscr(), true)
    nodelay(cncurses_stdscr(), true)
    _ = curs_set(0)
    _ = cncurses_set_escdelay(escapeDelayMilliseconds)
  }

  /// `has_colors`, then `start_color` and `use_default_colors`.
  static func startColors() -> Bool {
    guard has_colors() else { return false }
    start_color()
    use_default_colors()
    return true
  }

  /// `init_pair(pair, foreground, -1)`: a colour on the default background.
  static func definePair(_ pair: Int16, foreground: Int16) {
    init_pair(pair, foreground, -1)
  }

  /// `COLORS`, how many colours the terminal has.
  static var colorCount: Int32 { cncurses_colors() }

  /// `endwin`: gives the terminal back.
  static func close() {
    endwin()
  }

  /// `COLS` and `LINES`.
  static var size: (width: Int, height: Int) {
    (Int(cncurses_cols()), Int(cncurses_lines()))
  }

  /// `resizeterm` with the tty's size from `ioctl(TIOCGWINSZ)` on standard output.
  static func resizeFromTTY() {
    _ = cncurses_resize_from_tty(1)
  }

  /// `setcchar` + `mvwadd_wch`: one grapheme at a cell.
  static func put(_ scalars: [wchar_t], row: Int, col: Int, attributes: attr_t, pair: Int16) {
    scalars.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return }
      _ = cncurses_put_wide(
        cncurses_stdscr(), Int32(row), Int32(col), base, Int32(buffer.count), attributes, pair)
    }
  }

  /// `wmove` for the cursor and `curs_set`; hides it when `position` is nil.
  static func placeCursor(row: Int?, col: Int?) {
    guard let row, let col else {
      _ = curs_set(0)
      return
    }
    _ = curs_set(1)
    wmove(cncurses_stdscr(), Int32(row), Int32(col))
  }

  /// `wnoutrefresh(stdscr)` then `doupdate`: sends only the cells that changed.
  static func flush() {
    wnoutrefresh(cncurses_stdscr())
    doupdate()
  }

  /// `clearok(curscr, TRUE)` via `wclear`: the next flush repaints everything.
  static func invalidate() {
    wclear(cncurses_stdscr())
  }

  /// `wget_wch`: the next pending key, or nil when none is waiting.
  static func nextKey() -> RawKey? {
    var code: Int32 = 0
    let result = cncurses_get_key(cncurses_stdscr(), &code)
    switch result {
    case KEY_CODE_YES: return .function(code)
    case OK: return .character(UInt32(bitPattern: code))
    default: return nil
    }
  }

  /// The attribute bits ncurses defines as macros.
  static var bold: attr_t { cncurses_attr_bold() }
  static var reverse: attr_t { cncurses_attr_reverse() }
  static var underline: attr_t { cncurses_attr_underline() }
  static var dim: attr_t { cncurses_attr_dim() }
}
