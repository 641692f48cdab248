import DashModel
import Foundation

/// One probe of the health URL: an HTTP answer of any status, or why there was none.
public struct HealthProbe: Sendable, Equatable {
  public var url: String
  /// When the probe finished.
  public var at: Date
  public var result: Result

  public init(url: String, at: Date, result: Result) {
    self.url = url
    self.at = at
    self.result = result
  }

  /// What the probe got.
  public enum Result: Sendable, Equatable {
    case response(HealthResponse)
    case failure(ProbeFailure)
  }
}
