import Foundation

extension Release {
  /// Joins `helm status REL -o json` (the revision is called `version`) with
  /// `helm history REL -o json` (an array whose entries call it `revision`).
  /// History entries that cannot be read are left out and kept in
  /// `historyErrors`.
  public init(status: JSONValue, history: JSONValue) throws(ModelError) {
    var fields = try JSONFields(status, kind: "helm status")
    let name = try fields.required("name")
    fields.name = name
    guard let revision = fields.int("version") else {
      throw .missingField(kind: "helm status", name: name, field: "version")
    }
    guard let entries = history.array else {
      throw .notAList(kind: "helm history")
    }
    let decoded = Revision.decodeList(entries)
    let newest = decoded.values.sorted { $0.revision > $1.revision }
    let chart = Self.chart(
      fields, current: newest.first { $0.revision == revision })
    self.init(
      name: name, namespace: fields.string("namespace") ?? "",
      revision: revision,
      status: fields.string("info.status") ?? "unknown", chartName: chart.name,
      chartVersion: chart.version, appVersion: chart.appVersion,
      firstDeployed: try fields.time("info.first_deployed"),
      lastDeployed: try fields.time("info.last_deployed"),
      description: fields.string("info.description"),
      configuredTag: Self.scalarText(fields.value("config.image.tag")),
      history: newest,
      notes: fields.string("info.notes"), historyErrors: decoded.errors)
  }

  /// Chart name, version and app version: from `chart.metadata` when helm
  /// status includes the chart, else from the history entry of this revision.
  private static func chart(_ fields: JSONFields, current: Revision?) -> (
    name: String?, version: String?, appVersion: String?
  ) {
    if let name = fields.string("chart.metadata.name") {
      return (
        name, fields.string("chart.metadata.version"),
        fields.string("chart.metadata.appVersion")
      )
    }
    let split = current.map { Revision.splitChart($0.chart) }
    return (split?.name, split?.version, current?.appVersion)
  }

  /// A YAML scalar that may have become a number or a boolean, as text.
  static func scalarText(_ value: JSONValue?) -> String? {
    switch value {
    case .string(let text)?: text
    case .number?: value?.int.map(String.init) ?? value?.double.map { "\($0)" }
    case .bool(let flag)?: String(flag)
    default: nil
    }
  }

  /// Whether an operation is in progress (or was cut off): pending-install,
  /// pending-upgrade or pending-rollback. Helm refuses upgrades until then.
  public var isPending: Bool { status.hasPrefix("pending-") }
}

extension Release.Revision: JSONDecodable {
  public static let kindName = "helm history entry"

  /// Reads one entry of `helm history -o json`.
  public init(json: JSONValue) throws(ModelError) {
    let fields = try JSONFields(json, kind: Self.kindName)
    guard let revision = fields.int("revision") else {
      throw .missingField(kind: Self.kindName, name: nil, field: "revision")
    }
    self.init(
      revision: revision, updated: try fields.time("updated"),
      status: fields.string("status") ?? "unknown",
      chart: fields.string("chart") ?? "",
      appVersion: fields.string("app_version"),
      description: fields.string("description"))
  }

  /// Splits helm's "name-version" at the first '-' followed by a digit,
  /// e.g. "tokenplace-relay-0.1.0-rc.1" into "tokenplace-relay" and "0.1.0-rc.1".
  public static func splitChart(_ chart: String) -> (
    name: String, version: String?
  ) {
    var index = chart.startIndex
    while let dash = chart[index...].firstIndex(of: "-") {
      let next = chart.index(after: dash)
      if next < chart.endIndex, chart[next].isASCII, chart[next].isNumber {
        return (String(chart[..<dash]), String(chart[next...]))
      }
      index = next
    }
    return (chart, nil)
  }
}
