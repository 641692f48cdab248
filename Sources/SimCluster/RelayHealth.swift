import Foundation

/// The relay's `/healthz` and `/livez` replies, shaped like token.place's relay.py.
struct RelayHealth: Sendable {
  let switches: SimSwitches
  let store: ClusterStore
  let now: @Sendable () -> Date

  /// A compute node's public key: PEM body text, long on purpose.
  static let serverKey =
    "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxKLxoS2tFczGkPLPgizskuemMghRniWaoLcyehkd3qqGElvW/VDL5AaWTg0nLVkjRo9z+40RQzuVaE8AkAFmxZzow3x+VJYKdjykkJ0iT9wCS0DRTXu269V264Vf/3jvredZiKRkgwlL9xNAwxXFg0x/XFw005UWVRIkdgcKWTjpBP2dPwVZ4WWC+9aGVd+Gyn1o0CLelf4rEjGoXbAAEgAqeGUxrcIlbjXfbcmwIDAQAB"

  /// One reply of the relay, or of Traefik in front of it.
  struct Reply {
    let status: Int
    let contentType: String
    let body: [UInt8]
    let headers: [String: String]

    init(_ status: Int, json: SimJSON, headers: [String: String] = [:]) {
      self.status = status
      contentType = "application/json"
      body = json.encoded()
      self.headers = headers
    }

    init(_ status: Int, text: String) {
      self.status = status
      contentType = "text/plain; charset=utf-8"
      body = Array(text.utf8)
      headers = [:]
    }
  }

  /// Answers `/healthz`, `/livez`, `/api/v1/meta` and `/relay/diagnostics`; with no
  /// ready pod behind the Service, Traefik's 503 "no available server" instead.
  func reply(path: String) -> Reply {
    let pods = readyPods()
    guard !pods.isEmpty else { return Reply(503, text: "no available server") }
    let draining = switches.current.scenario == .relayDraining
    switch path {
    case "/livez": return Reply(200, json: ["status": "alive"])
    case "/healthz":
      return Reply(
        draining ? 503 : 200, json: healthz(draining: draining),
        headers: draining ? ["Retry-After": "0"] : [:])
    case "/api/v1/meta":
      let tag = pods.first.flatMap(Self.tag) ?? "main"
      return Reply(
        200,
        json: [
          "environment": "staging", "version": .string(tag), "label": .string("staging \(tag)"),
        ])
    case "/relay/diagnostics":
      return Reply(
        200,
        json: [
          "total_registered_compute_nodes": 1, "active_compute_nodes": 1,
          "draining": .bool(draining),
        ])
    default:
      return Reply(404, text: "404 Not Found: The requested URL was not found on the server.")
    }
  }

  /// Ready pods behind the relay's Service, from its Endpoints.
  private func readyPods() -> [SimJSON] {
    let endpoints = store.get(
      "endpoints", namespace: SeedObjects.namespace, name: SeedObjects.release)
    let addresses = (endpoints?["subsets"].array ?? []).flatMap { $0["addresses"].array ?? [] }
    return addresses.compactMap { address in
      store.get(
        "pods", namespace: SeedObjects.namespace,
        name: address["targetRef"]["name"].string ?? "")
    }
  }

  private static func tag(_ pod: SimJSON) -> String? {
    let image = pod["spec"]["containers"].array?.first?["image"].string ?? ""
    return image.split(separator: ":").last.map(String.init)
  }

  private func healthz(draining: Bool) -> SimJSON {
    let age = (now().timeIntervalSince1970.truncatingRemainder(dividingBy: 10) * 10).rounded() / 10
    let server: SimJSON = [
      "server_public_key": .string(Self.serverKey), "age_seconds": .double(age),
      "next_ping_in_x_seconds": .double(((10 - age) * 10).rounded() / 10), "queue_depth": 0,
      "in_flight_count": 1,
      "max_concurrency": 4, "load_score": 0.25,
      "capabilities": ["models": ["llama-3.2-3b-instruct"], "streaming": true],
    ]
    var body: SimJSON = [
      "status": draining ? "draining" : "ok", "upstream": "http://gpu-server:5015",
      "upstreamHealthRequired": false, "relayOnly": false,
      "activeUpstreamServers": ["http://gpu-server:5015"],
      "requiredUpstreamServers": [], "gpuHost": "gpu-server", "knownServers": 1,
      "registeredServers": [server],
      "configuredUpstreamServers": ["http://gpu-server:5015"],
      "publicBaseUrl": "https://staging.token.place",
    ]
    if draining { body["details"] = ["reason": "SIGTERM received; draining in-flight requests"] }
    return body
  }
}
