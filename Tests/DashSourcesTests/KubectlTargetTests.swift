import DashSources
import Testing

@Suite("KubectlTarget and ResourceQuery")
struct KubectlTargetTests {
  let target = KubectlTarget(
    kubectlPath: "/usr/bin/kubectl", kubeconfig: "/etc/rancher/k3s/k3s.yaml", context: "staging",
    namespace: "tokenplace", requestTimeout: 10, environment: [:])

  struct Case: Sendable, CustomTestStringConvertible {
    var query: ResourceQuery
    var selectors: [String]
    var testDescription: String { query.resource }
  }

  static let cases = [
    Case(
      query: .pods(release: "tokenplace-relay"),
      selectors: ["-l", "app.kubernetes.io/instance=tokenplace-relay"]),
    Case(query: .ingresses, selectors: []),
    Case(query: .certificates, selectors: []),
    Case(query: .services, selectors: []),
    Case(query: .endpoints, selectors: []),
    Case(query: .warningEvents, selectors: ["--field-selector", "type=Warning"]),
    Case(
      query: .helmReleaseSecrets(release: "tokenplace-relay"),
      selectors: ["-l", "owner=helm,name=tokenplace-relay"]),
  ]

  let prefix = [
    "/usr/bin/kubectl", "--kubeconfig", "/etc/rancher/k3s/k3s.yaml", "--context", "staging",
    "--namespace", "tokenplace", "get",
  ]

  @Test("list arguments", arguments: cases)
  func list(_ testCase: Case) {
    #expect(
      target.listCommand(testCase.query).argv
        == prefix + [testCase.query.resource] + testCase.selectors
        + ["-o", "json", "--request-timeout=10s"])
  }

  @Test("watch arguments", arguments: cases)
  func watch(_ testCase: Case) {
    #expect(
      target.watchCommand(testCase.query).argv
        == prefix + [testCase.query.resource] + testCase.selectors
        + ["--watch", "--output-watch-events", "-o", "json"])
  }

  @Test("without kubeconfig or context only the namespace is passed")
  func minimal() {
    let plain = KubectlTarget(namespace: "tokenplace", environment: ["PATH": "/usr/bin"])
    let command = plain.listCommand(.services)
    #expect(command.argv.prefix(5) == ["kubectl", "--namespace", "tokenplace", "get", "services"])
    #expect(command.environment == ["PATH": "/usr/bin"])
    #expect(command.toolName == "kubectl")
    #expect(command.pathFlag == "--kubectl")
  }

  @Test("certificates are asked for by their full resource name")
  func certificateName() {
    #expect(ResourceQuery.certificates.resource == "certificates.cert-manager.io")
    #expect(ResourceQuery.helmReleaseSecrets(release: "r").droppedFields == ["data"])
  }

  @Test("watches keep a small Go heap unless the operator set the runtime's own limits")
  func watchRuntimeLimits() {
    let plain = KubectlTarget(namespace: "tokenplace", environment: ["PATH": "/usr/bin"])
    let watch = plain.watchCommand(.pods(release: "r")).environment
    #expect(watch == ["PATH": "/usr/bin", "GOGC": "25", "GOMEMLIMIT": "12MiB"])
    #expect(plain.listCommand(.pods(release: "r")).environment == ["PATH": "/usr/bin"])
    let tuned = KubectlTarget(namespace: "tokenplace", environment: ["GOGC": "100"])
    #expect(tuned.watchCommand(.ingresses).environment == ["GOGC": "100", "GOMEMLIMIT": "12MiB"])
  }
}
