import Foundation

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

  public init(
    statusCode: Int, latencyMilliseconds: Double, headers: [String: String] = [:],
    body: Data = Data(), bodyTruncated: Bool = false
  ) {
    self.statusCode = statusCode
    self.latencyMilliseconds = latencyMilliseconds
    self.headers = headers
    self.body = body
    self.bodyTruncated = bodyTruncated
  }

  /// The `Retry-After` header (a draining relay sends "0").
  public var retryAfter: String? { headers["retry-after"] }
}
