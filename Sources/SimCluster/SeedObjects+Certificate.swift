import Foundation

extension SeedObjects {
  /// The states the Certificate can be put in.
  enum CertificateState: Sendable {
    case ready, failing, expiring
  }

  /// The Certificate `staging-tokenplace-relay-tls` in `state`, as cert-manager writes it.
  static func certificate(now: Date, state: CertificateState) -> SimJSON {
    let issued = now.addingTimeInterval(state == .expiring ? -88 * 86400 : -30 * 86400)
    let notAfter = issued.addingTimeInterval(90 * 86400)
    var status: SimJSON = [
      "notBefore": .string(SimTime.seconds(issued)),
      "notAfter": .string(SimTime.seconds(notAfter)),
      "renewalTime": .string(SimTime.seconds(notAfter.addingTimeInterval(-30 * 86400))),
      "revision": 3,
    ]
    let stamp = SimTime.seconds(issued)
    switch state {
    case .ready, .expiring:
      status["conditions"] = [
        condition("Ready", "True", "Ready", "Certificate is up to date and has not expired", stamp)
      ]
    case .failing:
      let failed = SimTime.seconds(now.addingTimeInterval(-20 * 60))
      status["conditions"] = [
        condition(
          "Ready", "False", "Expired",
          "Certificate expired on \(SimTime.seconds(now.addingTimeInterval(-3600)))", failed),
        condition(
          "Issuing", "False", "Failed",
          "The certificate request has failed to complete and will be retried: Failed to wait"
            + " for order resource \"\(Self.certificate)-1-3918275301\" to become ready: order is"
            + " in \"errored\" state: Failed to create Order: 429 urn:ietf:params:acme:error:"
            + "rateLimited: too many certificates (5) already issued for this exact set of"
            + " identifiers in the last 168h0m0s, retry after 2026-12-05 09:12:44 UTC",
          failed),
      ]
      status["notAfter"] = .string(SimTime.seconds(now.addingTimeInterval(-3600)))
      status["lastFailureTime"] = .string(failed)
      status["failedIssuanceAttempts"] = 3
    }
    return [
      "apiVersion": "cert-manager.io/v1", "kind": "Certificate",
      "metadata": [
        "name": .string(Self.certificate), "namespace": .string(Self.namespace),
        "generation": 1,
        "ownerReferences": [
          [
            "apiVersion": "networking.k8s.io/v1", "kind": "Ingress", "name": .string(Self.release),
            "controller": true, "blockOwnerDeletion": true,
          ]
        ],
        "creationTimestamp": .string(SimTime.seconds(now.addingTimeInterval(-40 * 86400))),
      ],
      "spec": [
        "secretName": .string(Self.certificate), "dnsNames": [.string(Self.host)],
        "issuerRef": [
          "name": "letsencrypt-production", "kind": "ClusterIssuer", "group": "cert-manager.io",
        ],
        "usages": ["digital signature", "key encipherment"],
      ],
      "status": status,
    ]
  }

  private static func condition(
    _ type: String, _ status: String, _ reason: String, _ message: String, _ time: String
  ) -> SimJSON {
    [
      "type": .string(type), "status": .string(status), "reason": .string(reason),
      "message": .string(message), "lastTransitionTime": .string(time), "observedGeneration": 1,
    ]
  }
}
