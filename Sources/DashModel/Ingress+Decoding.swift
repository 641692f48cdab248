import Foundation

extension Ingress: JSONDecodable {
  public static let kindName = "Ingress"

  /// Reads one item of `kubectl get ingresses -o json` (`networking.k8s.io/v1`).
  public init(json: JSONValue) throws(ModelError) {
    let (fields, name) = try JSONFields.object(json, kind: Self.kindName)
    let annotations = fields.stringMap("metadata.annotations")
    self.init(
      id: fields.identity, name: name,
      className: fields.string("spec.ingressClassName")
        ?? annotations["kubernetes.io/ingress.class"],
      annotations: annotations, rules: Self.rules(fields),
      tls: fields.array("spec.tls").map(fields.nested).map { block in
        TLS(
          hosts: block.strings("hosts"), secretName: block.string("secretName"))
      },
      addresses: fields.array("status.loadBalancer.ingress").compactMap {
        point in
        point["ip"]?.string ?? point["hostname"]?.string
      },
      namespace: fields.string("metadata.namespace") ?? "",
      createdAt: try fields.time("metadata.creationTimestamp"))
  }

  /// One rule per path, plus the default backend (without host or path) last.
  private static func rules(_ fields: JSONFields) -> [Rule] {
    var rules: [Rule] = []
    for rule in fields.array("spec.rules").map(fields.nested) {
      let host = rule.string("host")
      let paths = rule.array("http.paths").map(fields.nested)
      if paths.isEmpty {
        rules.append(
          Rule(host: host, path: nil, serviceName: nil, servicePort: nil))
      }
      for path in paths {
        rules.append(
          Rule(
            host: host, path: path.string("path"),
            serviceName: path.string("backend.service.name"),
            servicePort: port(path.value("backend.service.port")),
            pathType: path.string("pathType")))
      }
    }
    if let backend = fields.value("spec.defaultBackend.service") {
      rules.append(
        Rule(
          host: nil, path: nil, serviceName: backend["name"]?.string,
          servicePort: port(backend["port"])))
    }
    return rules
  }

  /// A backend port as text: its `number`, else its `name`.
  private static func port(_ json: JSONValue?) -> String? {
    json?["number"]?.int.map(String.init) ?? json?["name"]?.string
  }

  /// The TLS Secret covering `host` (a `*.` entry covers one label), or the
  /// first TLS block's Secret when `host` is nil.
  public func tlsSecret(for host: String?) -> String? {
    let block = tls.first { block in
      host.map { host in block.hosts.contains { Self.host(host, matches: $0) } }
        ?? true
    }
    return block?.secretName
  }

  /// Whether a rule of the Ingress routes `host`.
  public func routes(host: String) -> Bool {
    rules.contains { $0.host.map { Self.host(host, matches: $0) } ?? false }
  }

  /// Whether an Ingress host pattern (maybe `*.domain`) covers `host`.
  public static func host(_ host: String, matches pattern: String) -> Bool {
    guard pattern.hasPrefix("*.") else { return host == pattern }
    guard let dot = host.firstIndex(of: ".") else { return false }
    return host[dot...] == pattern.dropFirst()
  }

  /// Every host the Ingress routes or covers with TLS, in order, without repeats.
  public var hosts: [String] {
    var seen: Set<String> = []
    return (rules.compactMap(\.host) + tls.flatMap(\.hosts)).filter {
      seen.insert($0).inserted
    }
  }
}
