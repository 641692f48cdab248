import Foundation
import SimCluster
import TestSupport
import Testing

extension SimulatorTests {
  /// kubectl logs against the simulated relay pods.
  @Suite("Simulator logs", .serialized)
  struct SimulatorLogsTests {
    @Test func tailGivesThatManyRelayLines() throws {
      let harness = try SimHarness()
      defer { harness.stop() }
      let result = try harness.kubectl(["logs", "deploy/tokenplace-relay", "--tail", "3"])
      let lines = result.output.split(separator: "\n")
      #expect(result.status == 0, "\(result.errors)")
      #expect(lines.count == 3)
      #expect(
        lines.allSatisfy { $0.hasPrefix("{\"timestamp\":") || $0.hasPrefix("10.42.0.1 - - [") })
    }

    @Test func followKeepsStreamingNewLines() throws {
      let harness = try SimHarness()
      defer { harness.stop() }
      harness.simulator.setLogRate(linesPerSecond: 20)
      let follow = try harness.kubectlStream([
        "logs", "-f", "deploy/tokenplace-relay", "--tail", "1",
      ])
      defer { follow.stop() }
      let lines = SimHarness.poll {
        let count = follow.output.split(separator: "\n").count
        return count >= 5 ? count : nil
      }
      #expect(lines != nil, "\(follow.errors)")
      #expect(follow.isRunning)
    }

    @Test func prefixLabelsEachPodsLines() throws {
      let harness = try SimHarness()
      defer { harness.stop() }
      let result = try harness.kubectl([
        "logs", "-l", "app.kubernetes.io/instance=tokenplace-relay", "--prefix", "--tail", "2",
      ])
      let lines = result.output.split(separator: "\n")
      #expect(lines.count == 2, "\(result.errors)")
      #expect(
        lines.allSatisfy { $0.hasPrefix("[pod/tokenplace-relay-") && $0.contains("/relay] ") })
    }

    @Test func previousWithoutRestartIsKubectlsBadRequest() throws {
      let harness = try SimHarness()
      defer { harness.stop() }
      let result = try harness.kubectl(["logs", "deploy/tokenplace-relay", "-p"])
      #expect(result.status == 1)
      #expect(result.errors.contains("previous terminated container \"relay\" in pod"))
    }
  }
}
