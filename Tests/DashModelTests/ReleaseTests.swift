import DashModel
import Foundation
import TestSupport
import Testing

@Suite("Helm release")
struct ReleaseTests {
  func release(status: String, history: String) throws -> Release {
    try Release(
      status: ModelFixtures.json("helm/status-\(status)"),
      history: ModelFixtures.json("helm/history-\(history)"))
  }

  @Test("a deployed release: status fields, chart metadata and configured tag")
  func deployed() throws {
    let release = try release(status: "deployed", history: "deployed")
    #expect(release.name == "tokenplace-relay")
    #expect(release.namespace == "tokenplace")
    #expect(release.revision == 4)
    #expect(release.status == "deployed")
    #expect(!release.isPending)
    #expect(release.chartName == "tokenplace-relay")
    #expect(release.chartVersion == "0.1.0")
    #expect(release.appVersion == "0.1.0")
    #expect(release.configuredTag == "sha-00797df")
    #expect(release.description == "Upgrade complete")
    #expect(release.notes?.hasPrefix("token.place relay is deployed.") == true)
    let first = try #require(release.firstDeployed)
    #expect(
      abs(first.timeIntervalSince1970 - 1_795_183_331.482_913_271) < 0.000_01)
    #expect(
      release.lastDeployed.map(RFC3339.string(from:)) == "2026-11-30T09:58:10Z")
  }

  @Test("history newest first, with the failed revision and its description")
  func history() throws {
    let release = try release(status: "deployed", history: "deployed")
    #expect(release.history.map(\.revision) == [4, 3, 2, 1])
    #expect(
      release.history.map(\.status) == [
        "deployed", "superseded", "failed", "superseded",
      ])
    let failed = release.history[2]
    #expect(
      failed.description
        == "Upgrade \"tokenplace-relay\" failed: context deadline exceeded")
    #expect(failed.updated.map(RFC3339.string(from:)) == "2026-11-25T15:40:02Z")
    #expect(failed.chart == "tokenplace-relay-0.1.0")
    #expect(failed.appVersion == "0.1.0")
    #expect(release.historyErrors.isEmpty)
  }

  @Test("a pending upgrade: chart from history, a numeric tag read as text")
  func pendingUpgrade() throws {
    let release = try release(
      status: "pending-upgrade", history: "pending-upgrade")
    #expect(release.revision == 5)
    #expect(release.status == "pending-upgrade")
    #expect(release.isPending)
    #expect(release.chartName == "tokenplace-relay")
    #expect(release.chartVersion == "0.2.0-rc.1")
    #expect(release.appVersion == "0.2.0")
    #expect(release.configuredTag == "1234567")
    #expect(release.history.first?.status == "pending-upgrade")
    #expect(release.notes == nil)
  }

  @Test("a history entry without a revision is left out and reported")
  func malformedEntry() throws {
    let release = try release(status: "deployed", history: "malformed-entry")
    #expect(release.history.map(\.revision) == [2, 1])
    #expect(
      release.historyErrors == [
        .skippedItem(
          index: 1,
          error: .missingField(
            kind: "helm history entry", name: nil, field: "revision"))
      ])
  }

  @Test("a status without a version is refused")
  func missingVersion() {
    let status = JSONValue.object(["name": .string("tokenplace-relay")])
    #expect(
      throws: ModelError.missingField(
        kind: "helm status", name: "tokenplace-relay", field: "version")
    ) {
      try Release(status: status, history: .array([]))
    }
  }

  @Test("a history that is not an array is refused")
  func historyNotArray() throws {
    #expect(throws: ModelError.notAList(kind: "helm history")) {
      try Release(
        status: ModelFixtures.json("helm/status-deployed"),
        history: .object([:]))
    }
  }

  @Test(
    "helm's name-version chart text split",
    arguments: [
      ("tokenplace-relay-0.1.0", "tokenplace-relay", "0.1.0"),
      ("tokenplace-relay-0.2.0-rc.1", "tokenplace-relay", "0.2.0-rc.1"),
      ("k3s-1.0.0", "k3s", "1.0.0"),
      ("nochart", "nochart", nil),
    ])
  func splitChart(chart: String, name: String, version: String?) {
    let split = Release.Revision.splitChart(chart)
    #expect(split.name == name)
    #expect(split.version == version)
  }
}

@Suite("Helm release marker")
struct ReleaseMarkerTests {
  func secrets() throws -> [JSONValue] {
    try #require(ModelFixtures.json("helm/release-secrets")["items"]?.array)
  }

  @Test("the highest version label wins, compared as a number")
  func highestVersion() throws {
    let marker = try ReleaseMarker(
      secrets: secrets(), release: "tokenplace-relay")
    #expect(marker == ReleaseMarker(revision: 10, status: "pending-upgrade"))
  }

  @Test("without a release name every helm Secret counts")
  func anyRelease() throws {
    #expect(try ReleaseMarker(secrets: secrets()).revision == 11)
  }

  @Test("no helm Secret at all is an error naming the release")
  func none() {
    #expect(throws: ModelError.noReleaseSecrets(release: "tokenplace-relay")) {
      try ReleaseMarker(secrets: [], release: "tokenplace-relay")
    }
  }
}
