import Foundation

extension RelayHealth {
  /// Reads one answer of the relay's `/healthz`. A body that is not a JSON
  /// object leaves `status` nil and is kept as text in `body`.
  public init(httpStatus: Int, latencyMilliseconds: Double, body: Data) {
    self.init(
      httpStatus: httpStatus, latencyMilliseconds: latencyMilliseconds,
      body: String(decoding: body, as: UTF8.self))
    guard let json = try? JSONValue(data: body), json.object != nil else {
      return
    }
    status = json["status"]?.string
    registeredServers = (json["registeredServers"]?.array ?? []).compactMap(
      Self.server)
    knownServers = json["knownServers"]?.int
    upstream = json["upstream"]?.string
    upstreamHealthRequired = json["upstreamHealthRequired"]?.bool
    relayOnly = json["relayOnly"]?.bool
    gpuHost = json["gpuHost"]?.string
    activeUpstreamServers = Self.strings(json["activeUpstreamServers"])
    requiredUpstreamServers = Self.strings(json["requiredUpstreamServers"])
    configuredUpstreamServers = Self.strings(json["configuredUpstreamServers"])
    publicBaseURL = json["publicBaseUrl"]?.string
    details = json["details"]
  }

  /// One entry of `registeredServers[]`; entries without a key are dropped.
  private static func server(_ json: JSONValue) -> RegisteredServer? {
    guard let key = json["server_public_key"]?.string else { return nil }
    return RegisteredServer(
      publicKey: key, ageSeconds: json["age_seconds"]?.double,
      queueDepth: json["queue_depth"]?.int,
      inFlight: json["in_flight_count"]?.int,
      maxConcurrency: json["max_concurrency"]?.int,
      loadScore: json["load_score"]?.double,
      nextPingSeconds: json["next_ping_in_x_seconds"]?.double,
      capabilities: json["capabilities"])
  }

  private static func strings(_ json: JSONValue?) -> [String] {
    json?.array?.compactMap(\.string) ?? []
  }

  /// Whether the relay says it is ready: HTTP 2xx and status "ok".
  public var isOK: Bool { (200..<300).contains(httpStatus) && status == "ok" }
}
