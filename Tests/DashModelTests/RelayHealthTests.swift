import DashModel
import Foundation
import TestSupport
import Testing

@Suite("Relay health")
struct RelayHealthTests {
  @Test(
    "status of recorded /healthz answers",
    arguments: [
      ("ok", 200, "ok", true), ("draining", 503, "draining", false),
      ("degraded", 503, "degraded", false),
    ])
  func status(fixture: String, httpStatus: Int, status: String, isOK: Bool)
    throws
  {
    let health = try ModelFixtures.health(fixture, httpStatus: httpStatus)
    #expect(health.status == status)
    #expect(health.isOK == isOK)
    #expect(health.httpStatus == httpStatus)
    #expect(health.latencyMilliseconds == 12.5)
  }

  @Test("every field of a ready relay with one compute node")
  func okFields() throws {
    let health = try ModelFixtures.health("ok", httpStatus: 200)
    #expect(health.knownServers == 1)
    #expect(health.upstream == "https://token.place")
    #expect(health.upstreamHealthRequired == false)
    #expect(health.relayOnly == true)
    #expect(health.gpuHost == "token.place")
    #expect(health.configuredUpstreamServers == ["https://token.place"])
    #expect(health.activeUpstreamServers.isEmpty)
    #expect(health.publicBaseURL == "https://staging.token.place")
    let node = try #require(health.registeredServers.first)
    #expect(node.publicKey.hasPrefix("-----BEGIN PUBLIC KEY-----"))
    #expect(node.ageSeconds == 3.41)
    #expect(node.nextPingSeconds == 6.59)
    #expect(node.queueDepth == 0)
    #expect(node.inFlight == 1)
    #expect(node.maxConcurrency == 4)
    #expect(node.loadScore == 0.25)
    #expect(node.capabilities?["streaming"] == .bool(true))
  }

  @Test("a degraded relay names the upstream it needs")
  func degradedFields() throws {
    let health = try ModelFixtures.health("degraded", httpStatus: 503)
    #expect(health.requiredUpstreamServers == ["http://gpu-box.lan:3000"])
    #expect(health.upstreamHealthRequired == true)
    #expect(health.details?["gpuHostResolution"] == .string("failed"))
    #expect(health.registeredServers.isEmpty)
  }

  @Test("a body that is not JSON keeps no status and the raw text")
  func notJSON() throws {
    let body = try ModelFixtures.data("health/cloudflare-502.html")
    let health = RelayHealth(
      httpStatus: 502, latencyMilliseconds: 80, body: body)
    #expect(health.status == nil)
    #expect(health.body == "error code: 502")
    #expect(!health.isOK)
  }

  @Test("a JSON body that is not an object keeps no status")
  func jsonNotObject() {
    let health = RelayHealth(
      httpStatus: 200, latencyMilliseconds: 1, body: Data("[1]".utf8))
    #expect(health.status == nil)
    #expect(health.body == "[1]")
  }
}
