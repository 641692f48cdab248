import Foundation
import TestSupport
import Testing

@testable import SimCluster

extension SimulatorTests {
  /// Scenarios switched while the simulator runs, seen through kubectl and HTTP.
  @Suite("Simulator scenarios", .serialized)
  struct SimulatorScenarioTests {
    @Test func crashloopGrowsRestartsWithErrorExits() throws {
      let harness = try SimHarness()
      defer { harness.stop() }
      harness.simulator.setScenario(.crashloop)
      let table = try SimHarness.poll {
        let pods = try harness.kubectl(["get", "pods"]).output
        return pods.contains("CrashLoopBackOff") ? pods : nil
      }
      #expect(table != nil)
      let json = try harness.kubectl(["get", "pods", "-o", "json"]).output
      #expect(json.contains("\"reason\": \"Error\""))
      #expect(json.contains("\"exitCode\": 1"))
      let unreachable = try SimHarness.poll {
        let reply = try ControlClient.request(
          method: "GET", port: harness.endpoints.relayPort, path: "/healthz")
        return reply.hasPrefix("HTTP/1.1 503") ? reply : nil
      }
      #expect(unreachable?.hasSuffix("\r\n\r\nno available server") == true)
      let previous = try harness.kubectl(["logs", "deploy/tokenplace-relay", "-p", "--tail", "2"])
      #expect(previous.output.contains("relay.startup_failed"), "\(previous.errors)")
    }

    @Test func rollingUpdateEndsWithThreeNewPods() throws {
      let harness = try SimHarness()
      defer { harness.stop() }
      harness.simulator.setScenario(.rollingUpdate)
      let status = try harness.kubectl(["rollout", "status", "deploy/tokenplace-relay"])
      #expect(status.output.contains("Waiting for deployment \"tokenplace-relay\" rollout"))
      #expect(status.output.contains("successfully rolled out"), "\(status.errors)")
      let images = try harness.kubectl([
        "get", "pods", "-o", "jsonpath={.items[*].spec.containers[0].image}",
      ])
      #expect(images.output.split(separator: " ").filter { $0.contains(":sha-") }.count == 3)
    }

    @Test func certFailingCarriesTheACMERateLimit() throws {
      let harness = try SimHarness()
      defer { harness.stop() }
      harness.simulator.setScenario(.certFailing)
      let table = try harness.kubectl(["get", "certificates"])
      #expect(table.output.contains("staging-tokenplace-relay-tls   False"))
      let json = try harness.kubectl([
        "get", "certificate", "staging-tokenplace-relay-tls", "-o", "json",
      ])
      #expect(json.output.contains("urn:ietf:params:acme:error:rateLimited"))
      #expect(json.output.contains("\"reason\": \"Failed\""))
    }

    @Test func certExpiringHasTwoDaysLeft() throws {
      let harness = try SimHarness()
      defer { harness.stop() }
      harness.simulator.setScenario(.certExpiring)
      let result = try harness.kubectl([
        "get", "certificate", "staging-tokenplace-relay-tls", "-o", "jsonpath={.status.notAfter}",
      ])
      let notAfter = try #require(SimTime.parse(result.output))
      #expect(
        Int(notAfter.timeIntervalSinceNow / 86400) == 1
          || Int(notAfter.timeIntervalSinceNow / 86400) == 2)
    }

    @Test func relayDrainingAnswers503WithRetryAfter() throws {
      let harness = try SimHarness()
      defer { harness.stop() }
      let healthy = try ControlClient.request(
        method: "GET", port: harness.endpoints.relayPort, path: "/healthz")
      #expect(healthy.hasPrefix("HTTP/1.1 200 OK"))
      #expect(healthy.contains("\"server_public_key\":\"MIIBIjAN"))
      harness.simulator.setScenario(.relayDraining)
      let draining = try ControlClient.request(
        method: "GET", port: harness.endpoints.relayPort, path: "/healthz")
      #expect(draining.hasPrefix("HTTP/1.1 503 Service Unavailable"))
      #expect(draining.contains("Retry-After: 0\r\n"))
      #expect(draining.contains("\"status\":\"draining\""))
      let meta = try ControlClient.request(
        method: "GET", port: harness.endpoints.relayPort, path: "/api/v1/meta")
      #expect(meta.contains("\"label\":\"staging main\""))
      let alive = try ControlClient.request(
        method: "GET", port: harness.endpoints.relayPort, path: "/livez")
      #expect(alive.hasSuffix("{\"status\":\"alive\"}"))
    }

