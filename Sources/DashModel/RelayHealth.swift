import Foundation

/// One probe of the relay's public `/healthz`.
public struct RelayHealth: Sendable, Equatable {
  /// The HTTP status code.
  public var httpStatus: Int
  /// Time from request to full response, in milliseconds.
  public var latencyMilliseconds: Double
  /// The body's `status`: "ok", "draining", "degraded", or another word.
  public var status: String?
  /// `registeredServers[]`, the compute nodes that registered with the relay.
  public var registeredServers: [RegisteredServer]
  /// `knownServers`.
  public var knownServers: Int?
  public var upstream: String?
  public var upstreamHealthRequired: Bool?
  public var relayOnly: Bool?
  public var gpuHost: String?
  /// `activeUpstreamServers[]`, `requiredUpstreamServers[]` and
  /// `configuredUpstreamServers[]`.
  public var activeUpstreamServers: [String]
  public var requiredUpstreamServers: [String]
  public var configuredUpstreamServers: [String]
  /// `publicBaseUrl`, when the relay reports one.
  public var publicBaseURL: String?
  /// `details{}`, kept whole for the detail view.
  public var details: JSONValue?
  /// The raw body, kept for the detail view (may be any bytes).
  public var body: String

  /// One compute node as `/healthz` lists it.
  public struct RegisteredServer: Sendable, Equatable {
    public var publicKey: String
    public var ageSeconds: Double?
    public var queueDepth: Int?
    public var inFlight: Int?
    public var maxConcurrency: Int?
    public var loadScore: Double?
    /// `next_ping_in_x_seconds`.
    public var nextPingSeconds: Double?
    /// `capabilities`, kept whole (its shape is the node's business).
    public var capabilities: JSONValue?

    public init(
      publicKey: String, ageSeconds: Double? = nil, queueDepth: Int? = nil,
      inFlight: Int? = nil,
      maxConcurrency: Int? = nil, loadScore: Double? = nil,
      nextPingSeconds: Double? = nil,
      capabilities: JSONValue? = nil
    ) {
      self.publicKey = publicKey
      self.ageSeconds = ageSeconds
      self.queueDepth = queueDepth
      self.inFlight = inFlight
      self.maxConcurrency = maxConcurrency
      self.loadScore = loadScore
      self.nextPingSeconds = nextPingSeconds
      self.capabilities = capabilities
    }
  }

  public init(
    httpStatus: Int, latencyMilliseconds: Double, status: String? = nil,
    registeredServers: [RegisteredServer] = [], knownServers: Int? = nil,
    upstream: String? = nil,
    upstreamHealthRequired: Bool? = nil, relayOnly: Bool? = nil,
    gpuHost: String? = nil,
    body: String = "", activeUpstreamServers: [String] = [],
    requiredUpstreamServers: [String] = [],
    configuredUpstreamServers: [String] = [], publicBaseURL: String? = nil,
    details: JSONValue? = nil
  ) {
    self.httpStatus = httpStatus
    self.latencyMilliseconds = latencyMilliseconds
    self.status = status
    self.registeredServers = registeredServers
    self.knownServers = knownServers
    self.upstream = upstream
    self.upstreamHealthRequired = upstreamHealthRequired
    self.relayOnly = relayOnly
    self.gpuHost = gpuHost
    self.body = body
    self.activeUpstreamServers = activeUpstreamServers
    self.requiredUpstreamServers = requiredUpstreamServers
    self.configuredUpstreamServers = configuredUpstreamServers
    self.publicBaseURL = publicBaseURL
    self.details = details
  }
}

/// Why a probe of the health URL got no HTTP answer; each case carries the
/// system's own detail text.
public enum ProbeFailure: Sendable, Equatable, CustomStringConvertible {
  case dns(String)
  case tls(String)
  case refused(String)
  case timeout(seconds: Double)
  case other(String)

  /// The failure named as such, e.g. "DNS lookup failed (no such host)".
  public var description: String {
    switch self {
    case .dns(let detail): Self.named("DNS lookup failed", detail)
    case .tls(let detail): Self.named("TLS handshake failed", detail)
    case .refused(let detail): Self.named("connection refused", detail)
    case .timeout(let seconds): "timed out after \(Self.seconds(seconds))"
    case .other(let detail): detail.isEmpty ? "request failed" : detail
    }
  }

  private static func named(_ name: String, _ detail: String) -> String {
    detail.isEmpty ? name : "\(name) (\(detail))"
  }

  /// "5s", or "2.5s" when the timeout has a fraction.
  private static func seconds(_ value: Double) -> String {
    guard value.isFinite, abs(value) < 1e15, value.rounded() == value else {
      return "\(value)s"
    }
    return "\(Int(value))s"
  }
}
