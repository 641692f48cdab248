import Foundation

/// One revision of a helm release: what helm v3 stores in a release Secret.
public struct ReleaseRecord: Sendable, Equatable {
  /// Release name, e.g. `tokenplace-relay`.
  public var name: String
  /// Namespace the release lives in.
  public var namespace: String
  /// Revision number, from 1; helm's JSON calls it `version`.
  public var revision: Int
  /// Status of this revision.
  public var status: ReleaseStatus
  /// Metadata of the chart this revision was made from.
  public var chart: ChartMetadata
  /// The chart's own default values (`chart.values`).
  public var chartValues: HelmValue
  /// User-supplied values (`config`): `-f` files and `--set`, merged.
  public var config: HelmValue
  /// When the release was first deployed; nil for helm's empty time.
  public var firstDeployed: Date?
  /// When this revision was deployed; nil for helm's empty time.
  public var lastDeployed: Date?
  /// Description of the last operation, e.g. `Upgrade complete`.
  public var description: String
  /// Rendered NOTES.txt; may be empty.
  public var notes: String
  /// The rendered manifest, YAML documents separated by `---`.
  public var manifest: String

  public init(
    name: String, namespace: String, revision: Int, status: ReleaseStatus,
    chart: ChartMetadata, chartValues: HelmValue = .emptyObject,
    config: HelmValue = .emptyObject, firstDeployed: Date? = nil,
    lastDeployed: Date? = nil,
    description: String = "", notes: String = "", manifest: String = ""
  ) {
    self.name = name
    self.namespace = namespace
    self.revision = revision
    self.status = status
    self.chart = chart
    self.chartValues = chartValues
    self.config = config
    self.firstDeployed = firstDeployed
    self.lastDeployed = lastDeployed
    self.description = description
    self.notes = notes
    self.manifest = manifest
  }

  /// The name of the Secret that stores this revision: `sh.helm.release.v1.<name>.v<revision>`.
  public var secretName: String {
    ReleaseRecord.secretName(release: name, revision: revision)
  }

  /// The Secret name of revision `revision` of release `release`.
  public static func secretName(release: String, revision: Int) -> String {
    "sh.helm.release.v1.\(release).v\(revision)"
  }

  /// User values merged over the chart's defaults, as templates see them.
  public var computedValues: HelmValue { chartValues.merging(config) }
}
