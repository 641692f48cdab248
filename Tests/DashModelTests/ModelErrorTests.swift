import DashModel
import Foundation
import TestSupport
import Testing

@Suite("Model errors")
struct ModelErrorTests {
  @Test(
    "wording",
    arguments: [
      (
        ModelError.malformedJSON(kind: "Pod", detail: "unexpected end of file"),
        "cannot read Pod: the reply is not JSON (unexpected end of file)"
      ),
      (
        .notAnObject(kind: "Service"),
        "cannot read Service: expected a JSON object"
      ),
      (
        .notAList(kind: "helm history"),
        "cannot read helm history: expected a JSON array"
      ),
      (
        .missingField(kind: "Pod", name: "web-1", field: "metadata.name"),
        "cannot read Pod 'web-1': field 'metadata.name' is missing or not the right type"
      ),
      (
        .missingField(kind: "Pod", name: nil, field: "metadata.name"),
        "cannot read Pod: field 'metadata.name' is missing or not the right type"
      ),
      (
        .badTime(
          kind: "Certificate", name: "tls", field: "status.notAfter",
          value: "soon"),
        "cannot read Certificate 'tls': 'status.notAfter' is not an RFC 3339 time: 'soon'"
      ),
      (
        .noReleaseSecrets(release: "tokenplace-relay"),
        "no helm release Secret of 'tokenplace-relay' has a version label;"
          + " check the release name and namespace with 'helm list'"
      ),
      (
        .skippedItem(index: 2, error: .notAnObject(kind: "Pod")),
        "skipped item 2: cannot read Pod: expected a JSON object"
      ),
    ])
  func wording(error: ModelError, text: String) {
    #expect(error.description == text)
  }

  @Test("one malformed pod of a list is skipped and reported, the rest kept")
  func listSkipsMalformed() throws {
    let decoded = try Pod.decodeList(
      document: ModelFixtures.json("pods/list-with-malformed"))
    #expect(
      decoded.values.map(\.displayStatus) == ["Running", "CrashLoopBackOff"])
    #expect(
      decoded.errors == [
        .skippedItem(
          index: 1,
          error: .missingField(kind: "Pod", name: nil, field: "metadata.name"))
      ])
  }

  @Test("the same list decoder skips a certificate with an unreadable time")
  func certificateListSkipsBadTime() throws {
    var broken = try ModelFixtures.json("certificates/expiring")
    guard case .object(var members) = broken, case .object(var status)? = members["status"]
    else {
      Issue.record("the fixture is not a certificate object")
      return
    }
    status["notAfter"] = .string("Wed, 02 Dec 2026 08:00:10 UTC")
    members["status"] = .object(status)
    broken = .object(members)
    let good = try ModelFixtures.json("certificates/ready")
    let decoded = Certificate.decodeList([broken, good])
    #expect(decoded.values.map(\.revision) == [1])
    #expect(
      decoded.errors.map(\.description) == [
        "skipped item 0: cannot read Certificate 'staging-tokenplace-relay-tls':"
          + " 'status.notAfter' is not an RFC 3339 time: 'Wed, 02 Dec 2026 08:00:10 UTC'"
      ])
  }

  @Test("a list document without items is refused")
  func listWithoutItems() {
    #expect(throws: ModelError.notAList(kind: "Pod list")) {
      try Pod.decodeList(document: .object(["kind": .string("Status")]))
    }
  }

  @Test("a time that is not RFC 3339 names the field and the text")
  func badTime() {
    let json = JSONValue.object([
      "metadata": .object([
        "name": .string("p"), "creationTimestamp": .string("yesterday"),
      ])
    ])
    #expect(
      throws: ModelError.badTime(
        kind: "Pod", name: "p", field: "metadata.creationTimestamp",
        value: "yesterday")
    ) {
      try Pod(json: json)
    }
  }

  @Test("bytes that are not JSON name the kind")
  func malformedBytes() {
    #expect {
      _ = try Pod.decode(Data("{\"metadata\":".utf8))
    } throws: { error in
      guard case .malformedJSON(kind: "Pod", _)? = error as? ModelError else {
        return false
      }
      return true
    }
  }
}
