import DashModel
import Foundation

/// One probe of the health URL: an HTTP answer of any status, or why there was none.
public struct HealthProbe: Sendable, Equatable {
  public var url: String
  /// When the probe finished.
  public var at: Date
  public var result: Result

  /// What the probe got.
  public enum Result: Sendable, Equatable {
    case response(HealthResponse)
    case failure(ProbeFailure)
  }
}

/// An HTTP answer from the health URL.
public struct HealthResponse: Sendable, Equatable {
  public var statusCode: Int
  /// From sending the request to the full body, in milliseconds.
  public var latencyMilliseconds: Double
  /// Response headers, names lowercased.
  public var headers: [String: String]
  /// The body, at most the prober's `bodyLimit` bytes.
  public var body: Data
  /// Whether the body was longer than the limit and cut.
  public var bodyTruncated: Bool

  /// The `Retry-After` header (a draining relay sends "0").
  public var retryAfter: String? { headers["retry-after"] }
}
