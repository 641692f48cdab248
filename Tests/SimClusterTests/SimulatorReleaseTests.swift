import Foundation
import SimCluster
import TestSupport
import Testing

extension SimulatorTests {
  /// The seeded helm release, read by kubectl and by Helm's own Go engine.
  @Suite("Simulator release secrets", .serialized)
  struct SimulatorReleaseTests {
    /// The repository root, three levels above this file.
    static let root = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    @Test func kubectlSeesRevisionOneLabelledByHelm() throws {
      let harness = try SimHarness()
      defer { harness.stop() }
      let result = try harness.kubectl(["get", "secrets", "-l", "owner=helm,status=deployed"])
      #expect(result.status == 0, "\(result.errors)")
      #expect(result.output.contains("sh.helm.release.v1.tokenplace-relay.v1   helm.sh/release.v1"))
    }

    @Test func helmsEngineListsTheSeededHistory() throws {
      let python = Self.root + "/.venv/bin/python"
      try #require(
        FileManager.default.isExecutableFile(atPath: python),
        "no \(python): run tools/bootstrap to install helm-python-sdk")
      let harness = try SimHarness()
      defer { harness.stop() }
      let script = """
        import sys
        from helm_python.config import Config
        config = Config(kubeconfig_path=sys.argv[1], namespace="tokenplace")
        for entry in config.history("tokenplace-relay"):
            print(entry["revision"], entry["status"], entry["chart_name"], entry["app_version"])
        """
      let result = try SimProcess.run(python, ["-c", script, harness.kubeconfig])
      #expect(result.status == 0, "\(result.errors)")
      #expect(result.output == "1 deployed tokenplace-relay main\n")
    }
  }
}
