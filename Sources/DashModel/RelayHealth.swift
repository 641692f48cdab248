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

    public init(
      publicKey: String, ageSeconds: Double? = nil, queueDepth: Int? = nil, inFlight: Int? = nil,
      maxConcurrency: Int? = nil, loadScore: Double? = nil
    ) {
      self.publicKey = publicKey
      self.ageSeconds = ageSeconds
      self.queueDepth = queueDepth
      self.inFlight = inFlight
      self.maxConcurrency = maxConcurrency
      self.loadScore = loadScore
    }
  }

  public init(
    httpStatus: Int, latencyMilliseconds: Double, status: String? = nil,
    registeredServers: [RegisteredServer] = [], knownServers: Int? = nil, upstream: String? = nil,
    upstreamHealthRequired: Bool? = nil, relayOnly: Bool? = nil, gpuHost: String? = nil,
    body: String = ""
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
    value.rounded() == value ? "\(Int(value))s" : "\(value)s"
  }
}
