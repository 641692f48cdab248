import Foundation

extension Pod: JSONDecodable {
  public static let kindName = "Pod"

  /// Reads one item of `kubectl get pods -o json`, merging each container of
  /// the spec with its status by name (spec order first).
  public init(json: JSONValue) throws(ModelError) {
    let (fields, name) = try JSONFields.object(json, kind: Self.kindName)
    self.init(
      id: fields.identity, name: name,
      namespace: fields.string("metadata.namespace") ?? "",
      phase: fields.string("status.phase") ?? "Unknown",
      reason: fields.string("status.reason"),
      nodeName: fields.string("spec.nodeName"),
      createdAt: try fields.time("metadata.creationTimestamp"),
      deletedAt: try fields.time("metadata.deletionTimestamp"),
      conditions: try fields.conditions("status.conditions"),
      initContainers: try Self.merge(
        fields, spec: "spec.initContainers",
        status: "status.initContainerStatuses"),
      containers: try Self.merge(
        fields, spec: "spec.containers", status: "status.containerStatuses"),
      labels: fields.stringMap("metadata.labels"),
      message: fields.string("status.message"),
      podIP: fields.string("status.podIP"),
      startedAt: try fields.time("status.startTime"))
  }

  /// Joins spec containers with their statuses; statuses of containers the
  /// spec does not name are kept after them.
  private static func merge(_ fields: JSONFields, spec: String, status: String)
    throws(ModelError) -> [ContainerStatus]
  {
    let specs = fields.array(spec).map(fields.nested)
    var statuses: [String: (index: Int, fields: JSONFields)] = [:]
    var unnamed: [(index: Int, fields: JSONFields)] = []
    for (index, item) in fields.array(status).map(fields.nested).enumerated() {
      guard let name = item.string("name"),
        specs.contains(where: { $0.string("name") == name })
      else {
        unnamed.append((index, item))
        continue
      }
      statuses[name] = (index, item)
    }
    var merged: [ContainerStatus] = []
    for spec in specs {
      guard let name = spec.string("name") else { continue }
      let status = statuses[name]
      merged.append(
        try ContainerStatus(
          spec: spec, status: status?.fields, name: name, index: status?.index))
    }
    for status in unnamed {
      guard let name = status.fields.string("name") else { continue }
      merged.append(
        try ContainerStatus(
          spec: nil, status: status.fields, name: name, index: status.index))
    }
    return merged
  }
}

extension ContainerStatus {
  /// One container from its spec entry and its status entry, either may be absent.
  init(spec: JSONFields?, status: JSONFields?, name: String, index: Int?)
    throws(ModelError)
  {
    self.init(
      name: name, image: spec?.string("image") ?? status?.string("image") ?? "",
      ready: status?.bool("ready") ?? false,
      restartCount: status?.int("restartCount") ?? 0,
      state: try ContainerState(status?.value("state"), fields: status),
      lastState: try ContainerState(status?.value("lastState"), fields: status),
      reported: status != nil, started: status?.bool("started"),
      isSidecar: spec?.string("restartPolicy") == "Always",
      imageID: status?.string("imageID"),
      statusIndex: index)
  }
}

extension ContainerState {
  /// Reads a `state` or `lastState` object: exactly one of waiting, running
  /// or terminated; anything else is `.unknown`.
  init(_ json: JSONValue?, fields: JSONFields?) throws(ModelError) {
    guard let json, let fields else {
      self = .unknown
      return
    }
    let state = fields.nested(json)
    if let waiting = json["waiting"], waiting.object != nil {
      self = .waiting(
        reason: waiting["reason"]?.string, message: waiting["message"]?.string)
    } else if json["running"]?.object != nil {
      self = .running(startedAt: try state.time("running.startedAt"))
    } else if json["terminated"]?.object != nil {
      self = .terminated(
        Termination(
          exitCode: state.int("terminated.exitCode") ?? 0,
          signal: state.int("terminated.signal"),
          reason: state.string("terminated.reason"),
          message: state.string("terminated.message"),
          startedAt: try state.time("terminated.startedAt"),
          finishedAt: try state.time("terminated.finishedAt")))
    } else {
      self = .unknown
    }
  }
}