    @Test func apiDownRefusesUntilSwitchedBackThroughTheControlPort() throws {
      let harness = try SimHarness()
      defer { harness.stop() }
      let down = try ControlClient.switchScenario("api-down", kubeconfig: harness.kubeconfig)
      #expect(down == .apiDown)
      let refused = try harness.kubectl(["get", "pods"])
      #expect(refused.status == 1)
      #expect(refused.errors.contains("connection refused"))
      let back = try ControlClient.switchScenario("healthy", kubeconfig: harness.kubeconfig)
      #expect(back == .healthy)
      #expect(try harness.kubectl(["get", "pods"]).status == 0)
    }

    @Test func apiFlakyFailsEveryThirdRequest() throws {
      let harness = try SimHarness(scenario: .apiFlaky)
      defer { harness.stop() }
      let replies = try (0..<6).map { _ in
        try ControlClient.request(
          method: "GET", port: harness.endpoints.apiPort, path: "/api/v1/namespaces/tokenplace/pods"
        )
      }
      let failures = replies.filter { $0.hasPrefix("HTTP/1.1 500") || $0.hasPrefix("HTTP/1.1 503") }
      #expect(failures.count == 2)
      #expect(failures.allSatisfy { $0.contains("\"kind\":\"Status\"") })
    }

    @Test func apiFlakyCutsWatches() throws {
      let harness = try SimHarness()
      defer { harness.stop() }
      harness.simulator.setScenario(.apiFlaky)
      let fd = try Syscalls.connect(port: harness.endpoints.apiPort)
      defer { Syscalls.close(fd: fd) }
      let request =
        "GET /api/v1/namespaces/tokenplace/pods?watch=true HTTP/1.1\r\nHost: sim\r\n\r\n"
      #expect(Syscalls.write(fd: fd, bytes: Array(request.utf8)))
      var text = ""
      let ended = SimHarness.poll { () -> Bool? in
        var buffer = [UInt8](repeating: 0, count: 65_536)
        guard Syscalls.readable(fd: fd, milliseconds: 0) else { return nil }
        let count = Syscalls.read(fd: fd, into: &buffer)
        text += String(decoding: buffer[..<max(0, count)], as: UTF8.self)
        return text.hasSuffix("\r\n0\r\n\r\n") || count <= 0 ? true : nil
      }
      #expect(ended == true)
      #expect(text.hasPrefix("HTTP/1.1 200 OK") || text.hasPrefix("HTTP/1.1 50"))
    }

    @Test func slowAPIHoldsTheReplyBack() throws {
      let harness = try SimHarness(scenario: .slowAPI)
      defer { harness.stop() }
      let fd = try Syscalls.connect(port: harness.endpoints.apiPort)
      defer { Syscalls.close(fd: fd) }
      #expect(Syscalls.write(fd: fd, bytes: Array("GET /version HTTP/1.1\r\n\r\n".utf8)))
      #expect(!Syscalls.readable(fd: fd, milliseconds: 0))
      let answered = SimHarness.poll { Syscalls.readable(fd: fd, milliseconds: 0) ? true : nil }
      #expect(answered == true)
    }

    @Test func unknownScenarioListsTheValidOnes() {
      #expect(throws: SimError.unknownScenario("sunny")) { try Scenario.named("sunny") }
      #expect(
        SimError.unknownScenario("sunny").description
          == "unknown scenario 'sunny'; valid scenarios: healthy, rolling-update, crashloop,"
          + " image-pull-backoff, cert-failing, cert-expiring, relay-draining, api-flaky, api-down,"
          + " slow-api, many-pods")
    }
  }
}
