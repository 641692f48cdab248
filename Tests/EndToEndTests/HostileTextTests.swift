import Foundation
import TestSupport
import Testing

/// Text from the cluster is data, never terminal commands: an Event whose
/// message carries escape sequences reaches the real terminal escaped.
@Suite(.serialized) struct HostileTextTests {
  /// Sets the window title (OSC 0), turns text red (CSI), rings the bell.
  static let hostile = "pwn\u{1B}]0;PWNED\u{07}\u{1B}[31mred\u{1B}[0m\u{07}done"

  @Test func anEventMessageWithEscapeSequencesIsShownEscaped() throws {
    let harness = try SimHarness(scenario: .healthy)
    defer { harness.stop() }
    try postWarningEvent(to: harness, message: Self.hostile)
    let session = try DashboardScreenTests.dashboard(against: harness)
    defer { session.close() }
    #expect(try session.waitFor("pwn"))
    let screen = try session.screen().joined(separator: "\n")
    #expect(screen.contains("pwn^[]0;PWNED^G^[[31mred"))
    #expect(!screen.contains("\u{1B}"))
    #expect(try session.paneTitle() != "PWNED")
    try session.send("q")
    #expect(try session.waitForExit() == 0)
  }

  /// Creates a Warning Event in the simulated namespace through its API.
  private func postWarningEvent(to harness: SimHarness, message: String) throws {
    let event: [String: Any] = [
      "apiVersion": "v1", "kind": "Event",
      "metadata": ["name": "tokenplace-relay.hostile", "namespace": "tokenplace"],
      "type": "Warning", "reason": "Hostile", "message": message, "count": 1,
      "involvedObject": ["kind": "Pod", "name": "tokenplace-relay-x", "namespace": "tokenplace"],
      "lastTimestamp": ISO8601DateFormatter().string(from: Date()),
    ]
    let body = FileManager.default.temporaryDirectory
      .appendingPathComponent("hostile-event-\(UUID().uuidString).json")
    defer { try? FileManager.default.removeItem(at: body) }
    try JSONSerialization.data(withJSONObject: event).write(to: body)
    let result = try ProcessHarness.run([
      "/usr/bin/curl", "-sS", "-o", "/dev/null", "-w", "%{http_code}", "-X", "POST",
      "-H", "Content-Type: application/json", "--data-binary", "@" + body.path,
      harness.endpoints.apiURL + "/api/v1/namespaces/tokenplace/events",
    ])
    #expect(result.stdout == "201", "creating the event: \(result.stderr)")
  }
}
