import Foundation

extension ReleaseRecord {
  /// The release as helm v3 marshals `release.Release`, with helm's field names.
  ///
  /// `includeChart` false gives what `helm status -o json` prints (chart stripped).
  public func helmJSON(includeChart: Bool = true) -> SimJSON {
    var members: [String: SimJSON] = [
      "name": .string(name),
      "info": infoJSON,
      "version": .int(revision),
      "namespace": .string(namespace),
    ]
    if includeChart { members["chart"] = chartJSON }
    if !config.isEmpty { members["config"] = config }
    if !manifest.isEmpty { members["manifest"] = .string(manifest) }
    return .object(members)
  }

  /// Reads a release from helm's JSON; throws `HelmError.malformedRelease` naming the field.
  public init(helmJSON json: SimJSON) throws {
    guard let name = json["name"].string, !name.isEmpty else {
      throw HelmError.malformedRelease(field: "name")
    }
    guard let revision = json["version"].int else {
      throw HelmError.malformedRelease(field: "version")
    }
    let info = json["info"]
    let statusText = info["status"].string ?? ""
    guard let status = ReleaseStatus(rawValue: statusText) else {
      throw HelmError.malformedRelease(field: "info.status")
    }
    self.init(
      name: name, namespace: json["namespace"].string ?? "",
      revision: revision,
      status: status, chart: ReleaseRecord.chart(from: json["chart"]),
      chartValues: ReleaseRecord.objectOrEmpty(json["chart"]["values"]),
      config: ReleaseRecord.objectOrEmpty(json["config"]),
      firstDeployed: info["first_deployed"].string.flatMap(GoTime.parse),
      lastDeployed: info["last_deployed"].string.flatMap(GoTime.parse),
      description: info["description"].string ?? "",
      notes: info["notes"].string ?? "",
      manifest: json["manifest"].string ?? "")
  }

  /// `info`: helm writes an unset time as `""`; `deleted` is always present.
  private var infoJSON: SimJSON {
    var info: [String: SimJSON] = [
      "first_deployed": .string(firstDeployed.map(GoTime.format) ?? ""),
      "last_deployed": .string(lastDeployed.map(GoTime.format) ?? ""),
      "deleted": .string(""),
      "status": .string(status.rawValue),
    ]
    if !description.isEmpty { info["description"] = .string(description) }
    if !notes.isEmpty { info["notes"] = .string(notes) }
    return .object(info)
  }

  /// `chart`: metadata plus the fields helm's `chart.Chart` always marshals.
  private var chartJSON: SimJSON {
    var metadata: [String: SimJSON] = [
      "name": .string(chart.name), "version": .string(chart.version),
    ]
    let optional = [
      ("appVersion", chart.appVersion), ("apiVersion", chart.apiVersion),
      ("description", chart.description), ("type", chart.type),
    ]
    for (key, text) in optional where !text.isEmpty {
      metadata[key] = .string(text)
    }
    return .object([
      "metadata": .object(metadata),
      "lock": .null,
      "templates": .array([]),
      "values": chartValues.isEmpty ? .null : chartValues,
      "schema": .null,
      "files": .array([]),
    ])
  }

  /// `value`, or an empty object where helm wrote null or nothing.
  private static func objectOrEmpty(_ value: SimJSON) -> SimJSON {
    value == .null ? .emptyObject : value
  }

  /// Chart metadata from a release's `chart` member; empty strings where absent.
  private static func chart(from json: SimJSON) -> ChartMetadata {
    let metadata = json["metadata"]
    return ChartMetadata(
      name: metadata["name"].string ?? "",
      version: metadata["version"].string ?? "",
      appVersion: metadata["appVersion"].string ?? "",
      apiVersion: metadata["apiVersion"].string ?? "",
      description: metadata["description"].string ?? "",
      type: metadata["type"].string ?? "")
  }
}
