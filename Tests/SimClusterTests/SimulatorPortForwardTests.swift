import Foundation
import TestSupport
import Testing

@testable import SimCluster

extension SimulatorTests {
  /// The real kubectl port-forwarding to the simulated relay, over SPDY/3.1.
  @Suite("Simulator port-forward", .serialized)
  struct SimulatorPortForwardTests {
    @Test func forwardedPortAnswersTheRelayHealthTwiceThenGivesBackDescriptors() throws {
      let harness = try SimHarness()
      defer { harness.stop() }
      let direct = try #require(Self.get("/healthz", port: harness.endpoints.relayPort)?.json)
      _ = try Self.podName(harness)
      let idle = SimHarness.poll { harness.simulator.diagnostics.connections == 0 ? true : nil }
      #expect(idle == true)
      let baseline = Simulator.openDescriptorCount()
      try Self.forwardTwice(harness, expecting: Set(direct.keys))
      let settled = SimHarness.poll {
        Simulator.openDescriptorCount() <= baseline
          && harness.simulator.diagnostics.connections == 0 ? true : nil
      }
      #expect(settled == true, "descriptors \(Simulator.openDescriptorCount()) > \(baseline)")
    }

    /// Runs `kubectl port-forward svc/tokenplace-relay :80`, GETs /healthz through it on
    /// two connections, and terminates kubectl.
    static func forwardTwice(_ harness: SimHarness, expecting keys: Set<String>) throws {
      let forward = try harness.kubectlStream([
        "-n", "tokenplace", "port-forward", "svc/tokenplace-relay", ":80",
      ])
      defer { forward.stop() }
      let port = try #require(Self.localPort(of: forward), "\(forward.errors)")
      for _ in 0..<2 {
        let reply = try #require(Self.get("/healthz", port: port), "\(forward.errors)")
        #expect(reply.head.hasPrefix("HTTP/1.1 200 OK"))
        let body = try #require(reply.json)
        #expect(body["status"] as? String == "ok")
        #expect(Set(body.keys) == keys)
      }
      #expect(forward.output.components(separatedBy: "Handling connection for").count == 3)
    }

    @Test func bareSPDYClientGetsPingEchoedStreamsProxiedAndGoAwayHonoured() throws {
      let harness = try SimHarness()
      defer { harness.stop() }
      let pod = try Self.podName(harness)
      let client = try #require(try SPDYTestClient(port: harness.endpoints.apiPort, pod: pod))
      #expect(client.send(.ping(id: 7)))
      #expect(try client.next() == .ping(id: 7))
      #expect(try client.open(1, type: "error", port: 5010, request: 0))
      #expect(try client.open(3, type: "data", port: 5010, request: 0))
      let get = "GET /livez HTTP/1.1\r\nHost: relay\r\nConnection: close\r\n\r\n"
      #expect(client.send(.data(streamID: 3, fin: true, payload: Array(get.utf8))))
      var replies: Set<UInt32> = []
      var finished: Set<UInt32> = []
      var received: [UInt8] = []
      while finished.count < 2, let frame = try client.next() {
        switch frame {
        case .synReply(let id, _, _): replies.insert(id)
        case .data(let id, let fin, let payload):
          if id == 3 { received += payload }
          if fin { finished.insert(id) }
        default: Issue.record("unexpected \(frame)")
        }
      }
      #expect(replies == [1, 3])
      #expect(finished == [1, 3])
      let text = String(decoding: received, as: UTF8.self)
      #expect(text.hasPrefix("HTTP/1.1 200 OK"))
      #expect(text.hasSuffix("{\"status\":\"alive\"}"))
      #expect(client.send(.goAway(lastStreamID: 3, status: 0)))
      #expect(client.closedByServer())
    }

