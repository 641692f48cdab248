import Foundation
import SimCluster
import TestSupport
import Testing

extension SimulatorTests {
  /// The real kubectl reading the simulated namespace.
  @Suite("Simulator read by kubectl", .serialized)
  struct SimulatorKubectlTests {
    @Test func podsAsJSONCarryTheRelayImage() throws {
      let harness = try SimHarness()
      defer { harness.stop() }
      let result = try harness.kubectl(["get", "pods", "-o", "json"])
      #expect(result.status == 0, "\(result.errors)")
      let list = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
      let items = list?["items"] as? [[String: Any]] ?? []
      #expect(items.count == 1)
      #expect(result.output.contains("ghcr.io/democratizedspace/tokenplace-relay:main"))
      #expect(result.output.contains("\"phase\": \"Running\""))
    }

    @Test func plainGetPrintsThePodTable() throws {
      let harness = try SimHarness()
      defer { harness.stop() }
      let result = try harness.kubectl(["get", "pods"])
      let lines = result.output.split(separator: "\n")
      #expect(result.status == 0, "\(result.errors)")
      #expect(lines.first?.split(separator: " ") == ["NAME", "READY", "STATUS", "RESTARTS", "AGE"])
      #expect(lines.count == 2)
      #expect(lines.last?.contains("1/1     Running   0") == true)
    }

    @Test func ingressAndServiceShowTheStagingRoute() throws {
      let harness = try SimHarness()
      defer { harness.stop() }
      let result = try harness.kubectl(["get", "ingress,svc"])
      #expect(result.status == 0, "\(result.errors)")
      #expect(result.output.contains("ingress.networking.k8s.io/tokenplace-relay   traefik"))
      #expect(result.output.contains("staging.token.place   192.168.1.50"))
      #expect(result.output.contains("service/tokenplace-relay   ClusterIP"))
      #expect(result.output.contains("80/TCP"))
    }

    @Test func certificateIsReady() throws {
      let harness = try SimHarness()
      defer { harness.stop() }
      let result = try harness.kubectl(["get", "certificates"])
      #expect(result.status == 0, "\(result.errors)")
      #expect(
        result.output.contains(
          "staging-tokenplace-relay-tls   True    staging-tokenplace-relay-tls"))
    }

    @Test func missingPodIsKubectlsNotFound() throws {
      let harness = try SimHarness()
      defer { harness.stop() }
      let result = try harness.kubectl(["get", "pod", "nope"])
      #expect(result.status == 1)
      #expect(result.errors.contains("Error from server (NotFound): pods \"nope\" not found"))
    }

    @Test func withoutCertManagerKubectlLacksTheResourceType() throws {
      let harness = try SimHarness(certManagerInstalled: false)
      defer { harness.stop() }
      let result = try harness.kubectl(["get", "certificates"])
      #expect(result.status == 1)
      #expect(result.errors.contains("the server doesn't have a resource type \"certificates\""))
    }

    @Test func watchSeesAddedThenModified() throws {
      let harness = try SimHarness()
      defer { harness.stop() }
      let watch = try harness.kubectlStream([
        "get", "deployments", "--watch", "--output-watch-events", "-o", "json",
      ])
      defer { watch.stop() }
      let added = SimHarness.poll { watch.output.contains("\"type\":\"ADDED\"") ? true : nil }
      #expect(added == true, "\(watch.errors)")
      let restart = try harness.kubectl(["rollout", "restart", "deploy/tokenplace-relay"])
      #expect(restart.output.contains("deployment.apps/tokenplace-relay restarted"))
      let modified = SimHarness.poll { watch.output.contains("\"type\":\"MODIFIED\"") ? true : nil }
      #expect(modified == true, "\(watch.output)")
    }

    @Test func protobufBodiesAreRefusedByName() throws {
      let harness = try SimHarness()
      defer { harness.stop() }
      let result = try harness.kubectl(["create", "secret", "generic", "s", "--from-literal=a=b"])
      #expect(result.status == 1)
      #expect(
        result.errors.contains(
          "the simulated API server does not read application/vnd.kubernetes.protobuf"))
    }

    @Test func forbiddenNamespaceIsKubectlsForbidden() throws {
      let harness = try SimHarness()
      defer { harness.stop() }
      let result = try harness.kubectl(["-n", "kube-system", "get", "pods"])
      #expect(result.status == 1)
      #expect(result.errors.contains("Error from server (Forbidden): pods is forbidden"))
    }
  }
}
