import Foundation

/// A real terminal for end-to-end tests: a detached tmux session on a private
/// server socket, running one program at a fixed size.
///
/// Keys go in with `send-keys`, the screen comes out with `capture-pane`.
/// `close()` kills the private server, and with it the program.
public final class TmuxSession: @unchecked Sendable {
  /// The socket name, unique per session, passed as `tmux -L`.
  public let socket: String
  public let name = "dash"

  /// Starts `command` (an argument array, run without a shell) in a new
  /// session of `width` x `height` cells with the given extra environment.
  public init(
    command: [String], width: Int = 80, height: Int = 24, environment: [String: String] = [:]
  ) throws {
    socket = "dash-test-\(getpid())-\(UUID().uuidString.prefix(8))"
    var arguments = [
      "new-session", "-d", "-s", name, "-x", String(width), "-y", String(height),
    ]
    for (key, value) in environment.sorted(by: { $0.key < $1.key }) {
      arguments += ["-e", "\(key)=\(value)"]
    }
    try tmux(arguments + ["--"] + command)
    try tmux(["set-option", "-t", name, "remain-on-exit", "on"])
  }

  deinit {
    close()
  }

  /// Sends keys by tmux's names (`q`, `Tab`, `BTab`, `Enter`, `Escape`, `C-c`, `Down`).
  public func send(_ keys: String...) throws {
    try tmux(["send-keys", "-t", name] + keys)
  }

  /// Sends text literally, character by character.
  public func type(_ text: String) throws {
    try tmux(["send-keys", "-t", name, "-l", text])
  }

  /// The visible screen as lines of text.
  public func screen() throws -> [String] {
    try tmuxOutput(["capture-pane", "-p", "-t", name]).components(separatedBy: "\n")
  }

  /// The visible screen with SGR colour escapes (`capture-pane -e`).
  public func styledScreen() throws -> String {
    try tmuxOutput(["capture-pane", "-p", "-e", "-t", name])
  }

  /// Resizes the window, as an operator dragging their terminal would.
  public func resize(width: Int, height: Int) throws {
    try tmux(["resize-window", "-t", name, "-x", String(width), "-y", String(height)])
  }

  /// The program's exit status once it has ended, else nil.
  public func exitStatus() throws -> Int32? {
    let text = try tmuxOutput([
      "display-message", "-p", "-t", name, "#{pane_dead} #{pane_dead_status}",
    ]).trimmingCharacters(in: .whitespacesAndNewlines)
    let parts = text.split(separator: " ")
    guard parts.first == "1", parts.count > 1 else { return nil }
    return Int32(parts[1])
  }

  /// Polls the screen until `predicate` holds or `timeout` seconds pass;
  /// returns the last screen either way.
  @discardableResult
  public func waitForScreen(
    timeout: TimeInterval = 15, _ predicate: ([String]) -> Bool
  ) throws -> [String] {
    let deadline = Date().addingTimeInterval(timeout)
    var lines = try screen()
    while !predicate(lines) && Date() < deadline {
      usleep(50_000)
      lines = try screen()
    }
    return lines
  }

  /// Waits until some line contains `text`; returns whether it appeared.
  public func waitFor(_ text: String, timeout: TimeInterval = 15) throws -> Bool {
    try waitForScreen(timeout: timeout) { $0.contains { $0.contains(text) } }
      .contains { $0.contains(text) }
  }

  /// Kills the private tmux server; safe to call twice.
  public func close() {
    _ = try? tmux(["kill-server"])
  }

  @discardableResult
  private func tmux(_ arguments: [String]) throws -> Int32 {
    try ProcessHarness.run(["/usr/bin/tmux", "-L", socket] + arguments).status
  }

  private func tmuxOutput(_ arguments: [String]) throws -> String {
    try ProcessHarness.run(["/usr/bin/tmux", "-L", socket] + arguments).stdout
  }
}
