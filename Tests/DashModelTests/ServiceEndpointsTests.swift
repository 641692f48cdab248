import DashModel
import Foundation
import TestSupport
import Testing

@Suite("Service endpoints")
struct ServiceEndpointsTests {
  func service() throws -> JSONValue {
    try ModelFixtures.json("services/tokenplace-relay")
  }

  @Test("ports, selector and a target port defaulting to the port")
  func serviceFields() throws {
    let joined = try ServiceEndpoints(service: service(), endpoints: nil)
    #expect(joined.serviceName == "tokenplace-relay")
    #expect(
      joined.ports == [
        ServiceEndpoints.Port(name: "http", port: 80, targetPort: "http"),
        ServiceEndpoints.Port(name: "metrics", port: 9100, targetPort: "9100"),
      ])
    #expect(joined.selector["app.kubernetes.io/name"] == "tokenplace-relay")
    #expect(joined.type == "ClusterIP")
    #expect(joined.clusterIP == "10.43.112.7")
    #expect(!joined.endpointsKnown)
    #expect(joined.readyAddresses.isEmpty)
  }

  @Test(
    "ready and not-ready addresses from Endpoints or EndpointSlices",
    arguments: [
      ("endpoints-one-ready", ["10.42.0.17"], ["10.42.0.23"]),
      ("endpoints-none-ready", [], ["10.42.0.17"]),
      ("endpointslices", ["10.42.0.17", "10.42.0.30"], ["10.42.0.11"]),
    ])
  func addresses(fixture: String, ready: [String], notReady: [String]) throws {
    let joined = try ServiceEndpoints(
      service: service(), endpoints: ModelFixtures.json("endpoints/\(fixture)"))
    #expect(joined.endpointsKnown)
    #expect(joined.readyAddresses == ready)
    #expect(joined.notReadyAddresses == notReady)
  }

  @Test("a Service that is not an object is refused")
  func notAnObject() {
    #expect(throws: ModelError.notAnObject(kind: "Service")) {
      try ServiceEndpoints(service: .array([]), endpoints: nil)
    }
  }
}
