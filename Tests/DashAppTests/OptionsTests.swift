import Foundation
import TestSupport
import Testing

@testable import DashApp

@Suite struct OptionsTests {
  @Test func defaultsFollowTheStagingRunbook() throws {
    let options = try Options.parse([])
    #expect(options.namespace == "tokenplace")
    #expect(options.release == "tokenplace-relay")
    #expect(options.healthURL == "https://staging.token.place/healthz")
    #expect(options.defaultTag == "main")
    #expect(options.localPort == 5010)
    #expect(
      options.effectiveValuesFiles == [
        "apps/tokenplace-relay/values.dev.yaml", "apps/tokenplace-relay/values.staging.yaml",
      ])
    #expect(options.kubeconfig == nil && options.context == nil && options.demoScenario == nil)
  }

  @Test func valuesBothSpelledAndInline() throws {
    let options = try Options.parse([
      "--namespace", "relay-2", "--release=r1", "--context", "k3s", "--local-port=8080",
      "--values", "a.yaml", "-f", "b.yaml", "--read-only", "--once",
      "--health-url", "http://127.0.0.1:9/healthz", "--default-tag", "sha-1a2b3c4",
    ])
    #expect(options.namespace == "relay-2")
    #expect(options.release == "r1")
    #expect(options.context == "k3s")
    #expect(options.localPort == 8080)
    #expect(options.effectiveValuesFiles == ["a.yaml", "b.yaml"])
    #expect(options.readOnly && options.once)
    #expect(options.defaultTag == "sha-1a2b3c4")
  }

  @Test func kubeconfigFlagWinsOverEnvironment() throws {
    let environment = ["KUBECONFIG": "/env/config"]
    #expect(try Options.parse([], environment: environment).kubeconfig == "/env/config")
    let flagged = try Options.parse(["--kubeconfig", "/flag"], environment: environment)
    #expect(flagged.kubeconfig == "/flag")
  }

  @Test(arguments: [
    (["--demo"], "healthy"), (["--demo", "crashloop"], "crashloop"),
    (["--demo", "--once"], "healthy"), (["--demo=cert-expiring"], "cert-expiring"),
  ])
  func demoTakesAnOptionalScenario(arguments: [String], scenario: String) throws {
    #expect(try Options.parse(arguments).demoScenario == scenario)
  }

  @Test(arguments: [
    (["--bogus"], "unknown option '--bogus'; see 'tokenplace-dash --help'"),
    (["--namespace"], "option '--namespace' needs a value; see 'tokenplace-dash --help'"),
    (
      ["--local-port", "70000"],
      "invalid value '70000' for '--local-port': expected a port from 1 to 65535"
    ),
    (
      ["--default-tag", "latest"],
      "invalid value 'latest' for '--default-tag': expected 'main', 'sha-' followed by"
        + " 7 to 40 lowercase hex digits, or a version such as v1.2.3"
    ),
    (
      ["--health-url", "staging.token.place"],
      "invalid value 'staging.token.place' for '--health-url': expected an http:// or"
        + " https:// URL"
    ),
    (
      ["--namespace", "Token Place"],
      "invalid value 'Token Place' for '--namespace': expected lowercase letters, digits"
        + " and '-', at most 63 characters"
    ),
    (["stray"], "unexpected argument 'stray'; options start with '--'"),
    (
      ["--demo", "bogus"],
      "invalid value 'bogus' for '--demo': expected one of healthy, rolling-update, crashloop,"
        + " image-pull-backoff, cert-failing, cert-expiring, relay-draining, api-flaky,"
        + " api-down, slow-api, many-pods"
    ),
  ])
  func badInputIsNamedWithItsRemedy(arguments: [String], message: String) {
    #expect(throws: OptionsError.self) { try Options.parse(arguments) }
    do {
      _ = try Options.parse(arguments)
    } catch {
      #expect(error.description == message)
    }
  }

  @Test(arguments: [
    ("main", true), ("sha-1a2b3c4", true), ("sha-" + String(repeating: "a", count: 40), true),
    ("sha-1A2B3C4", false), ("sha-123456", false), ("latest", false), ("main ", false),
    ("sha-1a2b3c4; rm -rf /", false), ("", false), ("v1.2.3", true), ("1.2.3-rc.1", true),
    ("v1.2", false),
  ])
  func imageTagGrammar(tag: String, accepted: Bool) {
    #expect(ImageTag.isDeployable(tag) == accepted)
  }

  @Test func theGrammarIsTheChartSchemas() throws {
    let schemaURL = BuiltProducts.packageRoot
      .appendingPathComponent("apps/tokenplace-relay/values.schema.json")
    let schema = try JSONSerialization.jsonObject(with: Data(contentsOf: schemaURL))
    let path = ["properties", "image", "properties", "tag", "pattern"]
    let pattern =
      path.reduce(schema as Any?) { node, key in
        (node as? [String: Any])?[key]
      } as? String
    #expect(pattern == ImageTag.pattern)
  }

  @Test func helpListsEveryOptionWithinTheWidth() {
    let help = HelpText.render(width: 80)
    for entry in HelpText.entries {
      #expect(help.contains(entry.flag))
    }
    let widest = help.split(separator: "\n").map(\.count).max() ?? 0
    #expect(widest <= 80)
  }
}

@Suite struct PublicHostTests {
  @Test(arguments: [
    ("https://staging.token.place/healthz", "staging.token.place"),
    ("https://Staging.Token.Place:8443/healthz", "staging.token.place"),
    ("http://127.0.0.1:5010/healthz", nil),
    ("http://localhost:5010/healthz", nil),
    ("http://[::1]:5010/healthz", nil),
    ("http://10.43.0.12/healthz", nil),
  ])
  func theIngressIsJudgedByANameNotAnAddress(url: String, host: String?) {
    #expect(Session.publicHost(of: URL(string: url)) == host)
  }
}
