import DashModel
import Foundation

/// Recorded kubectl, helm and relay replies under `Fixtures/model/`, parsed.
public enum ModelFixtures {
  /// The parsed JSON of `Fixtures/model/<path>.json`.
  public static func json(_ path: String) throws -> JSONValue {
    try JSONValue(data: Fixtures.data("model/\(path).json"))
  }

  /// The raw bytes of `Fixtures/model/<path>`, extension included.
  public static func data(_ path: String) throws -> Data {
    try Fixtures.data("model/\(path)")
  }

  /// A pod fixture of `Fixtures/model/pods/`, decoded.
  public static func pod(_ name: String) throws -> Pod {
    try Pod(json: json("pods/\(name)"))
  }

  /// A certificate fixture of `Fixtures/model/certificates/`, decoded.
  public static func certificate(_ name: String) throws -> Certificate {
    try Certificate(json: json("certificates/\(name)"))
  }

  /// A relay `/healthz` answer of `Fixtures/model/health/<name>.json`.
  public static func health(_ name: String, httpStatus: Int) throws
    -> RelayHealth
  {
    RelayHealth(
      httpStatus: httpStatus, latencyMilliseconds: 12.5,
      body: try data("health/\(name).json"))
  }

  /// The fixed moment the fixtures were recorded against: 2026-11-30T10:10:00Z.
  public static let now = Date(timeIntervalSince1970: 1_796_033_400)
}
