import Foundation

/// The Helm release as `helm status -o json` and `helm history -o json` report it.
public struct Release: Sendable, Equatable {
  public var name: String
  public var namespace: String
  /// The current revision (helm status calls it `version`).
  public var revision: Int
  /// deployed, superseded, failed, pending-install, pending-upgrade, ...
  public var status: String
  public var chartName: String?
  public var chartVersion: String?
  public var appVersion: String?
  public var firstDeployed: Date?
  public var lastDeployed: Date?
  public var description: String?
  /// `image.tag` from the user-supplied values (`config`), when set there.
  public var configuredTag: String?
  /// Every revision, newest first.
  public var history: [Revision]
  /// `info.notes`: the chart's NOTES.txt as rendered.
  public var notes: String?
  /// History entries that could not be read and were left out.
  public var historyErrors: [ModelError]

  /// One entry of `helm history`.
  public struct Revision: Sendable, Equatable {
    public var revision: Int
    public var updated: Date?
    public var status: String
    /// "name-version", as helm prints it.
    public var chart: String
    public var appVersion: String?
    public var description: String?

    public init(
      revision: Int, updated: Date?, status: String, chart: String,
      appVersion: String?,
      description: String?
    ) {
      self.revision = revision
      self.updated = updated
      self.status = status
      self.chart = chart
      self.appVersion = appVersion
      self.description = description
    }
  }

  public init(
    name: String, namespace: String, revision: Int, status: String,
    chartName: String? = nil,
    chartVersion: String? = nil, appVersion: String? = nil,
    firstDeployed: Date? = nil,
    lastDeployed: Date? = nil, description: String? = nil,
    configuredTag: String? = nil,
    history: [Revision] = [], notes: String? = nil,
    historyErrors: [ModelError] = []
  ) {
    self.name = name
    self.namespace = namespace
    self.revision = revision
    self.status = status
    self.chartName = chartName
    self.chartVersion = chartVersion
    self.appVersion = appVersion
    self.firstDeployed = firstDeployed
    self.lastDeployed = lastDeployed
    self.description = description
    self.configuredTag = configuredTag
    self.history = history
    self.notes = notes
    self.historyErrors = historyErrors
  }
}
