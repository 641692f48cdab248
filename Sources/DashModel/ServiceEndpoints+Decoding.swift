import Foundation

extension ServiceEndpoints {
  /// Joins a Service with its Endpoints, one EndpointSlice, or a list of
  /// EndpointSlices (`kubectl get endpointslices -l kubernetes.io/service-name=S
  /// -o json`); nil `endpoints` leaves the addresses unknown.
  public init(service: JSONValue, endpoints: JSONValue?) throws(ModelError) {
    let (fields, name) = try JSONFields.object(service, kind: "Service")
    self.init(
      serviceName: name,
      ports: fields.array("spec.ports").map(fields.nested).compactMap(
        Self.port),
      selector: fields.stringMap("spec.selector"),
      type: fields.string("spec.type"),
      clusterIP: fields.string("spec.clusterIP"),
      endpointsKnown: endpoints != nil)
    guard let endpoints else { return }
    let addresses = try Self.addresses(endpoints)
    readyAddresses = addresses.ready
    notReadyAddresses = addresses.notReady
  }

  /// A Service port; `targetPort` defaults to the port itself, as the API does.
  private static func port(_ port: JSONFields) -> Port? {
    guard let number = port.int("port") else { return nil }
    let target =
      port.int("targetPort").map(String.init) ?? port.string("targetPort")
    return Port(
      name: port.string("name"), port: number,
      targetPort: target ?? String(number))
  }

  /// Ready and not-ready addresses of whichever endpoints document was given.
  private static func addresses(_ json: JSONValue) throws(ModelError) -> (
    ready: [String], notReady: [String]
  ) {
    let kind = json["kind"]?.string ?? ""
    if let items = json["items"]?.array {
      var ready: [String] = []
      var notReady: [String] = []
      for item in items {
        let slice = try sliceAddresses(item)
        ready += slice.ready
        notReady += slice.notReady
      }
      return (ready, notReady)
    }
    if kind == "EndpointSlice" || json["endpoints"] != nil {
      return try sliceAddresses(json)
    }
    let fields = try JSONFields(json, kind: "Endpoints")
    let subsets = fields.array("subsets").map(fields.nested)
    return (
      subsets.flatMap { $0.array("addresses").compactMap { $0["ip"]?.string } },
      subsets.flatMap {
        $0.array("notReadyAddresses").compactMap { $0["ip"]?.string }
      }
    )
  }

  /// An EndpointSlice's addresses; a missing `ready` counts as ready, as the
  /// API asks consumers to read it.
  private static func sliceAddresses(_ json: JSONValue) throws(ModelError) -> (
    ready: [String], notReady: [String]
  ) {
    let fields = try JSONFields(json, kind: "EndpointSlice")
    var ready: [String] = []
    var notReady: [String] = []
    for endpoint in fields.array("endpoints").map(fields.nested) {
      let addresses = endpoint.strings("addresses")
      if endpoint.bool("conditions.ready") ?? true {
        ready += addresses
      } else {
        notReady += addresses
      }
    }
    return (ready, notReady)
  }
}
