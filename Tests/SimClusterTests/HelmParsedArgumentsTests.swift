import Testing

@testable import SimCluster

@Suite struct HelmParsedArgumentsTests {
  static let specs = HelmCommand.upgradeFlags

  @Test func flagsMayComeBeforeBetweenAndAfterArguments() throws {
    let parsed = try ParsedArguments(
      ["--wait", "rel", "-n", "ns", "chart", "--timeout=90s"], specs: Self.specs)
    #expect(parsed.positionals == ["rel", "chart"])
    #expect(parsed.value("namespace") == "ns")
    #expect(parsed.value("timeout") == "90s")
    #expect(parsed.isOn("wait"))
  }

  @Test func valuesSplitOnCommasButSetDoesNot() throws {
    let parsed = try ParsedArguments(
      ["-f", "a.yaml,b.yaml", "--values=c.yaml", "--set", "a=1,b=2"],
      specs: Self.specs)
    #expect(parsed.list("values") == ["a.yaml", "b.yaml", "c.yaml"])
    #expect(parsed.list("set") == ["a=1,b=2"])
  }

  @Test func boolFlagsTakeAnExplicitValue() throws {
    let parsed = try ParsedArguments(
      ["--wait", "--wait=false", "--install=true"], specs: Self.specs)
    #expect(!parsed.isOn("wait"))
    #expect(parsed.isOn("install"))
  }

  @Test func doubleDashEndsFlags() throws {
    let parsed = try ParsedArguments(["rel", "--", "--bogus"], specs: Self.specs)
    #expect(parsed.positionals == ["rel", "--bogus"])
  }

  @Test func shorthandTakesAnAttachedValue() throws {
    let parsed = try ParsedArguments(["-nprod", "-o=json"], specs: Self.specs)
    #expect(parsed.value("namespace") == "prod")
    #expect(parsed.value("output") == "json")
  }
}
