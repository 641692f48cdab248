import Testing

@testable import SimCluster

/// The pure rules under the API server: selectors, patches, pullable tags.
@Suite("Simulator rules")
struct SimulatorRulesTests {
  static let labels = ["app": "relay", "tier": "web"]

  @Test(
    "label selectors",
    arguments: [
      ("equals", "app=relay", true), ("double equals", "app==relay", true),
      ("not equals", "app!=relay", false), ("in", "tier in (web,api)", true),
      ("notin", "tier notin (web)", false), ("exists", "app", true), ("absent", "!app", false),
      ("two requirements", "app=relay,tier=db", false), ("empty", "", true),
    ])
  func labelSelector(id: String, text: String, matches: Bool) throws {
    #expect(try LabelSelector(text).matches(Self.labels) == matches, "\(id)")
  }

  @Test(
    "field selectors",
    arguments: [
      ("name", "metadata.name=a", true), ("type", "type=Warning", false),
      ("not type", "type!=Warning", true),
    ])
  func fieldSelector(id: String, text: String, matches: Bool) throws {
    let event: SimJSON = ["metadata": ["name": "a"], "type": "Normal"]
    #expect(try FieldSelector(text).matches(event) == matches, "\(id)")
  }

  @Test(
    "pullable tags",
    arguments: [
      ("main", true), ("sha-abcdef1", true), ("sha-deadbee", false), ("sha-abc", false),
      ("latest", false), ("sha-ABCDEF1", false),
    ])
  func pullable(tag: String, expected: Bool) {
    #expect(PodLife.pullable("ghcr.io/democratizedspace/tokenplace-relay:\(tag)") == expected)
  }

  @Test func strategicMergeReplacesTheNamedContainersImage() throws {
    let deployment = try SimJSON(
      parsing: #"{"spec":{"containers":[{"name":"relay","image":"a","ports":[1]}]}}"#)
    let patch = try SimJSON(
      parsing:
        #"{"spec":{"$setElementOrder/containers":[{"name":"relay"}],"containers":[{"name":"relay","image":"b"}]}}"#
    )
    let result = try Patch.apply(patch, to: deployment, format: .strategicMerge)
    #expect(
      result.text == #"{"spec":{"containers":[{"name":"relay","image":"b","ports":[1]}]}}"#
        || result["spec"]["containers"] == [["name": "relay", "image": "b", "ports": [1]]])
  }

  @Test func jsonPatchReplacesAndRemoves() throws {
    let object: SimJSON = ["a": 1, "b": ["c": 2]]
    let patch = try SimJSON(
      parsing: #"[{"op":"replace","path":"/a","value":3},{"op":"remove","path":"/b/c"}]"#)
    let result = try Patch.apply(patch, to: object, format: .json)
    #expect(result == ["a": 3, "b": .emptyObject])
  }

  @Test func mergePatchNullDeletes() throws {
    let result = try Patch.apply(["a": nil, "b": 2], to: ["a": 1], format: .merge)
    #expect(result == ["b": 2])
  }

  @Test func parserRoundTripsEscapes() throws {
    let text = #"{"s":"a\"b\\c\n\u00e9","n":-1.5,"i":42,"t":true,"z":null}"#
    let value = try SimJSON(parsing: text)
    #expect(value["s"].string == "a\"b\\c\né")
    #expect(try SimJSON(parsing: value.encoded()) == value)
  }
}
