import DashModel
import Foundation
import TestSupport
import Testing

@Suite("Kubernetes events")
struct KubeEventTests {
  func events() throws -> [KubeEvent] {
    let decoded = try KubeEvent.decodeList(
      document: ModelFixtures.json("events/list"))
    #expect(decoded.errors.isEmpty)
    return decoded.values
  }

  @Test("a kubelet warning with a legacy count")
  func legacyCount() throws {
    let backOff = try #require(try events().first { $0.reason == "BackOff" })
    #expect(backOff.type == "Warning")
    #expect(backOff.isWarning)
    #expect(backOff.object == "Pod/tokenplace-relay-7d9c8b6f5-b7wzt")
    #expect(backOff.involvedKind == "Pod")
    #expect(backOff.count == 23)
    #expect(
      backOff.lastSeen.map(RFC3339.string(from:)) == "2026-11-30T10:09:12Z")
    #expect(
      backOff.firstSeen.map(RFC3339.string(from:)) == "2026-11-30T10:00:31Z")
    #expect(backOff.source == "kubelet")
  }

  @Test("an event with a series counts and dates by its series")
  func series() throws {
    let failed = try #require(
      try events().first { $0.involvedKind == "Certificate" })
    #expect(failed.count == 7)
    #expect(
      failed.lastSeen.map(RFC3339.string(from:)) == "2026-11-30T10:07:55Z")
    #expect(
      failed.firstSeen.map(RFC3339.string(from:)) == "2026-11-30T09:41:17Z")
    #expect(failed.source == "cert-manager-certificates-issuing")
  }

  @Test("an event with only an eventTime counts once and is dated by it")
  func eventTimeOnly() throws {
    let scheduled = try #require(
      try events().first { $0.reason == "Scheduled" })
    #expect(scheduled.count == 1)
    #expect(
      scheduled.lastSeen.map(RFC3339.string(from:)) == "2026-11-30T09:58:12Z")
  }

  @Test("newest first, undated last")
  func newestFirst() throws {
    var list = try events()
    list.append(
      KubeEvent(
        id: "u", type: "Warning", reason: "Undated", object: "", message: "",
        count: 1,
        lastSeen: nil))
    #expect(
      KubeEvent.newestFirst(list).map(\.reason) == [
        "BackOff", "Unhealthy", "Failed", "Scheduled", "ScalingReplicaSet",
        "Undated",
      ])
  }
}
