import Foundation
import TestSupport
import Testing

/// `tokenplace-dash --once`: one plain frame on stdout and the verdict as
/// the exit status, for scripts and `just tokenplace-status`.
@Suite(.serialized) struct OnceTests {
  static func once(_ arguments: [String]) throws -> ProcessHarness.Result {
    let binary = try BuiltProducts.path("tokenplace-dash")
    var environment = ProcessInfo.processInfo.environment
    environment["NO_COLOR"] = nil
    return try ProcessHarness.run(
      [binary, "--once"] + arguments, environment: environment, timeout: 60)
  }

  @Test(arguments: [
    ("healthy", Int32(0), "healthy"),
    ("crashloop", 1, "degraded: pods 0/1 ready (CrashLoopBackOff)"),
    ("relay-draining", 1, "degraded: relay draining"),
    ("cert-failing", 1, "degraded: certificate"),
  ])
  func verdictBecomesTheExitStatus(scenario: String, status: Int32, verdict: String) throws {
    let result = try Self.once(["--demo", scenario])
    #expect(result.status == status)
    #expect(result.stdout.contains(verdict))
    #expect(!result.stdout.contains("\u{1B}"))
  }

  @Test func anUnreachableClusterExitsTwoAndSaysWhy() throws {
    let kubeconfig = try TemporaryKubeconfig.closedPort()
    defer { kubeconfig.remove() }
    let result = try Self.once([
      "--kubeconfig", kubeconfig.path, "--health-url", "http://127.0.0.1:\(kubeconfig.port)/",
    ])
    #expect(result.status == 2)
    #expect(result.stdout.contains("connection refused"))
  }

  @Test func aMissingKubectlIsNamedWithTheFlagToFixIt() throws {
    let result = try Self.once(["--demo", "--kubectl", "/nonexistent/kubectl"])
    #expect(result.status == 2)
    #expect(result.stdout.contains("kubectl not found at '/nonexistent/kubectl'; pass --kubectl"))
  }

  @Test func aBadCommandLineExits64WithTheReason() throws {
    let result = try Self.once(["--local-port", "70000"])
    #expect(result.status == 64)
    #expect(
      result.stderr
        == "tokenplace-dash: invalid value '70000' for '--local-port':"
        + " expected a port from 1 to 65535\n")
  }

  @Test func withoutATerminalItSaysToUseOnce() throws {
    let binary = try BuiltProducts.path("tokenplace-dash")
    let result = try ProcessHarness.run([binary, "--demo"], timeout: 30)
    #expect(result.status == 70)
    #expect(
      result.stderr
        == "tokenplace-dash: standard input and output must be a terminal;"
        + " use --once for one plain-text frame\n")
  }
}
