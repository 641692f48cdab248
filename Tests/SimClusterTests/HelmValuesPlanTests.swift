import SimCluster
import Testing

@Suite struct HelmValuesPlanTests {
  static let chartDefaults = HelmValue.object([
    "image": .object([
      "repository": .string("ghcr.io/x/relay"), "tag": .string(""),
    ]),
    "replicaCount": .number(1),
  ])

  static func previous(config: HelmValue) -> ReleaseRecord {
    ReleaseRecord(
      name: "r", namespace: "n", revision: 1, status: .deployed,
      chart: ChartMetadata(name: "c", version: "0.1.0"),
      chartValues: .object(["image": .object(["tag": .string("old-default")])]),
      config: config)
  }

  @Test(arguments: [
    (
      "dotted", "image.tag=sha-abc1234", "image.tag",
      HelmValue.string("sha-abc1234")
    ),
    ("int", "replicaCount=3", "replicaCount", .number(3)),
    ("leading zero stays text", "code=0123", "code", .string("0123")),
    ("bool", "ingress.enabled=false", "ingress.enabled", .bool(false)),
    ("null", "image.tag=null", "image.tag", .null),
    ("float stays text", "ratio=0.5", "ratio", .string("0.5")),
    ("escaped comma", #"note=a\,b"#, "note", .string("a,b")),
    ("second of a comma list", "a=1,b=two", "b", .string("two")),
    ("list", "hosts={a,b}", "hosts", .array([.string("a"), .string("b")])),
  ])
  func setTypesValuesLikeHelm(
    id: String, expression: String, path: String, expected: HelmValue
  )
    throws
  {
    let values = try SetParser.apply(expression, to: .object([:]))
    #expect(values.value(atPath: path) == expected)
  }

  @Test func setIndexesLists() throws {
    let values = try SetParser.apply("env[1].name=B", to: .object([:]))
    #expect(values["env"] == .array([.null, .object(["name": .string("B")])]))
  }

  @Test(arguments: [
    (
      "no value", "image.tag",
      "failed parsing --set data: key \"tag\" has no value"
    ),
    (
      "unclosed list", "a={x,y",
      "failed parsing --set data: list value is missing its closing '}'"
    ),
  ])
  func setRefusesLikeHelm(id: String, expression: String, message: String) {
    do {
      _ = try SetParser.apply(expression, to: .object([:]))
      Issue.record("accepted \(expression)")
    } catch {
      #expect(String(describing: error) == message)
    }
  }

  @Test func filesMergeInOrderThenSetWins() throws {
    let first = HelmValue.object([
      "image": .object(["tag": .string("a"), "pull": .string("x")])
    ])
    let second = HelmValue.object(["image": .object(["tag": .string("b")])])
    let values = try ValuesPlan.userValues(
      files: [first, second], sets: ["image.tag=c"])
    #expect(values.value(atPath: "image.tag") == .string("c"))
    #expect(values.value(atPath: "image.pull") == .string("x"))
  }

  @Test(arguments: [
    ("none drops earlier --set", ReuseMode.none, HelmValue.null, ""),
    (
      "reuse keeps values and old defaults", .reuse, .string("debug"), "sha-old"
    ),
    ("reset-then-reuse keeps values", .resetThenReuse, .string("debug"), ""),
    ("reset drops everything", .reset, .null, ""),
  ])
  func reuseModesFollowHelm(
    id: String, mode: ReuseMode, log: HelmValue, defaultTag: String
  ) {
    let old = Self.previous(
      config: .object([
        "image": .object(["tag": .string("sha-old")]), "log": .string("debug"),
      ]))
    let new = HelmValue.object(["image": .object(["tag": .string("sha-new")])])
    let (config, chartValues) = ValuesPlan.resolve(
      newValues: new, chartDefaults: Self.chartDefaults, previous: old,
      mode: mode)
    #expect(config.value(atPath: "image.tag") == .string("sha-new"))
    #expect((config["log"] ?? .null) == log)
    #expect(chartValues.value(atPath: "image.tag") == .string(defaultTag))
  }

  @Test func noNewValuesKeepsThePreviousConfig() {
    let old = Self.previous(config: .object(["log": .string("debug")]))
    let (config, _) = ValuesPlan.resolve(
      newValues: .object([:]), chartDefaults: Self.chartDefaults, previous: old,
      mode: .none)
    #expect(config["log"] == .string("debug"))
  }
}
