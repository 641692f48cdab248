import Foundation

/// The objects of the staging namespace as a freshly seeded simulator holds them.
struct SeedObjects {
  /// The namespace of the relay.
  static let namespace = "tokenplace"
  /// The release, Deployment, Service and Ingress name.
  static let release = "tokenplace-relay"
  /// The image repository of the relay.
  static let repository = "ghcr.io/democratizedspace/tokenplace-relay"
  /// The Certificate name, equal to its TLS secret name.
  static let certificate = "staging-tokenplace-relay-tls"
  /// The public host.
  static let host = "staging.token.place"
  /// The relay container's port, named `http`; port-forwards to it reach the relay server.
  static let containerPort = 5010

  /// The seeding time.
  let now: Date
  /// `progressDeadlineSeconds` of the Deployment.
  let progressDeadline: Int

  /// The app labels every relay object carries.
  static let selector: SimJSON = [
    "app.kubernetes.io/name": .string(release), "app.kubernetes.io/instance": .string(release),
  ]

  private var labels: SimJSON {
    var labels = Self.selector
    labels["app.kubernetes.io/managed-by"] = "Helm"
    labels["helm.sh/chart"] = "tokenplace-relay-0.1.0"
    labels["app.kubernetes.io/version"] = "main"
    return labels
  }

  private func metadata(_ name: String, age days: Double, labels: SimJSON? = nil) -> SimJSON {
    [
      "name": .string(name), "namespace": .string(Self.namespace),
      "labels": labels ?? self.labels,
      "annotations": [
        "meta.helm.sh/release-name": .string(Self.release),
        "meta.helm.sh/release-namespace": .string(Self.namespace),
      ],
      "creationTimestamp": .string(SimTime.seconds(now.addingTimeInterval(-days * 86400))),
    ]
  }

  /// Every object to create, in order, with its kind.
  var all: [(ResourceKind, SimJSON)] {
    [
      (.namespaces, namespaceObject), (.deployments, deployment), (.services, service),
      (.endpoints, endpoints), (.endpointSlices, endpointSlice), (.ingresses, ingress),
      (.certificates, Self.certificate(now: now, state: .ready)), (.secrets, tlsSecret),
    ]
  }

  private var namespaceObject: SimJSON {
    [
      "apiVersion": "v1", "kind": "Namespace",
      "metadata": [
        "name": .string(Self.namespace), "labels": ["kubernetes.io/metadata.name": "tokenplace"],
        "creationTimestamp": .string(SimTime.seconds(now.addingTimeInterval(-40 * 86400))),
      ],
      "spec": ["finalizers": ["kubernetes"]], "status": ["phase": "Active"],
    ]
  }

  /// The pod template for `tag`.
  static func template(tag: String) -> SimJSON {
    [
      "metadata": ["labels": selector],
      "spec": [
        "containers": [
          [
            "name": "relay", "image": .string("\(repository):\(tag)"),
            "imagePullPolicy": "IfNotPresent",
            "ports": [["name": "http", "containerPort": .int(containerPort), "protocol": "TCP"]],
            "env": [["name": "TOKENPLACE_RELAY_UPSTREAM_URL", "value": "http://gpu-server:5015"]],
            "readinessProbe": probe("/healthz"), "livenessProbe": probe("/livez"),
            "resources": [
              "requests": ["cpu": "100m", "memory": "128Mi"], "limits": ["memory": "512Mi"],
            ],
            "securityContext": ["runAsUser": 1000, "runAsNonRoot": true],
          ]
        ],
        "terminationGracePeriodSeconds": 30,
      ],
    ]
  }

  private static func probe(_ path: String) -> SimJSON {
    [
      "httpGet": ["path": .string(path), "port": "http", "scheme": "HTTP"],
      "periodSeconds": 10, "timeoutSeconds": 2, "failureThreshold": 3,
    ]
  }

  private var deployment: SimJSON {
    [
      "apiVersion": "apps/v1", "kind": "Deployment",
      "metadata": metadata(Self.release, age: 12).merging(["generation": 1]),
      "spec": [
        "replicas": 1, "selector": ["matchLabels": Self.selector],
        "template": Self.template(tag: "main"), "revisionHistoryLimit": 10,
        "progressDeadlineSeconds": .int(progressDeadline),
        "strategy": [
          "type": "RollingUpdate", "rollingUpdate": ["maxSurge": "25%", "maxUnavailable": "25%"],
        ],
      ],
      "status": .emptyObject,
    ]
  }

  private var service: SimJSON {
    [
      "apiVersion": "v1", "kind": "Service", "metadata": metadata(Self.release, age: 12),
      "spec": [
        "type": "ClusterIP", "clusterIP": "10.43.118.27", "clusterIPs": ["10.43.118.27"],
        "selector": Self.selector,
        "ports": [["name": "http", "port": 80, "targetPort": "http", "protocol": "TCP"]],
      ],
      "status": ["loadBalancer": .emptyObject],
    ]
  }

  private var endpoints: SimJSON {
    ["apiVersion": "v1", "kind": "Endpoints", "metadata": metadata(Self.release, age: 12)]
  }

  private var endpointSlice: SimJSON {
    var labels = self.labels
    labels["kubernetes.io/service-name"] = .string(Self.release)
    labels["endpointslice.kubernetes.io/managed-by"] = "endpointslice-controller.k8s.io"
    return [
      "apiVersion": "discovery.k8s.io/v1", "kind": "EndpointSlice",
      "metadata": metadata(Self.release + "-w8k5q", age: 12, labels: labels),
      "addressType": "IPv4", "endpoints": [],
      "ports": [["name": "http", "port": .int(Self.containerPort), "protocol": "TCP"]],
    ]
  }

  private var ingress: SimJSON {
    var meta = metadata(Self.release, age: 12)
    meta["annotations"]["cert-manager.io/cluster-issuer"] = "letsencrypt-production"
    let backend: SimJSON = ["service": ["name": .string(Self.release), "port": ["name": "http"]]]
    return [
      "apiVersion": "networking.k8s.io/v1", "kind": "Ingress", "metadata": meta,
      "spec": [
        "ingressClassName": "traefik",
        "tls": [["hosts": [.string(Self.host)], "secretName": .string(Self.certificate)]],
        "rules": [
          [
            "host": .string(Self.host),
            "http": ["paths": [["path": "/", "pathType": "Prefix", "backend": backend]]],
          ]
        ],
      ],
      "status": ["loadBalancer": ["ingress": [["ip": "192.168.1.50"]]]],
    ]
  }

  private var tlsSecret: SimJSON {
    [
      "apiVersion": "v1", "kind": "Secret", "type": "kubernetes.io/tls",
      "metadata": metadata(
        Self.certificate, age: 30, labels: ["controller.cert-manager.io/fao": "true"]),
      "data": [
        "tls.crt": "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCg==",
        "tls.key": "LS0tLS1CRUdJTi0tLS0tCg==",
      ],
    ]
  }
}
