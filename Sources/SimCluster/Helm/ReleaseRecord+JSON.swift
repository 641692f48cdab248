import Foundation

extension ReleaseRecord {
  /// The release as helm v3 marshals `release.Release`, with helm's field names.
  ///
  /// `includeChart` false gives what `helm status -o json` prints (chart stripped).
  public func helmJSON(includeChart: Bool = true) -> HelmValue {
    var members: [String: HelmValue] = [
      "name": .string(name),
      "info": infoJSON,
      "version": .number(Double(revision)),
      "namespace": .string(namespace),
    ]
    if includeChart { members["chart"] = chartJSON }
    if !config.isEmpty { members["config"] = config }
    if !manifest.isEmpty { members["manifest"] = .string(manifest) }
    return .object(members)
  }

  /// Reads a release from helm's JSON; throws `HelmError.malformedRelease` naming the field.
  public init(helmJSON json: HelmValue) throws {
    guard let name = json["name"]?.string, !name.isEmpty else {
      throw HelmError.malformedRelease(field: "name")
    }
    guard let revision = json["version"]?.int else {
      throw HelmError.malformedRelease(field: "version")
    }
    let info = json["info"] ?? .emptyObject
    let statusText = info["status"]?.string ?? ""
    guard let status = ReleaseStatus(rawValue: statusText) else {
      throw HelmError.malformedRelease(field: "info.status")
    }
    self.init(
      name: name, namespace: json["namespace"]?.string ?? "",
      revision: revision,
      status: status, chart: ReleaseRecord.chart(from: json["chart"]),
      chartValues: json["chart"]?["values"].flatMap { $0 == .null ? nil : $0 }
        ?? .emptyObject,
      config: json["config"].flatMap { $0 == .null ? nil : $0 } ?? .emptyObject,
      firstDeployed: (info["first_deployed"]?.string).flatMap(GoTime.parse),
      lastDeployed: (info["last_deployed"]?.string).flatMap(GoTime.parse),
      description: info["description"]?.string ?? "",
      notes: info["notes"]?.string ?? "",
      manifest: json["manifest"]?.string ?? "")
  }

  /// `info`: helm writes an unset time as `""`; `deleted` is always present.
  private var infoJSON: HelmValue {
    var info: [String: HelmValue] = [
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
  private var chartJSON: HelmValue {
    var metadata: [String: HelmValue] = [
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

  /// Chart metadata from a release's `chart` member; empty strings where absent.
  private static func chart(from json: HelmValue?) -> ChartMetadata {
    let metadata = json?["metadata"] ?? .emptyObject
    return ChartMetadata(
      name: metadata["name"]?.string ?? "",
      version: metadata["version"]?.string ?? "",
      appVersion: metadata["appVersion"]?.string ?? "",
      apiVersion: metadata["apiVersion"]?.string ?? "",
      description: metadata["description"]?.string ?? "",
      type: metadata["type"]?.string ?? "")
  }
}
