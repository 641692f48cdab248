import Foundation
import SimCluster
import Testing

/// The built `tokenplace-sim helm` binary against a running simulator, as scripts call it.
@Suite(.timeLimit(.minutes(2))) struct HelmBinaryTests {
  /// Runs `tokenplace-sim helm ARGS`.
  static func helm(_ arguments: [String]) throws -> (
    status: Int32, stdout: String, stderr: String
  ) {
    try HelmProcess.run(HelmProcess.simBinary, ["helm"] + arguments)
  }

  @Test func upgradeStatusAndHistoryThroughTheBinary() throws {
    let cluster = try HelmTestCluster()
    let upgrade = try Self.helm(
      [
        "upgrade", "--install", HelmTestCluster.release, cluster.chart, "--set",
        "image.tag=sha-0badc0de", "--wait", "--timeout", "30s",
      ] + cluster.common)
    #expect(upgrade.status == 0, "\(upgrade.stderr)")
    #expect(upgrade.stdout.contains("NAME: tokenplace-relay\nLAST DEPLOYED: "))
    let status = try Self.helm(
      ["status", HelmTestCluster.release, "-o", "json"] + cluster.common)
    let json = try SimJSON(json: Data(status.stdout.utf8))
    #expect(json["info"]["status"].string == "deployed")
    let history = try Self.helm(
      ["history", HelmTestCluster.release, "-o", "json"] + cluster.common)
    let last = try SimJSON(json: Data(history.stdout.utf8)).array?.last
    #expect(last?["revision"] == json["version"])
    #expect(try cluster.deployedImage().hasSuffix(":sha-0badc0de"))
  }

  @Test func unknownFlagExitsOneWithHelmsMessage() throws {
    let result = try Self.helm(["status", "tokenplace-relay", "--bogus"])
    #expect(result.status == 1)
    #expect(result.stderr == "Error: unknown flag: --bogus\n")
  }

  @Test func versionNamesTheStandIn() throws {
    let result = try Self.helm(["version"])
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("tokenplace-sim helm stand-in"))
  }

  @Test func aKilledUpgradeLeavesPendingUpgradeAndBlocksTheNext() throws {
    let cluster = try HelmTestCluster()
    let child = HelmProcess.start(
      HelmProcess.simBinary,
      [
        "helm", "upgrade", "--install", HelmTestCluster.release, cluster.chart,
        "--set",
        "image.tag=sha-deadbee", "--wait", "--timeout", "5m",
      ] + cluster.common)
    try child.process.run()
    let pending = try HelmTestCluster.eventually(within: 60) {
      try cluster.history().last?["status"].string == "pending-upgrade"
        || cluster.history().last?["status"].string == "pending-install"
    }
    kill(child.process.processIdentifier, SIGKILL)
    child.process.waitUntilExit()
    #expect(pending)
    let refused = try Self.helm(
      ["upgrade", "--install", HelmTestCluster.release, cluster.chart]
        + cluster.common)
    #expect(refused.status == 1)
    #expect(
      refused.stderr
        == "Error: another operation (install/upgrade/rollback) is in progress\n"
    )
  }
}
