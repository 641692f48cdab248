import Foundation

/// An Ingress of the namespace (`networking.k8s.io/v1`).
public struct Ingress: Sendable, Equatable, Identifiable {
  public var id: String
  public var name: String
  /// `spec.ingressClassName`.
  public var className: String?
  public var annotations: [String: String]
  /// `spec.rules[]`, flattened to one entry per path.
  public var rules: [Rule]
  /// `spec.tls[]`.
  public var tls: [TLS]
  /// `status.loadBalancer.ingress[]`, each an IP or a hostname.
  public var addresses: [String]
  /// `metadata.namespace`.
  public var namespace: String
  /// `metadata.creationTimestamp`.
  public var createdAt: Date?

  /// One host and path routed to a service port.
  public struct Rule: Sendable, Equatable {
    public var host: String?
    public var path: String?
    public var serviceName: String?
    /// The backend port, by number or by name.
    public var servicePort: String?
    /// `pathType`: Prefix, Exact or ImplementationSpecific.
    public var pathType: String?

    public init(
      host: String?, path: String?, serviceName: String?, servicePort: String?,
      pathType: String? = nil
    ) {
      self.host = host
      self.path = path
      self.serviceName = serviceName
      self.servicePort = servicePort
      self.pathType = pathType
    }
  }

  /// A TLS block: the hosts it covers and the Secret that holds the certificate.
  public struct TLS: Sendable, Equatable {
    public var hosts: [String]
    public var secretName: String?

    public init(hosts: [String], secretName: String?) {
      self.hosts = hosts
      self.secretName = secretName
    }
  }

  public init(
    id: String, name: String, className: String? = nil,
    annotations: [String: String] = [:],
    rules: [Rule] = [], tls: [TLS] = [], addresses: [String] = [],
    namespace: String = "",
    createdAt: Date? = nil
  ) {
    self.id = id
    self.name = name
    self.className = className
    self.annotations = annotations
    self.rules = rules
    self.tls = tls
    self.addresses = addresses
    self.namespace = namespace
    self.createdAt = createdAt
  }
}
