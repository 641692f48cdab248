import Foundation

extension Certificate: JSONDecodable {
  public static let kindName = "Certificate"

  /// Reads one item of `kubectl get certificates.cert-manager.io -o json`.
  public init(json: JSONValue) throws(ModelError) {
    let (fields, name) = try JSONFields.object(json, kind: Self.kindName)
    self.init(
      id: fields.identity, name: name,
      secretName: try fields.required("spec.secretName"),
      dnsNames: fields.strings("spec.dnsNames"),
      issuerName: fields.string("spec.issuerRef.name"),
      issuerKind: fields.string("spec.issuerRef.kind"),
      conditions: try fields.conditions("status.conditions"),
      notBefore: try fields.time("status.notBefore"),
      notAfter: try fields.time("status.notAfter"),
      renewalTime: try fields.time("status.renewalTime"),
      lastFailureTime: try fields.time("status.lastFailureTime"),
      failedIssuanceAttempts: fields.int("status.failedIssuanceAttempts"),
      namespace: fields.string("metadata.namespace") ?? "",
      revision: fields.int("status.revision"))
  }
}