    @Test func portThePodDoesNotServeIsReportedOnTheErrorStream() throws {
      let harness = try SimHarness()
      defer { harness.stop() }
      let pod = try Self.podName(harness)
      let forward = try harness.kubectlStream(["port-forward", "pod/" + pod, ":5011"])
      defer { forward.stop() }
      let port = try #require(Self.localPort(of: forward, remote: 5011), "\(forward.errors)")
      _ = Self.get("/healthz", port: port)
      let reported = SimHarness.poll {
        forward.errors.contains(
          "error forwarding port 5011 to pod \(pod): nothing listens on port 5011"
            + " (the simulated relay serves port 5010 only)") ? true : nil
      }
      #expect(reported == true, "\(forward.errors)")
    }

    @Test func webSocketUpgradeIsRefusedSoKubectlFallsBackToSPDY() throws {
      let harness = try SimHarness()
      defer { harness.stop() }
      let pod = try Self.podName(harness)
      let reply = try #require(
        Self.get(
          "/api/v1/namespaces/tokenplace/pods/\(pod)/portforward", port: harness.endpoints.apiPort,
          headers: "Connection: Upgrade\r\nUpgrade: websocket\r\n"))
      #expect(reply.head.hasPrefix("HTTP/1.1 400 Bad Request"))
      #expect(
        reply.json?["message"] as? String
          == "unable to upgrade connection: the simulated API server speaks SPDY/3.1 only,"
          + " not 'websocket'")
    }

    @Test func unknownSubresourceIsNotFoundLikeARealAPIServer() throws {
      let harness = try SimHarness()
      defer { harness.stop() }
      let pod = try Self.podName(harness)
      let result = try harness.kubectl([
        "get", "--raw", "/api/v1/namespaces/tokenplace/pods/\(pod)/attachments",
      ])
      #expect(result.status == 1)
      #expect(
        result.errors.contains(
          "Error from server (NotFound): the server could not find the requested resource"))
      #expect(!result.output.contains("\"kind\":\"Pod\""))
    }

    /// The name of the first relay pod.
    static func podName(_ harness: SimHarness) throws -> String {
      let result = try harness.kubectl(["get", "pods", "-o", "name"])
      let name = result.output.split(separator: "\n").first.map(String.init) ?? ""
      return String(name.dropFirst("pod/".count))
    }

    /// The local port kubectl reports forwarding to `remote`, once it does.
    static func localPort(of forward: SimProcess, remote: Int = 5010) -> UInt16? {
      SimHarness.poll {
        forward.output.split(separator: "\n").lazy.compactMap { line -> UInt16? in
          guard line.hasPrefix("Forwarding from 127.0.0.1:"), line.hasSuffix(" -> \(remote)")
          else { return nil }
          let port = line.dropFirst("Forwarding from 127.0.0.1:".count).prefix { $0.isNumber }
          return UInt16(port)
        }.first
      }
    }

    /// One HTTP/1.1 reply read to the end of the connection.
    struct Reply {
      let head: String
      let body: Data
      var json: [String: Any]? {
        (try? JSONSerialization.jsonObject(with: body)) as? [String: Any]
      }
    }

    /// GET `path` on 127.0.0.1:`port` with `Connection: close`; nil when nothing answers
    /// within ten seconds.
    static func get(_ path: String, port: UInt16, headers: String = "") -> Reply? {
      guard let fd = try? Syscalls.connect(port: port) else { return nil }
      defer { Syscalls.close(fd: fd) }
      let request = "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\n\(headers)Connection: close\r\n\r\n"
      guard Syscalls.write(fd: fd, bytes: Array(request.utf8)) else { return nil }
      var bytes: [UInt8] = []
      var chunk = [UInt8](repeating: 0, count: 16_384)
      let deadline = Date().addingTimeInterval(10)
      while Date() < deadline {
        guard Syscalls.readable(fd: fd, milliseconds: 250) else { continue }
        let count = Syscalls.read(fd: fd, into: &chunk)
        guard count > 0 else { break }
        bytes += chunk[..<count]
      }
      guard let split = bytes.firstRange(of: [13, 10, 13, 10]) else { return nil }
      return Reply(
        head: String(decoding: bytes[..<split.lowerBound], as: UTF8.self),
        body: Data(bytes[split.upperBound...]))
    }
  }
}
