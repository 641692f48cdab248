import Foundation
import SimCluster
import Testing

@Suite struct HelmValuesSchemaTests {
  static let schema = """
    {
      "$schema": "https://json-schema.org/draft-07/schema#",
      "type": "object",
      "additionalProperties": false,
      "required": ["image"],
      "definitions": {
        "port": {"type": "integer", "minimum": 1, "maximum": 65535}
      },
      "properties": {
        "image": {
          "type": "object",
          "required": ["tag"],
          "properties": {
            "tag": {"type": "string", "pattern": "^(main|sha-[0-9a-f]{7,40})$"},
            "pullPolicy": {"type": "string", "enum": ["Always", "IfNotPresent"]}
          }
        },
        "port": {"$ref": "#/definitions/port"},
        "name": {"type": "string", "minLength": 1, "maxLength": 5},
        "hosts": {"type": "array", "items": {"type": "string"}},
        "mode": {"oneOf": [{"type": "string"}, {"type": "integer"}]}
      }
    }
    """

  static func violations(_ yaml: String) throws -> [String] {
    let schema = ValuesSchema(try HelmValue(json: Data(Self.schema.utf8)))
    return schema.violations(of: try YAMLReader.parse(yaml, source: "values"))
  }

  @Test(arguments: [
    ("valid", "image:\n  tag: sha-1a2b3c4\nport: 5010\nmode: 3\n", [String]()),
    (
      "pattern", "image:\n  tag: latest\n",
      ["- image.tag: Does not match pattern '^(main|sha-[0-9a-f]{7,40})$'"]
    ),
    (
      "type", "image:\n  tag: 1234567\n",
      ["- image.tag: Invalid type. Expected: string, given: integer"]
    ),
    ("required", "port: 80\n", ["- (root): image is required"]),
    (
      "additional", "image: {tag: main}\nbogus: 1\n",
      ["- (root): Additional property bogus is not allowed"]
    ),
    (
      "enum", "image: {tag: main, pullPolicy: Sometimes}\n",
      [
        "- image.pullPolicy: image.pullPolicy must be one of the following: "
          + "\"Always\", \"IfNotPresent\""
      ]
    ),
    (
      "ref bound", "image: {tag: main}\nport: 70000\n",
      ["- port: Must be less than or equal to 65535"]
    ),
    (
      "length", "image: {tag: main}\nname: toolong\n",
      ["- name: String length must be less than or equal to 5"]
    ),
    (
      "items", "image: {tag: main}\nhosts: [a, 3]\n",
      ["- hosts.1: Invalid type. Expected: string, given: integer"]
    ),
    (
      "oneOf", "image: {tag: main}\nmode: [x]\n",
      ["- mode: Must validate one and only one schema (oneOf)"]
    ),
  ])
  func reportsLikeHelm(id: String, yaml: String, expected: [String]) throws {
    #expect(try Self.violations(yaml) == expected)
  }

  @Test func upgradeRefusesValuesThatBreakTheSchemaAndWritesNothing() throws {
    let cluster = try HelmTestCluster()
    try Self.schema.write(
      toFile: cluster.chart + "/values.schema.json", atomically: true,
      encoding: .utf8)
    let before = try cluster.history().count
    let result = cluster.upgrade(["--set", "image.tag=latest"])
    #expect(result.status == 1)
    #expect(
      result.stderr == """
        Error: UPGRADE FAILED: values don't meet the specifications of the \
        schema(s) in the following chart(s):
        tokenplace-relay:
        - image.tag: Does not match pattern '^(main|sha-[0-9a-f]{7,40})$'
        - (root): Additional property replicaCount is not allowed

        """)
    #expect(try cluster.history().count == before)
  }
}
