import Foundation
import SimCluster
import TestSupport
import Testing

extension SimulatorTests {
  /// kubectl set image, rollout restart and rollout status against the controllers.
  @Suite("Simulator rollouts", .serialized)
  struct SimulatorRolloutTests {
    static let image = "ghcr.io/democratizedspace/tokenplace-relay"

    @Test func setImageRollsOutAndStatusSaysSo() throws {
      let harness = try SimHarness()
      defer { harness.stop() }
      let set = try harness.kubectl([
        "set", "image", "deploy/tokenplace-relay", "relay=\(Self.image):sha-abcdef1",
      ])
      #expect(
        set.output.contains("deployment.apps/tokenplace-relay image updated"), "\(set.errors)")
      let status = try harness.kubectl([
        "rollout", "status", "deploy/tokenplace-relay", "--timeout", "30s",
      ])
      #expect(status.status == 0, "\(status.errors)")
      #expect(status.output.contains("deployment \"tokenplace-relay\" successfully rolled out"))
      let pods = try harness.kubectl([
        "get", "pods", "-o", "jsonpath={.items[*].spec.containers[0].image}",
      ])
      #expect(pods.output.contains("sha-abcdef1"))
    }

    @Test func scaleAddsAReadyPod() throws {
      let harness = try SimHarness()
      defer { harness.stop() }
      let scale = try harness.kubectl(["scale", "deploy/tokenplace-relay", "--replicas", "2"])
      #expect(scale.output.contains("deployment.apps/tokenplace-relay scaled"), "\(scale.errors)")
      let ready = try SimHarness.poll {
        let table = try harness.kubectl(["get", "deploy"]).output
        return table.contains("tokenplace-relay   2/2") ? true : nil
      }
      #expect(ready == true)
    }

    @Test func rolloutRestartMakesASecondReplicaSet() throws {
      let harness = try SimHarness()
      defer { harness.stop() }
      let restart = try harness.kubectl(["rollout", "restart", "deploy/tokenplace-relay"])
      #expect(restart.status == 0, "\(restart.errors)")
      let status = try harness.kubectl(["rollout", "status", "deploy/tokenplace-relay"])
      #expect(status.output.contains("successfully rolled out"), "\(status.errors)")
      let sets = try harness.kubectl(["get", "rs", "-o", "name"])
      #expect(sets.output.split(separator: "\n").count == 2)
    }

    @Test func stuckRolloutExceedsItsProgressDeadline() throws {
      var timing = SimHarness.fastTiming
      timing.progressDeadline = 2
      let harness = try SimHarness(timing: timing)
      defer { harness.stop() }
      _ = try harness.kubectl([
        "set", "image", "deploy/tokenplace-relay", "relay=\(Self.image):sha-deadbee",
      ])
      let status = try harness.kubectl(["rollout", "status", "deploy/tokenplace-relay"])
      #expect(status.status == 1)
      #expect(
        status.errors.contains(
          "error: deployment \"tokenplace-relay\" exceeded its progress deadline"))
      let reason = try harness.kubectl([
        "get", "deploy", "tokenplace-relay", "-o",
        "jsonpath={.status.conditions[?(@.type==\"Progressing\")].reason}",
      ])
      #expect(reason.output == "ProgressDeadlineExceeded")
    }

    @Test func undoReturnsToTheFirstReplicaSet() throws {
      let harness = try SimHarness()
      defer { harness.stop() }
      let first = try harness.kubectl(["get", "rs", "-o", "name"]).output
      _ = try harness.kubectl([
        "set", "image", "deploy/tokenplace-relay", "relay=\(Self.image):sha-1234567",
      ])
      _ = try harness.kubectl(["rollout", "status", "deploy/tokenplace-relay"])
      let undo = try harness.kubectl(["rollout", "undo", "deploy/tokenplace-relay"])
      #expect(
        undo.output.contains("deployment.apps/tokenplace-relay rolled back"), "\(undo.errors)")
      _ = try harness.kubectl(["rollout", "status", "deploy/tokenplace-relay"])
      let sets = try harness.kubectl([
        "get", "rs", "-o",
        "jsonpath={range .items[*]}{.metadata.name} {.spec.replicas}{\"\\n\"}{end}",
      ])
      #expect(sets.output.split(separator: "\n").count == 2)
      #expect(sets.output.contains("\(first.dropFirst("replicaset.apps/".count).dropLast()) 1"))
      let history = try harness.kubectl(["rollout", "history", "deploy/tokenplace-relay"])
      #expect(history.output.contains("3         <none>"), "\(history.errors)")
    }

    @Test func badTagEndsInImagePullBackOff() throws {
      let harness = try SimHarness()
      defer { harness.stop() }
      _ = try harness.kubectl([
        "set", "image", "deploy/tokenplace-relay", "relay=\(Self.image):sha-deadbee",
      ])
      let seen = try SimHarness.poll {
        let pods = try harness.kubectl(["get", "pods"]).output
        return pods.contains("ImagePullBackOff") ? pods : nil
      }
      #expect(seen?.contains("1/1     Running") == true, "the old pod keeps serving")
      let events = try harness.kubectl(["get", "events", "--field-selector", "type=Warning"])
      #expect(events.output.contains("Error: ErrImagePull"))
    }
  }
}
