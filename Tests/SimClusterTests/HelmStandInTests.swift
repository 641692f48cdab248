import Foundation
import SimCluster
import Testing

/// The stand-in against a running simulator, through its library entry and the real kubectl.
@Suite(.timeLimit(.minutes(2))) struct HelmStandInTests {
  static let image = "ghcr.io/democratizedspace/tokenplace-relay:"

  @Test func upgradeWritesADeployedRevisionAndRollsTheImage() throws {
    let cluster = try HelmTestCluster()
    let before = try cluster.history().count
    let result = cluster.upgrade([
      "--set", "image.tag=sha-abc1234", "--wait", "--timeout", "30s",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("NAMESPACE: tokenplace\nSTATUS: deployed\n"))
    #expect(result.stdout.contains("REVISION: \(before + 1)\n"))
    #expect(try cluster.deployedImage() == Self.image + "sha-abc1234")
    let status = try cluster.status()
    #expect(status["version"]?.int == before + 1)
    #expect(status["info"]?["status"]?.string == "deployed")
    #expect(
      status["config"]?.value(atPath: "image.tag")?.string == "sha-abc1234")
    #expect(status["chart"] == nil)
  }

  @Test func historyCallsTheRevisionRevisionAndSupersedesThePrevious() throws {
    let cluster = try HelmTestCluster()
    #expect(cluster.upgrade(["--set", "image.tag=sha-1111111"]).status == 0)
    #expect(
      cluster.upgrade([
        "--set", "image.tag=sha-2222222", "--description", "ship it",
      ]).status == 0)
    let history = try cluster.history()
    let last = try #require(history.last)
    let previous = try #require(history.dropLast().last)
    #expect(
      last["revision"]?.int
        == previous["revision"].flatMap(\.int).map { $0 + 1 })
    #expect(last["status"]?.string == "deployed")
    #expect(last["description"]?.string == "ship it")
    #expect(last["chart"]?.string == "tokenplace-relay-0.3.1")
    #expect(last["app_version"]?.string == "main")
    #expect(previous["status"]?.string == "superseded")
    #expect(
      history.allSatisfy { $0["updated"]?.string?.hasSuffix("Z") == true })
    let limited = runHelm(
      ["history", HelmTestCluster.release, "-o", "json", "--max", "1"]
        + cluster.common)
    #expect(try HelmValue(json: Data(limited.stdout.utf8)).array?.count == 1)
  }

  @Test func rollbackCopiesTheTargetConfigAndRollsTheImageBack() throws {
    let cluster = try HelmTestCluster()
    #expect(
      cluster.upgrade(["--set", "image.tag=sha-aaaaaaa", "--wait"]).status == 0)
    let target = try #require(try cluster.history().last?["revision"]?.int)
    #expect(
      cluster.upgrade(["--set", "image.tag=sha-bbbbbbb", "--wait"]).status == 0)
    let result = runHelm(
      ["rollback", HelmTestCluster.release, String(target), "--wait"]
        + cluster.common)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout == "Rollback was a success! Happy Helming!\n")
    let last = try #require(try cluster.history().last)
    #expect(last["revision"]?.int == target + 2)
    #expect(last["description"]?.string == "Rollback to \(target)")
    #expect(last["status"]?.string == "deployed")
    #expect(
      try cluster.status()["config"]?.value(atPath: "image.tag")?.string
        == "sha-aaaaaaa")
    #expect(try cluster.deployedImage() == Self.image + "sha-aaaaaaa")
  }

  @Test func anUnpullableTagFailsTheRevisionAtTheTimeout() throws {
    let cluster = try HelmTestCluster()
    let result = cluster.upgrade([
      "--set", "image.tag=sha-deadbee", "--wait", "--timeout", "1s",
    ])
    #expect(result.status == 1)
    #expect(result.stderr.hasSuffix(": context deadline exceeded\n"))
    let last = try #require(try cluster.history().last)
    #expect(last["status"]?.string == "failed")
    #expect(
      last["description"]?.string?.hasSuffix(
        "failed: context deadline exceeded") == true)
  }

  @Test func aPendingUpgradeRefusesTheNextUpgradeUntilRollback() throws {
    let cluster = try HelmTestCluster()
    #expect(cluster.upgrade(["--set", "image.tag=sha-ccccccc"]).status == 0)
    let stuck = try HelmTestCluster.leavePendingUpgrade(in: cluster)
    let refused = cluster.upgrade(["--set", "image.tag=sha-ddddddd"])
    #expect(refused.status == 1)
    #expect(
      refused.stderr
        == "Error: another operation (install/upgrade/rollback) is in progress\n"
    )
    let rolledBack = runHelm(
      ["rollback", HelmTestCluster.release] + cluster.common)
    #expect(rolledBack.status == 0, "\(rolledBack.stderr)")
    let history = try cluster.history()
    #expect(
      history.first { $0["revision"]?.int == stuck }?["status"]?.string
        == "superseded")
    #expect(cluster.upgrade(["--set", "image.tag=sha-ddddddd"]).status == 0)
  }

  @Test func setValuesAreDroppedUnlessReused() throws {
    let cluster = try HelmTestCluster()
    #expect(
      cluster.upgrade(["--set", "image.tag=sha-1234567,logLevel=debug"]).status
        == 0)
    #expect(cluster.upgrade(["--set", "image.tag=sha-7654321"]).status == 0)
    #expect(try cluster.status()["config"]?["logLevel"] == nil)
    #expect(cluster.upgrade(["--set", "logLevel=debug"]).status == 0)
    #expect(
      cluster.upgrade(["--reuse-values", "--set", "image.tag=sha-abcdef0"])
        .status == 0)
    let config = try #require(try cluster.status()["config"])
    #expect(config["logLevel"] == .string("debug"))
    #expect(config.value(atPath: "image.tag") == .string("sha-abcdef0"))
    let values = runHelm(
      ["get", "values", HelmTestCluster.release, "-o", "json"] + cluster.common)
    #expect(try HelmValue(json: Data(values.stdout.utf8)) == config)
    let all = runHelm(
      ["get", "values", HelmTestCluster.release, "-o", "json", "--all"]
        + cluster.common)
    let computed = try HelmValue(json: Data(all.stdout.utf8))
    #expect(
      computed.value(atPath: "image.repository")?.string
        == "ghcr.io/democratizedspace/tokenplace-relay")
  }

  @Test func valuesFilesApplyInOrderBeforeSet() throws {
    let cluster = try HelmTestCluster()
    let first = cluster.directory + "/one.yaml"
    let second = cluster.directory + "/two.yaml"
    try "image:\n  tag: sha-1111111\nreplicaCount: 1\n".write(
      toFile: first, atomically: true, encoding: .utf8)
    try "image:\n  tag: sha-2222222  # wins over one.yaml\n".write(
      toFile: second, atomically: true, encoding: .utf8)
    #expect(
      cluster.upgrade(["-f", first, "--values", second, "--wait"]).status == 0)
    #expect(try cluster.deployedImage() == Self.image + "sha-2222222")
    #expect(
      cluster.upgrade([
        "-f", first, "-f", second, "--set", "image.tag=sha-3333333",
      ]).status == 0)
    #expect(
      try cluster.status()["config"]?.value(atPath: "image.tag")
        == .string("sha-3333333"))
  }

  @Test func readsTheKubeconfigFromTheEnvironment() throws {
    let cluster = try HelmTestCluster()
    _ = cluster.upgrade([])
    let result = runHelm(
      [
        "status", HelmTestCluster.release, "-n", HelmTestCluster.namespace,
        "-o", "json",
      ],
      environment: ["KUBECONFIG": cluster.kubeconfig])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      try HelmValue(json: Data(result.stdout.utf8))["namespace"]?.string
        == "tokenplace")
  }

  @Test func statusOfAMissingReleaseSaysNotFound() throws {
    let cluster = try HelmTestCluster()
    let result = runHelm(["status", "no-such-release"] + cluster.common)
    #expect(result.status == 1)
    #expect(result.stderr == "Error: release: not found\n")
  }

  @Test func installsWhenNoRevisionExistsAndOnlyWithInstall() throws {
    let cluster = try HelmTestCluster()
    let deleted = try HelmProcess.run(
      "/usr/bin/env",
      [
        "kubectl", "--kubeconfig", cluster.kubeconfig, "-n",
        HelmTestCluster.namespace, "delete", "secrets", "-l",
        "owner=helm,name=\(HelmTestCluster.release)",
      ])
    #expect(deleted.status == 0, "\(deleted.stderr)")
    let plain = runHelm(
      ["upgrade", HelmTestCluster.release, cluster.chart] + cluster.common)
    #expect(plain.status == 1)
    #expect(plain.stderr == "Error: \"tokenplace-relay\" has no deployed releases\n")
    let result = cluster.upgrade(["--set", "image.tag=sha-5555555", "--wait"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stdout.hasPrefix(
        "Release \"tokenplace-relay\" does not exist. Installing it now.\n"))
    let history = try cluster.history()
    #expect(history.count == 1)
    #expect(history.first?["revision"]?.int == 1)
    #expect(history.first?["description"]?.string == "Install complete")
  }

  @Test func upgradesPruneTheOldestRevisionsBeyondHistoryMax() throws {
    let cluster = try HelmTestCluster()
    for tag in ["sha-1000001", "sha-1000002", "sha-1000003", "sha-1000004"] {
      let result = cluster.upgrade(
        ["--set", "image.tag=\(tag)", "--history-max", "3"])
      #expect(result.status == 0, "\(result.stderr)")
    }
    let history = try cluster.history()
    let revisions = history.compactMap { $0["revision"]?.int }
    #expect(revisions.count == 3)
    #expect(revisions == Array((revisions.last ?? 0) - 2...(revisions.last ?? 0)))
    #expect(history.last?["status"]?.string == "deployed")
  }
}
