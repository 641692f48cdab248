import Foundation

/// A chart on disk: its `Chart.yaml` metadata and `values.yaml` defaults.
struct ChartDirectory {
  let metadata: ChartMetadata
  /// Parsed `values.yaml`; an empty object when the chart has none.
  let values: HelmValue
  /// `values.schema.json`, when the chart has one.
  let schema: ValuesSchema?
  /// Text of `templates/NOTES.txt` when it has no template actions; else empty.
  let notes: String

  /// Reads the chart at `path`, a directory as `helm upgrade` accepts it.
  init(path: String) throws {
    let chartFile = path + "/Chart.yaml"
    guard let text = ChartDirectory.text(at: chartFile) else {
      throw HelmError.chartNotFound(path)
    }
    let chart = try YAMLReader.parse(text, source: chartFile)
    guard let name = chart["name"]?.scalarText, !name.isEmpty else {
      throw HelmError.invalidChart(
        path: path, reason: "validation: chart.metadata.name is required")
    }
    guard let version = chart["version"]?.scalarText, !version.isEmpty else {
      throw HelmError.invalidChart(
        path: path, reason: "validation: chart.metadata.version is required")
    }
    metadata = ChartMetadata(
      name: name, version: version,
      appVersion: chart["appVersion"]?.scalarText ?? "",
      apiVersion: chart["apiVersion"]?.string ?? "v2",
      description: chart["description"]?.string ?? "",
      type: chart["type"]?.string ?? "")
    let valuesFile = path + "/values.yaml"
    values =
      try ChartDirectory.text(at: valuesFile).map {
        try YAMLReader.parse($0, source: valuesFile)
      } ?? .emptyObject
    let schemaFile = path + "/values.schema.json"
    schema = try ChartDirectory.text(at: schemaFile).map {
      ValuesSchema(try HelmValue(json: Data($0.utf8), what: schemaFile))
    }
    let rawNotes = ChartDirectory.text(at: path + "/templates/NOTES.txt") ?? ""
    notes = rawNotes.contains("{{") ? "" : rawNotes
  }

  /// The UTF-8 text of a file, or nil when it cannot be read.
  static func text(at path: String) -> String? {
    FileManager.default.contents(atPath: path).flatMap {
      String(data: $0, encoding: .utf8)
    }
  }
}
