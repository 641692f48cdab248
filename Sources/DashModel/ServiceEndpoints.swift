import Foundation

/// The release's Service joined with its Endpoints: where traffic can go.
public struct ServiceEndpoints: Sendable, Equatable {
  public var serviceName: String
  /// Service ports as `port -> targetPort` pairs, e.g. 80 -> "http".
  public var ports: [Port]
  /// Addresses of ready endpoints.
  public var readyAddresses: [String]
  /// Addresses of endpoints that are not ready.
  public var notReadyAddresses: [String]
  /// `spec.selector`: the labels of the pods behind the Service.
  public var selector: [String: String]
  /// `spec.type`, e.g. ClusterIP.
  public var type: String?
  /// `spec.clusterIP`.
  public var clusterIP: String?
  /// Whether Endpoints or EndpointSlices were given; false means the address
  /// lists are empty because nothing is known, not because nothing is ready.
  public var endpointsKnown: Bool

  /// One service port.
  public struct Port: Sendable, Equatable {
    public var name: String?
    public var port: Int
    /// The target port, by number or by name.
    public var targetPort: String

    public init(name: String?, port: Int, targetPort: String) {
      self.name = name
      self.port = port
      self.targetPort = targetPort
    }
  }

  public init(
    serviceName: String, ports: [Port] = [], readyAddresses: [String] = [],
    notReadyAddresses: [String] = [], selector: [String: String] = [:],
    type: String? = nil,
    clusterIP: String? = nil, endpointsKnown: Bool = true
  ) {
    self.serviceName = serviceName
    self.ports = ports
    self.readyAddresses = readyAddresses
    self.notReadyAddresses = notReadyAddresses
    self.selector = selector
    self.type = type
    self.clusterIP = clusterIP
    self.endpointsKnown = endpointsKnown
  }
}
