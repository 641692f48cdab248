import Foundation
import TestSupport
import Testing

/// An operator whose RBAC role may not read one resource: that panel says
/// so, the rest of the screen and the verdict carry on.
@Suite(.serialized) struct PartialAccessTests {
  @Test func oneForbiddenResourceIsNamedAndTheRestStillWorks() throws {
    let harness = try SimHarness(scenario: .healthy)
    defer { harness.stop() }
    harness.simulator.setForbidden("events")
    let session = try DashboardScreenTests.dashboard(against: harness)
    defer { session.close() }
    #expect(try session.waitFor("forbidden: not allowed to list 'events'"))
    let screen = try session.waitForScreen { lines in
      lines.contains { $0.contains("1/1") && $0.contains("Running") }
        && lines.contains { $0.hasSuffix(" healthy") || $0.contains(" healthy ") }
    }
    #expect(screen.contains { $0.contains("1/1") && $0.contains("Running") })
    #expect(screen.contains { $0.trimmingCharacters(in: .whitespaces).hasSuffix("healthy") })
    #expect(screen.contains { $0.contains("forbidden: not allowed to list 'events'") })
    try session.send("q")
    #expect(try session.waitForExit() == 0)
  }
}
