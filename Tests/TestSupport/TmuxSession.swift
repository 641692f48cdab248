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
  /// Where the wrapper writes the program's exit status when it ends.
  private let statusFile: String

  /// Runs `command` under `/bin/sh`, which waits for it and writes its exit
  /// status to `file`. The script is fixed text; the command travels as
  /// positional arguments and is never parsed by the shell.
  static func recordingExit(_ command: [String], to file: String) -> [String] {
    let script = "status_file=$1; shift; \"$@\"; echo $? > \"$status_file\""
    return ["/bin/sh", "-c", script, "sh", file] + command
  }

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
    statusFile =
      FileManager.default.temporaryDirectory
      .appendingPathComponent("\(socket).status").path
    let setup = [
      "-f", "/dev/null", "start-server", ";", "set-option", "-g", "remain-on-exit", "on", ";",
    ]
    try tmux(setup + arguments + ["--"] + TmuxSession.recordingExit(command, to: statusFile))
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
    guard let text = try? String(contentsOfFile: statusFile, encoding: .utf8) else { return nil }
    return Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
  }

  /// Waits until the program has ended; returns its exit status, or nil
  /// when it still runs after `timeout` seconds.
  public func waitForExit(timeout: TimeInterval = 10) throws -> Int32? {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      if let status = try exitStatus() { return status }
      usleep(50_000)
    }
    return try exitStatus()
  }

  /// Whether the program has switched the pane to the alternate screen, as
  /// full-screen programs do; false once it has given the terminal back.
  public func alternateScreen() throws -> Bool {
    try format("#{alternate_on}") == "1"
  }

  /// The pane's title, which programs set with OSC 0 or OSC 2 sequences.
  public func paneTitle() throws -> String {
    try format("#{pane_title}")
  }

  /// The process id of the program under test: the child of the pane's
  /// waiting shell.
  public func panePID() throws -> Int32? {
    guard let shell = Int32(try format("#{pane_pid}")) else { return nil }
    let path = "/proc/\(shell)/task/\(shell)/children"
    let children = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    return children.split(separator: " ").first.flatMap { Int32($0) }
  }

  private func format(_ format: String) throws -> String {
    try tmuxOutput(["display-message", "-p", "-t", name, format])
      .trimmingCharacters(in: .whitespacesAndNewlines)
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
    try? FileManager.default.removeItem(atPath: statusFile)
  }

  @discardableResult
  private func tmux(_ arguments: [String]) throws -> Int32 {
    try tmuxRun(arguments).status
  }

  private func tmuxOutput(_ arguments: [String]) throws -> String {
    try tmuxRun(arguments).stdout
  }

  /// Runs tmux with only PATH and HOME from the test's environment, so the
  /// server (and the program under test) inherit nothing else, NO_COLOR
  /// included, unless a test passes it.
  private func tmuxRun(_ arguments: [String]) throws -> ProcessHarness.Result {
    let inherited = ProcessInfo.processInfo.environment
    let base = ["PATH": inherited["PATH"] ?? "/usr/bin:/bin", "HOME": inherited["HOME"] ?? "/"]
    return try ProcessHarness.run(["/usr/bin/tmux", "-L", socket] + arguments, environment: base)
  }
}
