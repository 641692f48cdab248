import DashModel
import Foundation
import TestSupport
import Testing

@Suite("Ingress")
struct IngressTests {
  @Test("the release's Ingress")
  func release() throws {
    let ingress = try Ingress(
      json: ModelFixtures.json("ingresses/tokenplace-relay"))
    #expect(ingress.name == "tokenplace-relay")
    #expect(ingress.namespace == "tokenplace")
    #expect(ingress.className == "traefik")
    #expect(
      ingress.annotations["cert-manager.io/cluster-issuer"]
        == "letsencrypt-production")
    #expect(
      ingress.rules == [
        Ingress.Rule(
          host: "staging.token.place", path: "/",
          serviceName: "tokenplace-relay",
          servicePort: "http", pathType: "Prefix")
      ])
    #expect(
      ingress.tls == [
        Ingress.TLS(
          hosts: ["staging.token.place"],
          secretName: "staging-tokenplace-relay-tls")
      ])
    #expect(ingress.addresses == ["192.168.1.20", "192.168.1.21"])
    #expect(ingress.hosts == ["staging.token.place"])
    #expect(
      ingress.createdAt.map(RFC3339.string(from:)) == "2026-11-20T14:02:13Z")
  }

  @Test(
    "class from the legacy annotation, numbered ports, a bare host and a default backend"
  )
  func legacy() throws {
    let ingress = try Ingress(
      json: ModelFixtures.json("ingresses/legacy-wildcard"))
    #expect(ingress.className == "traefik")
    #expect(ingress.rules.map(\.servicePort) == ["8080", "9090", nil, "8080"])
    #expect(ingress.rules.map(\.path) == ["/v1", "/api", nil, nil])
    #expect(ingress.rules.last?.host == nil)
    #expect(ingress.hosts == ["*.docs.token.place", "bare.token.place"])
    #expect(ingress.addresses == ["lb.example.net"])
  }

  @Test(
    "hosts a rule routes, wildcards covering one label",
    arguments: [
      ("api.docs.token.place", true), ("docs.token.place", false),
      ("a.b.docs.token.place", false), ("bare.token.place", true),
      ("token.place", false),
    ])
  func routes(host: String, routed: Bool) throws {
    let ingress = try Ingress(
      json: ModelFixtures.json("ingresses/legacy-wildcard"))
    #expect(ingress.routes(host: host) == routed)
  }

  @Test("the TLS secret for a host")
  func tlsSecret() throws {
    let ingress = try Ingress(
      json: ModelFixtures.json("ingresses/tokenplace-relay"))
    #expect(
      ingress.tlsSecret(for: "staging.token.place")
        == "staging-tokenplace-relay-tls")
    #expect(ingress.tlsSecret(for: nil) == "staging-tokenplace-relay-tls")
    #expect(ingress.tlsSecret(for: "token.place") == nil)
  }
}
