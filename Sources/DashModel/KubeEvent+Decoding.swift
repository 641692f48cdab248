import Foundation

extension KubeEvent: JSONDecodable {
  public static let kindName = "Event"

  /// Reads one item of `kubectl get events -o json` (core v1 Event); a
  /// series count, when present, wins over the legacy `count`.
  public init(json: JSONValue) throws(ModelError) {
    let (fields, _) = try JSONFields.object(json, kind: Self.kindName)
    let kind = fields.string("involvedObject.kind") ?? ""
    let object = fields.string("involvedObject.name") ?? ""
    let eventTime = try fields.time("eventTime")
    let firstSeen = try fields.time("firstTimestamp") ?? eventTime
    let lastTimestamp = try fields.time("lastTimestamp")
    let seriesLast = try fields.time("series.lastObservedTime")
    self.init(
      id: fields.identity,
      type: fields.string("type") ?? "Normal",
      reason: fields.string("reason") ?? "",
      object: kind.isEmpty ? object : "\(kind)/\(object)",
      message: fields.string("message") ?? "",
      count: fields.int("series.count") ?? fields.int("count") ?? 1,
      lastSeen: lastTimestamp ?? seriesLast ?? eventTime ?? firstSeen,
      involvedKind: kind, involvedName: object, firstSeen: firstSeen,
      source: fields.string("source.component")
        ?? fields.string("reportingComponent"),
      namespace: fields.string("metadata.namespace") ?? "")
  }

  /// Whether the event is a Warning.
  public var isWarning: Bool { type == "Warning" }

  /// Events by `lastSeen`, newest first; undated events last; ties keep their order.
  public static func newestFirst(_ events: [KubeEvent]) -> [KubeEvent] {
    events.enumerated().sorted { left, right in
      let leftSeen = left.element.lastSeen ?? .distantPast
      let rightSeen = right.element.lastSeen ?? .distantPast
      return leftSeen != rightSeen
        ? leftSeen > rightSeen : left.offset < right.offset
    }.map(\.element)
  }
}
