import Foundation

/// The relay's `/healthz` and `/livez` replies, shaped like token.place's relay.py.
struct RelayHealth: Sendable {
  let switches: SimSwitches

  /// A compute node's public key: PEM body text, long on purpose.
  static let serverKey =
    "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxKLxoS2tFczGkPLPgizskuemMghRniWaoLcyehkd3qqGElvW/VDL5AaWTg0nLVkjRo9z+40RQzuVaE8AkAFmxZzow3x+VJYKdjykkJ0iT9wCS0DRTXu269V264Vf/3jvredZiKRkgwlL9xNAwxXFg0x/XFw005UWVRIkdgcKWTjpBP2dPwVZ4WWC+9aGVd+Gyn1o0CLelf4rEjGoXbAAEgAqeGUxrcIlbjXfbcmwIDAQAB"

  /// Answers `/healthz`, `/livez` and, for the control path, nothing (nil).
  func reply(path: String) -> (status: Int, body: SimJSON, headers: [String: String])? {
    switch path {
    case "/livez": return (200, ["status": "alive"], [:])
    case "/healthz":
      let draining = switches.current.scenario == .relayDraining
      return (
        draining ? 503 : 200, healthz(draining: draining), draining ? ["Retry-After": "0"] : [:]
      )
    default: return nil
    }
  }

  private func healthz(draining: Bool) -> SimJSON {
    let server: SimJSON = [
      "server_public_key": .string(Self.serverKey), "age_seconds": 7.4,
      "next_ping_in_x_seconds": 2.6, "queue_depth": 0, "in_flight_count": 1,
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
