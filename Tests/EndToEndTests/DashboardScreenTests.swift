import Foundation
import TestSupport
import Testing

/// The built `tokenplace-dash` in a real terminal (tmux), reading the
/// simulated cluster with the real kubectl, driven by key presses.
@Suite(.serialized) struct DashboardScreenTests {
  /// A UTF-8 locale, so the Unicode glyph set is in use unless a test says otherwise.
  static let utf8 = ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TERM": "screen"]

  static func dashboard(
    _ arguments: [String], width: Int = 80, height: Int = 24,
    environment: [String: String] = utf8
  ) throws -> TmuxSession {
    let binary = try BuiltProducts.path("tokenplace-dash")
    return try TmuxSession(
      command: [binary] + arguments, width: width, height: height, environment: environment)
  }

  /// The dashboard at 120x40, reading a simulator the test started itself
  /// (so the test can change the cluster underneath it).
  static func dashboard(against harness: SimHarness) throws -> TmuxSession {
    try dashboard(
      [
        "--kubeconfig", harness.kubeconfig, "--health-url", harness.endpoints.relayHealthURL,
      ], width: 120, height: 40)
  }

  @Test func demoShowsTheBrokenLinkAndQuitGivesTheTerminalBack() throws {
    let session = try Self.dashboard(["--demo", "crashloop"])
    defer { session.close() }
    #expect(try session.waitFor("degraded: pods 0/1 ready (CrashLoopBackOff)"))
    #expect(try session.alternateScreen() == true)
    try session.send("?")
    #expect(try session.waitFor("Quit and give the terminal back"))
    try session.send("Escape")
    #expect(try session.waitForScreen { !$0.joined().contains("Quit and give") }.count > 0)
    try session.send("q")
    #expect(try session.waitForExit() == 0)
    #expect(try session.alternateScreen() == false)
  }

  @Test func enterOpensThePodDetailAndEscGoesBack() throws {
    let session = try Self.dashboard(["--demo", "crashloop"], width: 120, height: 40)
    defer { session.close() }
    #expect(try session.waitFor("CrashLoopBackOff"))
    try session.send("Enter")
    #expect(try session.waitFor("last state"))
    #expect(try session.waitFor("terminated: Error"))
    try session.send("Escape")
    #expect(try session.waitFor("Warning events"))
    try session.send("C-c")
    #expect(try session.waitForExit() == 0)
  }

  @Test func survivesATinyTerminalAndComesBack() throws {
    let session = try Self.dashboard(["--demo"])
    defer { session.close() }
    #expect(try session.waitFor("healthy"))
    try session.resize(width: 1, height: 1)
    usleep(300_000)
    try session.resize(width: 30, height: 8)
    #expect(try session.waitFor("too small"))
    try session.resize(width: 80, height: 24)
    #expect(try session.waitFor("Pods"))
    try session.send("q")
    #expect(try session.waitForExit() == 0)
  }

  @Test func asciiAndNoColourWhereTheTerminalAsksForThem() throws {
    let plain = ["LANG": "C", "LC_ALL": "C", "TERM": "screen", "NO_COLOR": "1"]
    let session = try Self.dashboard(["--demo", "crashloop"], environment: plain)
    defer { session.close() }
    #expect(try session.waitFor("CrashLoopBackOff"))
    let screen = try session.screen().joined(separator: "\n")
    let isASCII = screen.unicodeScalars.allSatisfy { $0.isASCII }
    #expect(isASCII)
    let styled = try session.styledScreen()
    let colourCodes = ["[31m", "[32m", "[33m", "[34m", "[36m", ";31m", ";32m", ";33m"]
    #expect(!colourCodes.contains { styled.contains($0) })
    try session.send("q")
    #expect(try session.waitForExit() == 0)
  }

  @Test func coloursTellTheAlarm() throws {
    let session = try Self.dashboard(["--demo", "crashloop"])
    defer { session.close() }
    #expect(try session.waitFor("CrashLoopBackOff"))
    let styled = try session.styledScreen()
    #expect(styled.contains("31m"))
    try session.send("q")
    #expect(try session.waitForExit() == 0)
  }

  @Test func anUnreachableClusterIsNamedAndKeysStillWork() throws {
    let kubeconfig = try TemporaryKubeconfig.closedPort()
    defer { kubeconfig.remove() }
    let session = try Self.dashboard([
      "--kubeconfig", kubeconfig.path, "--health-url", "http://127.0.0.1:\(kubeconfig.port)/",
    ])
    defer { session.close() }
    #expect(try session.waitFor("connection refused"))
    try session.send("?")
    #expect(try session.waitFor("Quit and give the terminal back", timeout: 2))
    try session.send("q")
    #expect(try session.waitForExit() == 0)
  }

  @Test func aSlowAPIDoesNotSlowTheKeys() throws {
    let session = try Self.dashboard(["--demo", "slow-api"])
    defer { session.close() }
    #expect(try session.waitFor("waiting"))
    let pressed = Date()
    try session.send("?")
    #expect(try session.waitFor("Quit and give the terminal back", timeout: 2))
    #expect(Date().timeIntervalSince(pressed) < 2)
    try session.send("q")
    #expect(try session.waitForExit(timeout: 10) == 0)
  }

  @Test(arguments: [("TERM", 143), ("HUP", 129)])
  func aSignalEndsItAndRestoresTheTerminal(signal: String, status: Int32) throws {
    let session = try Self.dashboard(["--demo"])
    defer { session.close() }
    #expect(try session.waitFor("Pods"))
    let pid = try #require(try session.panePID())
    _ = try ProcessHarness.run(["/bin/kill", "-\(signal)", String(pid)])
    #expect(try session.waitForExit(timeout: 10) == status)
    #expect(try session.alternateScreen() == false)
  }

  /// The ssh session drops: the terminal goes away. The dashboard must end
  /// and take its kubectl watches with it, not keep running unseen.
  @Test func closingTheTerminalEndsItAndItsChildren() throws {
    let session = try Self.dashboard(["--demo"])
    defer { session.close() }
    #expect(try session.waitFor("Pods"))
    let pid = try #require(try session.panePID())
    let marker = "tokenplace-dash-demo-\(pid)"
    let watching = Self.poll(seconds: 10) {
      SourcesProcessTable.commandLines().contains { $0.contains(marker) && $0.contains("--watch") }
    }
    #expect(watching)
    session.close()
    #expect(Self.poll(seconds: 10) { SourcesProcessTable.isDead(pid) })
    _ = Self.poll(seconds: 5) {
      !SourcesProcessTable.commandLines().contains { $0.contains(marker) }
    }
    let leftovers = SourcesProcessTable.commandLines().filter { $0.contains(marker) }
    #expect(leftovers.isEmpty)
  }

  /// Polls `condition` every 50 ms until it holds or `seconds` pass.
  static func poll(seconds: TimeInterval, _ condition: () -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while !condition() {
      guard Date() < deadline else { return false }
      usleep(50_000)
    }
    return true
  }
}
