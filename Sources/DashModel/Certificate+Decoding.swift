import Foundation

extension Certificate: JSONDecodable {
  public static let kindName = "Certificate"

  /// Reads one item of `kubectl get certificates.cert-manager.io -o json`.
  public init(json: JSONValue) throws(ModelError) {
    var fields = try JSONFields(json, kind: Self.kindName)
    let name = try fields.required("metadata.name")
    fields.name = name
    self.init(
      id: fields.string("metadata.uid") ?? name, name: name,
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
