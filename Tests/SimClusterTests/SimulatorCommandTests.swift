import Foundation
import SimCluster
import TestSupport
import Testing

extension SimulatorTests {
  /// The `tokenplace-sim` executable's contract: serve's first lines, scenario, signals.
  @Suite("tokenplace-sim command", .serialized)
  struct SimulatorCommandTests {
    /// The built executable, next to the test bundle's build products.
    static let executable =
      URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().path + "/.build/debug/tokenplace-sim"

    @Test func servePrintsTheContractLinesAndSwitchesScenarios() throws {
      try #require(FileManager.default.isExecutableFile(atPath: Self.executable))
      let directory = NSTemporaryDirectory() + "sim-cli-" + UUID().uuidString
      try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
      defer { try? FileManager.default.removeItem(atPath: directory) }
      let kubeconfig = directory + "/kubeconfig"
      let serve = try SimProcess(
        Self.executable, ["serve", "--port", "0", "--kubeconfig", kubeconfig])
      defer { serve.stop() }
      let lines = SimHarness.poll { () -> [Substring]? in
        let lines = serve.output.split(separator: "\n")
        return lines.count >= 3 ? lines : nil
      }
      #expect(lines?[0].hasPrefix("api http://127.0.0.1:") == true, "\(serve.errors)")
      #expect(lines?[1].hasPrefix("relay http://127.0.0.1:") == true)
      #expect(lines?[1].hasSuffix("/healthz") == true)
      #expect(lines?[2] == "kubeconfig \(Substring(kubeconfig))")
      let switched = try SimProcess.run(
        Self.executable, ["scenario", "cert-failing", "--kubeconfig", kubeconfig])
      #expect(switched.status == 0)
      #expect(switched.output == "scenario cert-failing\n")
      let unknown = try SimProcess.run(
        Self.executable, ["scenario", "sunny", "--kubeconfig", kubeconfig])
      #expect(unknown.status == 2)
      #expect(unknown.errors.contains("valid scenarios: healthy, rolling-update"))
      let ended = serve.interrupt()
      #expect(ended.status == 0, "\(ended.errors)")
    }
  }
}
