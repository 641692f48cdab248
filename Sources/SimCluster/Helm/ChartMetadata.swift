/// The parts of a chart's `Chart.yaml` that a release stores and prints.
public struct ChartMetadata: Sendable, Equatable {
  /// Chart name, e.g. `tokenplace-relay`.
  public var name: String
  /// Chart version (SemVer), e.g. `0.1.0`.
  public var version: String
  /// Version of the packaged application, e.g. `main`; may be empty.
  public var appVersion: String
  /// Chart API version: `v2` for Helm 3 charts.
  public var apiVersion: String
  /// One-line description from `Chart.yaml`; may be empty.
  public var description: String
  /// Chart type: `application` or `library`; may be empty.
  public var type: String

  public init(
    name: String, version: String, appVersion: String = "",
    apiVersion: String = "v2",
    description: String = "", type: String = "application"
  ) {
    self.name = name
    self.version = version
    self.appVersion = appVersion
    self.apiVersion = apiVersion
    self.description = description
    self.type = type
  }

  /// The chart column of `helm history`: `name-version`.
  public var nameAndVersion: String { "\(name)-\(version)" }
}
