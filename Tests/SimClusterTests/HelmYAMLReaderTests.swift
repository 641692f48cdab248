import SimCluster
import Testing

@Suite struct HelmYAMLReaderTests {
  static let values = """
    # Default values for the relay.
    replicaCount: 1
    image:
      repository: ghcr.io/democratizedspace/tokenplace-relay
      tag: ""   # empty: use appVersion
      pullPolicy: IfNotPresent
    ingress:
      enabled: yes
      annotations:
        cert-manager.io/cluster-issuer: letsencrypt-production
      hosts:
        - host: staging.token.place
          paths:
            - path: /
              pathType: Prefix
      tls: [{secretName: staging-tokenplace-relay-tls, hosts: [staging.token.place]}]
    resources: {}
    env:
    - name: "QUOTED # not a comment"
      value: 'it''s'
    ratio: 0.5
    note: |
      line one
      line two
    folded: >-
      a
      b
    nothing: ~
    """

  @Test func readsNestedMapsListsAndScalars() throws {
    let value = try YAMLReader.parse(Self.values, source: "values.yaml")
    #expect(value.value(atPath: "replicaCount") == .number(1))
    #expect(value.value(atPath: "image.tag") == .string(""))
    #expect(value.value(atPath: "image.pullPolicy") == .string("IfNotPresent"))
    #expect(value.value(atPath: "ingress.enabled") == .bool(true))
    let hosts = try #require(value.value(atPath: "ingress.hosts")?.array)
    #expect(hosts.first?["host"] == .string("staging.token.place"))
    #expect(
      hosts.first?["paths"]?.array?.first?["pathType"] == .string("Prefix"))
    let tls = try #require(value.value(atPath: "ingress.tls")?.array?.first)
    #expect(tls["hosts"] == .array([.string("staging.token.place")]))
    #expect(value["resources"] == .object([:]))
    #expect(
      value["env"]?.array?.first?["name"] == .string("QUOTED # not a comment"))
    #expect(value["env"]?.array?.first?["value"] == .string("it's"))
    #expect(value["ratio"] == .number(0.5))
    #expect(value["note"] == .string("line one\nline two\n"))
    #expect(value["folded"] == .string("a b"))
    #expect(value["nothing"] == .null)
    let annotation = value.value(atPath: "ingress.annotations")?[
      "cert-manager.io/cluster-issuer"]
    #expect(annotation == .string("letsencrypt-production"))
  }

  @Test func readsAKubeconfig() throws {
    let text = """
      apiVersion: v1
      clusters:
      - cluster:
          server: http://127.0.0.1:41234
        name: sim
      contexts:
      - context:
          cluster: sim
          namespace: tokenplace
          user: sim
        name: sim
      current-context: sim
      kind: Config
      users:
      - name: sim
        user: {}
      """
    let value = try YAMLReader.parse(text, source: "kubeconfig")
    let cluster = try #require(value["clusters"]?.array?.first)
    #expect(
      cluster.value(atPath: "cluster.server")
        == .string("http://127.0.0.1:41234"))
    #expect(cluster["name"] == .string("sim"))
    #expect(
      value["contexts"]?.array?.first?.value(atPath: "context.namespace")
        == .string("tokenplace"))
    #expect(value["current-context"] == .string("sim"))
  }

  @Test(arguments: [
    ("plain int", "a: 42", HelmValue.number(42)),
    ("negative", "a: -3", .number(-3)),
    ("hex", "a: 0x1F", .number(31)),
    ("sha tag stays text", "a: sha-1a2b3c4", .string("sha-1a2b3c4")),
    ("digits tag is a number", "a: 1234567", .number(1_234_567)),
    ("quoted digits", "a: \"1234567\"", .string("1234567")),
    ("false", "a: false", .bool(false)),
    ("url", "a: http://x:80/y", .string("http://x:80/y")),
    ("escapes", #"a: "tab\there \u00e9""#, .string("tab\there é")),
    ("empty value", "a:", .null),
    ("empty list", "a: []", .array([])),
  ])
  func typesScalars(id: String, text: String, expected: HelmValue) throws {
    #expect(try YAMLReader.parse(text, source: "t") == .object(["a": expected]))
  }

  @Test func emptyDocumentIsAnEmptyMap() throws {
    #expect(
      try YAMLReader.parse("# nothing\n---\n", source: "t") == .object([:]))
  }

  @Test(arguments: [
    (
      "bad indent", "a:\n  b: 1\n   c: 2\n",
      "t: yaml: line 3: mapping values are not allowed in this context (bad indentation)"
    ),
    (
      "tab", "a:\n\tb: 1\n",
      "t: yaml: line 2: found a tab character where indentation is expected"
    ),
    (
      "unterminated", "a: 1\nb: \"open\n",
      "t: yaml: line 2: found unexpected end of stream in a quoted scalar"
    ),
    (
      "no colon", "a: 1\njust text\n",
      "t: yaml: line 2: could not find expected ':'"
    ),
    (
      "duplicate", "a: 1\na: 2\n",
      "t: yaml: line 2: mapping key \"a\" already defined"
    ),
    ("flow", "a: [1, 2\n", "t: yaml: line 1: did not find expected ',' or ']'"),
  ])
  func errorsNameTheLine(id: String, text: String, message: String) {
    do {
      _ = try YAMLReader.parse(text, source: "t")
      Issue.record("parsed without error")
    } catch {
      #expect(String(describing: error) == message)
    }
  }
}
