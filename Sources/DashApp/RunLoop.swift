import DashCore
import DashModel
import DashTerminal
import DashViews
import Foundation

/// The interactive loop: waits on the keyboard, the sources' inbox and a
/// one-second tick; turns keys into actions for the reducer, news into state,
/// and state into one drawn grid.
///
/// It owns the terminal for its lifetime; every way out returns from `run()`
/// and the caller gives the terminal back.
final class RunLoop {
  /// Why the loop ended.
  enum Exit: Equatable {
    case quit
    case signal(Int32)
    case terminalGone
  }

  private var state: AppState
  private let terminal: Terminal
  private let inbox: Inbox<SourceNews>
  private let hub: SourceHub
  private let keyMap: KeyMap
  private let glyphs: Glyphs
  private let log: EventLog
  private let clock: @Sendable () -> Date
  private var needsDraw = true
  private var lastDraw = Date.distantPast
  /// When the footer's transient message appeared; it is cleared after
  /// `statusLifetime` seconds.
  private var statusShownAt: Date?
  private let statusLifetime: TimeInterval = 3

  init(
    state: AppState, terminal: Terminal, inbox: Inbox<SourceNews>, hub: SourceHub,
    glyphs: Glyphs, log: EventLog, clock: @escaping @Sendable () -> Date = Date.init,
    keyMap: KeyMap = .standard
  ) {
    self.state = state
    self.terminal = terminal
    self.inbox = inbox
    self.hub = hub
    self.keyMap = keyMap
    self.glyphs = glyphs
    self.log = log
    self.clock = clock
  }

  /// Runs until the operator quits, a signal arrives or the terminal goes away.
  func run() -> Exit {
    while true {
      drawIfNeeded()
      let ready = waitForInput(timeoutMilliseconds: millisecondsToNextTick())
      if ready.hangUp { return .terminalGone }
      let keysRead = handleKeys()
      if case .exit(let exit) = keysRead { return exit }
      if ready.input, keysRead == .nothingRead, !RunLoop.terminalIsAlive() {
        return .terminalGone
      }
      if let exit = handleInbox() { return exit }
      if clock().timeIntervalSince(lastDraw) >= 1 { needsDraw = true }
      expireStatus()
    }
  }

  private func drawIfNeeded() {
    guard needsDraw else { return }
    let size = terminal.size
    let now = clock()
    let grid = DashboardView.render(
      state, now: now, width: size.width, height: size.height, glyphs: glyphs)
    terminal.draw(grid)
    needsDraw = false
    lastDraw = now
  }

  /// What reading the keyboard gave.
  private enum KeyOutcome: Equatable {
    case nothingRead
    case handled
    case exit(Exit)
  }

  private func handleKeys() -> KeyOutcome {
    let keys = terminal.pendingKeys()
    for key in keys {
      if key == .resize {
        terminal.adoptNewSize()
        needsDraw = true
        continue
      }
      guard let action = keyMap.action(for: key) else { continue }
      updateScrollBounds()
      log.log(.debug, "key.action", ["action": action.rawValue])
      let before = state.status
      let reaction = state.reduce(action)
      if state.status != before { statusShownAt = state.status == nil ? nil : clock() }
      switch reaction {
      case .quit: return .exit(.quit)
      case .none: break
      case .redraw: needsDraw = true
      case .refetch:
        hub.refreshAll()
        needsDraw = true
      case .repaint:
        terminal.invalidate()
        needsDraw = true
      }
    }
    return keys.isEmpty ? .nothingRead : .handled
  }

  private func handleInbox() -> Exit? {
    let (messages, wakeBytes) = inbox.drain()
    for news in messages {
      news.apply(&state)
      needsDraw = true
    }
    for byte in wakeBytes where byte != 0 {
      let signal = Int32(byte)
      if signal == SIGWINCH {
        terminal.adoptNewSize()
        needsDraw = true
      } else {
        return .signal(signal)
      }
    }
    return nil
  }

  /// Gives the reducer the page and scroll sizes of the screen as it is now;
  /// done per key rather than per frame, since it lays the whole screen out.
  private func updateScrollBounds() {
    let size = terminal.size
    state.bounds = DashboardView.scrollBounds(
      state, now: clock(), width: size.width, height: size.height, glyphs: glyphs)
  }

  /// Clears the footer's transient message once it has been read.
  private func expireStatus() {
    guard let shownAt = statusShownAt, clock().timeIntervalSince(shownAt) >= statusLifetime
    else { return }
    state.status = nil
    statusShownAt = nil
    needsDraw = true
  }

  /// What `poll` saw on standard input.
  private struct Readiness {
    /// The terminal hung up or the descriptor is bad: the operator is gone.
    var hangUp = false
    /// Input is waiting.
    var input = false
  }

  /// Waits until a key, news or a signal arrives, or the timeout passes.
  private func waitForInput(timeoutMilliseconds: Int32) -> Readiness {
    var entries = [
      pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
      pollfd(fd: inbox.wakeDescriptor, events: Int16(POLLIN), revents: 0),
    ]
    guard poll(&entries, nfds_t(entries.count), timeoutMilliseconds) > 0 else {
      return Readiness()
    }
    let events = entries[0].revents
    return Readiness(
      hangUp: events & Int16(POLLHUP | POLLERR | POLLNVAL) != 0,
      input: events & Int16(POLLIN) != 0)
  }

  /// Whether standard input is still a terminal; a hung-up tty fails
  /// `tcgetattr` with EIO.
  private static func terminalIsAlive() -> Bool {
    var settings = termios()
    return tcgetattr(STDIN_FILENO, &settings) == 0
  }

  /// Milliseconds until the next whole second since the last frame, when ages
  /// on screen change.
  private func millisecondsToNextTick() -> Int32 {
    let elapsed = clock().timeIntervalSince(lastDraw)
    let remaining = max(0, 1 - elapsed)
    return Int32(min(1000, max(10, remaining * 1000)))
  }
}
