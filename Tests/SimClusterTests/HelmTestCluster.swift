import Foundation
import SimCluster
import Testing

/// A running simulator with a kubeconfig and a chart on disk, for stand-in tests.
final class HelmTestCluster: Sendable {
  static let release = "tokenplace-relay"
  static let namespace = "tokenplace"

  let simulator: Simulator
  let directory: String
  let kubeconfig: String
  let chart: String

  /// Starts a simulator whose rollouts finish in well under a second.
  init() throws {
    let fast = SimTiming(
      tick: 0.05, scheduleDelay: 0.05, pullDelay: 0.1, readinessDelay: 0.2,
      terminationDelay: 0.1, crashDelay: 0.3, backOff: 0.3,
      logLinesPerSecond: 0.5)
    simulator = Simulator(timing: fast)
    directory = NSTemporaryDirectory() + "helm-test-" + UUID().uuidString
    kubeconfig = directory + "/kubeconfig"
    chart = directory + "/chart"
    try FileManager.default.createDirectory(
      atPath: chart + "/templates", withIntermediateDirectories: true)
    try HelmTestCluster.chartYAML.write(
      toFile: chart + "/Chart.yaml", atomically: true, encoding: .utf8)
    try HelmTestCluster.valuesYAML.write(
      toFile: chart + "/values.yaml", atomically: true, encoding: .utf8)
    _ = try simulator.start()
    try simulator.writeKubeconfig(to: kubeconfig)
  }

  deinit {
    simulator.stop()
    try? FileManager.default.removeItem(atPath: directory)
  }

  static let chartYAML = """
    apiVersion: v2
    name: tokenplace-relay
    description: token.place relay (test chart)
    type: application
    version: 0.3.1
    appVersion: "main"
    """

  static let valuesYAML = """
    image:
      repository: ghcr.io/democratizedspace/tokenplace-relay
      tag: ""
    replicaCount: 1
    """

  /// The flags every call needs: namespace and kubeconfig.
  var common: [String] {
    ["-n", HelmTestCluster.namespace, "--kubeconfig", kubeconfig]
  }

  /// `helm upgrade --install` of the test chart with `extra` flags, through the library entry.
  func upgrade(_ extra: [String]) -> (
    status: Int32, stdout: String, stderr: String
  ) {
    runHelm(
      ["upgrade", "--install", HelmTestCluster.release, chart] + common + extra)
  }

  /// `helm history -o json`, decoded; empty when the release does not exist yet.
  func history() throws -> [HelmValue] {
    let result = runHelm(
      ["history", HelmTestCluster.release, "-o", "json"] + common)
    if result.stderr == "Error: release: not found\n" { return [] }
    #expect(result.status == 0, "history failed: \(result.stderr)")
    return try HelmValue(json: Data(result.stdout.utf8)).array ?? []
  }

  /// `helm status -o json`, decoded.
  func status() throws -> HelmValue {
    let result = runHelm(
      ["status", HelmTestCluster.release, "-o", "json"] + common)
    #expect(result.status == 0, "status failed: \(result.stderr)")
    return try HelmValue(json: Data(result.stdout.utf8))
  }

  /// The Deployment's container image as the real kubectl reads it.
  func deployedImage() throws -> String {
    let result = try HelmProcess.run(
      "/usr/bin/env",
      [
        "kubectl", "--kubeconfig", kubeconfig, "-n", HelmTestCluster.namespace,
        "get",
        "deployment", HelmTestCluster.release, "-o",
        "jsonpath={.spec.template.spec.containers[0].image}",
      ])
    #expect(result.status == 0, "kubectl failed: \(result.stderr)")
    return result.stdout
  }

  /// Polls `condition` every 50 ms until it holds or `seconds` pass.
  static func eventually(within seconds: Double, _ condition: () throws -> Bool)
    rethrows -> Bool
  {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      if try condition() { return true }
      Thread.sleep(forTimeInterval: 0.05)
    }
    return try condition()
  }
}

extension HelmTestCluster {
  /// Stores a pending-upgrade revision through the API, as a helm killed mid-upgrade leaves
  /// it; returns its revision number.
  static func leavePendingUpgrade(in cluster: HelmTestCluster) throws -> Int {
    let client = KubeClient(
      config: try Kubeconfig.load(path: cluster.kubeconfig, context: nil))
    let revision = (try cluster.history().last?["revision"]?.int ?? 0) + 1
    let record = ReleaseRecord(
      name: release, namespace: namespace, revision: revision,
      status: .pendingUpgrade,
      chart: ChartMetadata(
        name: "tokenplace-relay", version: "0.3.1", appVersion: "main"),
      lastDeployed: Date(), description: "Preparing upgrade")
    let secret = try ReleaseCodec.secretObject(for: record, createdAt: Date())
    _ = try client.json(
      "POST", "/api/v1/namespaces/\(namespace)/secrets", body: secret)
    return revision
  }
}
