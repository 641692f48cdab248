import DashModel
import Foundation

extension States {
  /// The staging Ingress and the Service behind it.
  public enum Ingresses {
    public static let staging = Ingress(
      id: "uid-ingress", name: "tokenplace-relay", className: "traefik",
      annotations: ["cert-manager.io/cluster-issuer": "letsencrypt-production"],
      rules: [
        Ingress.Rule(
          host: "staging.token.place", path: "/", serviceName: "tokenplace-relay",
          servicePort: "80")
      ],
      tls: [
        Ingress.TLS(hosts: ["staging.token.place"], secretName: "staging-tokenplace-relay-tls")
      ],
      addresses: ["192.168.1.50"])

    public static let endpoints = ServiceEndpoints(
      serviceName: "tokenplace-relay",
      ports: [ServiceEndpoints.Port(name: "http", port: 80, targetPort: "http")],
      readyAddresses: ["10.42.0.17", "10.42.1.9"])
  }

  /// cert-manager Certificates.
  public enum Certificates {
    /// Issued 30 days ago, valid for 60 more, renewal in 30.
    public static var valid: Certificate {
      Certificate(
        id: "uid-cert", name: "staging-tokenplace-relay-tls",
        secretName: "staging-tokenplace-relay-tls", dnsNames: ["staging.token.place"],
        issuerName: "letsencrypt-production", issuerKind: "ClusterIssuer",
        conditions: [
          Condition(
            type: "Ready", status: "True", reason: "Ready",
            message: "Certificate is up to date and has not expired",
            lastTransitionTime: States.ago(30 * 86_400))
        ],
        notBefore: States.ago(30 * 86_400), notAfter: States.now.addingTimeInterval(60 * 86_400),
        renewalTime: States.now.addingTimeInterval(30 * 86_400))
    }
  }

  /// Warning events.
  public enum Events {
    public static let quiet: [KubeEvent] = []

    public static var crashloop: [KubeEvent] {
      [
        KubeEvent(
          id: "ev-backoff", type: "Warning", reason: "BackOff",
          object: "Pod/tokenplace-relay-5f6b7c8d9-qw4rt",
          message: "Back-off restarting failed container relay in pod "
            + "tokenplace-relay-5f6b7c8d9-qw4rt_tokenplace(uid)",
          count: 31, lastSeen: States.ago(20)),
        KubeEvent(
          id: "ev-unhealthy", type: "Warning", reason: "Unhealthy",
          object: "Pod/tokenplace-relay-5f6b7c8d9-qw4rt",
          message: "Readiness probe failed: Get \"http://10.42.1.12:5010/healthz\": "
            + "dial tcp 10.42.1.12:5010: connect: connection refused",
          count: 12, lastSeen: States.ago(80)),
      ]
    }

    public static var imagePull: [KubeEvent] {
      [
        KubeEvent(
          id: "ev-pull", type: "Warning", reason: "Failed",
          object: "Pod/tokenplace-relay-6c5d4b3a2-zz9yx",
          message: "Failed to pull image \"ghcr.io/democratizedspace/tokenplace-relay:"
            + "sha-deadbee\": not found",
          count: 4, lastSeen: States.ago(30))
      ]
    }
  }

  /// Relay health probes.
  public enum Health {
    public static var ok: RelayHealth {
      RelayHealth(
        httpStatus: 200, latencyMilliseconds: 42.7, status: "ok",
        registeredServers: [
          RelayHealth.RegisteredServer(
            publicKey: "LS0tLS1CRUdJTiBQVUJMSUMgS0VZLS0tLS0KTUlJQklqQU5CZ2txaGtpRzl3MEJ",
            ageSeconds: 12, queueDepth: 0, inFlight: 1, maxConcurrency: 4, loadScore: 0.25)
        ],
        knownServers: 1, upstreamHealthRequired: false, relayOnly: true,
        body: #"{"status":"ok","knownServers":1,"relayOnly":true,"registeredServers":"#
          + #"[{"server_public_key":"LS0tLS1CRUdJTiBQVUJMSUMgS0VZLS0tLS0KTUlJQklqQU5CZ2"#
          + #"txaGtpRzl3MEJ","age_seconds":12,"queue_depth":0,"in_flight_count":1,"#
          + #""max_concurrency":4,"load_score":0.25}]}"#)
    }
  }

  /// Helm releases.
  public enum Releases {
    public static var deployed: Release {
      Release(
        name: "tokenplace-relay", namespace: "tokenplace", revision: 7, status: "deployed",
        chartName: "tokenplace-relay", chartVersion: "0.3.1", appVersion: "0.9.0",
        firstDeployed: States.ago(40 * 86_400), lastDeployed: States.ago(3 * 86_400 + 600),
        description: "Upgrade complete", configuredTag: "sha-00797df")
    }
  }
}
