import Foundation
import SimCluster
import TestSupport
import Testing

@Suite struct HelmReleaseCodecTests {
  static let deployedAt = Date(timeIntervalSince1970: 1_796_000_000.25)

  static let record = ReleaseRecord(
    name: "tokenplace-relay", namespace: "tokenplace", revision: 3,
    status: .deployed,
    chart: ChartMetadata(
      name: "tokenplace-relay", version: "0.3.1", appVersion: "main"),
    chartValues: .object(["image": .object(["tag": .string("")])]),
    config: .object(["image": .object(["tag": .string("sha-1a2b3c4")])]),
    firstDeployed: deployedAt, lastDeployed: deployedAt.addingTimeInterval(60),
    description: "Upgrade complete", notes: "see <https://staging.token.place>",
    manifest: "---\nkind: Deployment\n")

  @Test func payloadRoundTrips() throws {
    let payload = try ReleaseCodec.encode(Self.record)
    #expect(try ReleaseCodec.decode(payload) == Self.record)
  }

  @Test func payloadIsBase64OfGzip() throws {
    let bytes = try #require(
      Data(base64Encoded: try ReleaseCodec.encode(Self.record)))
    #expect(Array(bytes.prefix(2)) == [0x1f, 0x8b])
  }

  @Test func secretRoundTrips() throws {
    let data = try ReleaseCodec.secretJSON(
      for: Self.record, createdAt: Self.deployedAt)
    #expect(try ReleaseCodec.decode(secretJSON: data) == Self.record)
  }

  @Test func secretCarriesHelmsNameTypeAndLabels() throws {
    let secret = try ReleaseCodec.secretObject(
      for: Self.record, createdAt: Self.deployedAt, modifiedAt: Self.deployedAt)
    #expect(
      secret["metadata"]?["name"]?.string
        == "sh.helm.release.v1.tokenplace-relay.v3")
    #expect(secret["metadata"]?["namespace"]?.string == "tokenplace")
    #expect(secret["type"]?.string == "helm.sh/release.v1")
    let labels = try #require(secret["metadata"]?["labels"]?.object)
    #expect(labels["owner"]?.string == "helm")
    #expect(labels["name"]?.string == "tokenplace-relay")
    #expect(labels["status"]?.string == "deployed")
    #expect(labels["version"]?.string == "3")
    #expect(labels["modifiedAt"]?.string == "1796000000")
  }

  @Test func secretDataIsBase64OfHelmsPayload() throws {
    let secret = try ReleaseCodec.secretObject(
      for: Self.record, createdAt: Self.deployedAt)
    let outer = try #require(secret["data"]?["release"]?.string)
    let inner = try #require(Data(base64Encoded: outer))
    let payload = try #require(String(data: inner, encoding: .utf8))
    #expect(try ReleaseCodec.decode(payload).revision == 3)
  }

  @Test func releaseJSONUsesHelmsFieldNames() throws {
    let json = Self.record.helmJSON()
    #expect(json["version"]?.int == 3)
    #expect(json["info"]?["status"]?.string == "deployed")
    #expect(
      json["info"]?["first_deployed"]?.string == "2026-11-30T00:53:20.25Z")
    #expect(json["info"]?["deleted"]?.string == "")
    #expect(json["chart"]?["metadata"]?["appVersion"]?.string == "main")
    #expect(json["config"]?.value(atPath: "image.tag")?.string == "sha-1a2b3c4")
    #expect(Self.record.helmJSON(includeChart: false)["chart"] == nil)
  }

  @Test func decodesAPayloadWrittenByPythonGzip() throws {
    let data = try Fixtures.data("helm/release-v4.payload")
    let record = try ReleaseCodec.decode(
      try #require(String(data: data, encoding: .utf8)))
    #expect(record.name == "tokenplace-relay")
    #expect(record.revision == 4)
    #expect(record.status == .superseded)
    #expect(record.chart.nameAndVersion == "tokenplace-relay-0.3.1")
    #expect(record.chart.appVersion == "sha-1a2b3c4")
    #expect(record.config.value(atPath: "image.tag")?.string == "sha-1a2b3c4")
    #expect(record.computedValues.value(atPath: "replicaCount")?.int == 1)
    #expect(
      record.firstDeployed == GoTime.parse("2026-11-30T08:12:44.123456789Z"))
  }

  @Test(arguments: [
    ("not base64", "malformed release payload: not base64"),
    (
      Data("{}".utf8).base64EncodedString(),
      "malformed release JSON: no valid \"name\""
    ),
    (
      Data([0x1f, 0x8b, 0x08]).base64EncodedString(),
      "gzip: truncated gzip data"
    ),
  ])
  func rejectsBadPayloads(payload: String, message: String) {
    #expect(throws: HelmError.self) { try ReleaseCodec.decode(payload) }
    do {
      _ = try ReleaseCodec.decode(payload)
    } catch {
      #expect(String(describing: error) == message)
    }
  }

  @Test(arguments: [
    ("integer", 42.0, "42"), ("negative", -3.0, "-3"), ("fraction", 0.5, "0.5"),
    ("beyond Int64", 1e20, "100000000000000000000"),
  ])
  func writesNumbersLikeGo(id: String, number: Double, text: String) {
    #expect(HelmValue.number(number).jsonText == text)
  }

  @Test func releaseJSONKeepsGosStructOrder() {
    let text = Self.record.helmJSON().jsonText(order: .release)
    #expect(text.hasPrefix(#"{"name":"tokenplace-relay","info":{"first_deployed":"#))
    #expect(text.hasSuffix(#""version":3,"namespace":"tokenplace"}"#))
    #expect(text.contains(#""chart":{"metadata":{"name":"tokenplace-relay","#))
  }

  @Test func historyEntriesKeepGosStructOrder() {
    let entry = HelmValue.object([
      "description": .string("d"), "app_version": .string("main"),
      "chart": .string("c-1"), "status": .string("deployed"),
      "updated": .string("t"), "revision": .number(1),
    ])
    #expect(
      HelmValue.array([entry]).jsonText(order: .history)
        == #"[{"revision":1,"updated":"t","status":"deployed","chart":"c-1","#
        + #""app_version":"main","description":"d"}]"#)
  }
}
