import CNCurses
import DashCore
import DashViews

/// The full-screen terminal: setup, teardown, drawing a grid, reading keys.
///
/// Owned by the run loop's thread. `stop()` is idempotent and safe to call
/// from every exit path, so the terminal is always given back.
public final class Terminal {
  /// What the terminal can show, known after `start()`.
  public struct Capabilities: Sendable, Equatable {
    /// Colours are on: the terminal has them and `NO_COLOR` is not set.
    public var color: Bool
    /// The locale is UTF-8, so box drawing and wide characters can be written.
    public var unicode: Bool
  }

  /// The Esc delay, in milliseconds; ncurses' default of 1000 feels broken.
  public static let escapeDelayMilliseconds: Int32 = 25

  public private(set) var capabilities = Capabilities(color: false, unicode: false)
  private var isActive = false
  private var palette = Palette(usesColor: false)
  /// The grid on screen now; nil forces a full redraw.
  private var shown: Grid?

  public init() {}

  /// Takes over the terminal. `wantsColor` is false when `NO_COLOR` is set.
  public func start(wantsColor: Bool) throws(TerminalError) {
    guard !isActive else { return }
    Curses.adoptEnvironmentLocale()
    guard Curses.open() else { throw .unknownTerminalType }
    isActive = true
    Curses.configureInput(escapeDelayMilliseconds: Terminal.escapeDelayMilliseconds)
    let color = wantsColor && Curses.startColors() && Curses.colorCount >= 8
    if color {
      for entry in Palette.foregrounds {
        Curses.definePair(Palette.pair(for: entry.role), foreground: entry.color)
      }
    }
    capabilities = Capabilities(color: color, unicode: Curses.localeIsUTF8)
    palette = Palette(usesColor: color)
  }

  /// Gives the terminal back; does nothing when it is not taken.
  public func stop() {
    guard isActive else { return }
    isActive = false
    Curses.close()
  }

  /// The screen size in cells.
  public var size: (width: Int, height: Int) { Curses.size }

  /// Re-reads the tty size after SIGWINCH.
  public func adoptNewSize() {
    guard isActive else { return }
    Curses.resizeFromTTY()
    shown = nil
  }

  /// Makes the next `draw` repaint every cell (Ctrl-L).
  public func invalidate() {
    guard isActive else { return }
    Curses.invalidate()
    shown = nil
  }

  /// Draws a grid, writing only the cells that differ from the last one, and
  /// flushes with one `doupdate`.
  public func draw(_ grid: Grid) {
    guard isActive else { return }
    let previous = shown?.width == grid.width && shown?.height == grid.height ? shown : nil
    for row in 0..<grid.height {
      for col in 0..<grid.width {
        let cell = grid[row, col]
        if cell.isContinuation || previous?[row, col] == cell { continue }
        put(cell, row: row, col: col)
      }
    }
    Curses.placeCursor(row: grid.cursor?.row, col: grid.cursor?.col)
    Curses.flush()
    shown = grid
  }

  /// Every key waiting to be read, decoded; empty when none is waiting.
  public func pendingKeys() -> [Key] {
    guard isActive else { return [] }
    var keys: [Key] = []
    while let raw = Curses.nextKey() {
      if let key = KeyDecoder.decode(raw) { keys.append(key) }
    }
    return keys
  }

  private func put(_ cell: Cell, row: Int, col: Int) {
    let look = palette.look(for: cell.style)
    var attributes: attr_t = 0
    if look.bold { attributes |= Curses.bold }
    if look.dim { attributes |= Curses.dim }
    if look.underline { attributes |= Curses.underline }
    if look.reverse { attributes |= Curses.reverse }
    let text = capabilities.unicode || cell.text.allSatisfy(\.isASCII) ? cell.text : "?"
    let scalars = text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
    Curses.put(
      scalars.isEmpty ? [32] : scalars, row: row, col: col, attributes: attributes,
      pair: look.pair)
  }
}
