import Foundation

/// A cert-manager Certificate (`cert-manager.io/v1`).
public struct Certificate: Sendable, Equatable, Identifiable {
  public var id: String
  public var name: String
  /// `spec.secretName`; joins the Ingress's `tls[].secretName`.
  public var secretName: String
  public var dnsNames: [String]
  /// `spec.issuerRef.name` and `.kind` (Issuer or ClusterIssuer).
  public var issuerName: String?
  public var issuerKind: String?
  /// `status.conditions[]`, Ready and Issuing among them.
  public var conditions: [Condition]
  public var notBefore: Date?
  public var notAfter: Date?
  public var renewalTime: Date?
  public var lastFailureTime: Date?
  public var failedIssuanceAttempts: Int?
  /// `metadata.namespace`.
  public var namespace: String
  /// `status.revision`: how many times it has been issued.
  public var revision: Int?

  public init(
    id: String, name: String, secretName: String, dnsNames: [String] = [],
    issuerName: String? = nil, issuerKind: String? = nil,
    conditions: [Condition] = [],
    notBefore: Date? = nil, notAfter: Date? = nil, renewalTime: Date? = nil,
    lastFailureTime: Date? = nil, failedIssuanceAttempts: Int? = nil,
    namespace: String = "",
    revision: Int? = nil
  ) {
    self.id = id
    self.name = name
    self.secretName = secretName
    self.dnsNames = dnsNames
    self.issuerName = issuerName
    self.issuerKind = issuerKind
    self.conditions = conditions
    self.notBefore = notBefore
    self.notAfter = notAfter
    self.renewalTime = renewalTime
    self.lastFailureTime = lastFailureTime
    self.failedIssuanceAttempts = failedIssuanceAttempts
    self.namespace = namespace
    self.revision = revision
  }
}
