import Foundation

extension APIRouter {
  /// GET of a collection: a list, a Table, or a watch stream.
  func list(_ path: ResourcePath, _ request: HTTPRequest, _ exchange: HTTPExchange)
    throws(SimError)
  {
    let labels = try LabelSelector(request.query["labelSelector"] ?? "")
    let fields = try FieldSelector(request.query["fieldSelector"] ?? "")
    let filter: @Sendable (SimJSON) -> Bool = { labels.matches($0.labels) && fields.matches($0) }
    if ["true", "1"].contains(request.query["watch"] ?? "") {
      try watch(path, request, exchange, filter: filter)
      return
    }
    let (stored, revision) = store.list(path.kind.storage, namespace: path.namespace)
    let items = stored.filter(filter).map { present($0, as: path.kind) }
    if wantsTable(request) {
      exchange.respond(json: table(path.kind, items, revision, request))
      return
    }
    exchange.respond(json: [
      "kind": .string(path.kind.kind + "List"), "apiVersion": .string(path.kind.groupVersion),
      "metadata": ["resourceVersion": .string(String(revision))], "items": .array(items),
    ])
  }

  /// GET of one object, plain or as a Table.
  func get(_ path: ResourcePath, name: String, _ request: HTTPRequest, _ exchange: HTTPExchange)
    throws(SimError)
  {
    guard let object = store.get(path.kind.storage, namespace: path.namespace ?? "", name: name)
    else { throw SimError.notFound(resource: path.kind.qualifiedName, name: name) }
    let shown = present(object, as: path.kind)
    if wantsTable(request) {
      exchange.respond(json: table(path.kind, [shown], store.revision, request))
    } else {
      exchange.respond(json: shown)
    }
  }

  private func table(
    _ kind: ResourceKind, _ items: [SimJSON], _ revision: Int, _ request: HTTPRequest
  ) -> SimJSON {
    TablePrinter(now: now()).table(
      kind, items, revision: revision, fullObjects: request.query["includeObject"] == "Object")
  }

  /// A chunked stream of `{"type","object"}` lines until the client leaves,
  /// `timeoutSeconds` passes, or the api-flaky scenario cuts it.
  private func watch(
    _ path: ResourcePath, _ request: HTTPRequest, _ exchange: HTTPExchange,
    filter: @escaping @Sendable (SimJSON) -> Bool
  ) throws(SimError) {
    let version = Int(request.query["resourceVersion"] ?? "")
    let queue = try store.watch(
      path.kind.storage, namespace: path.namespace, resourceVersion: version)
    defer { store.endWatch(queue) }
    guard exchange.startStream(contentType: "application/json") else { return }
    let started = Date()
    let timeout = Double(request.query["timeoutSeconds"] ?? "") ?? 1800
    let asTable = wantsTable(request)
    while Date().timeIntervalSince(started) < timeout, !cutByFlakiness(started) {
      guard let events = queue.take(timeout: 0.25) else { break }
      if events.isEmpty {
        guard exchange.peerConnected() else { return }
        continue
      }
      var bytes: [UInt8] = []
      for event in events where filter(event.object) {
        var object = present(event.object, as: path.kind)
        if asTable {
          object = TablePrinter(now: now()).table(
            path.kind, [object], revision: event.resourceVersion, fullObjects: true)
        }
        let line: SimJSON = ["type": .string(event.type), "object": object]
        bytes += line.encoded() + [10]
      }
      guard exchange.writeChunk(bytes) else { return }
    }
    exchange.endStream()
  }

  private func cutByFlakiness(_ started: Date) -> Bool {
    switches.current.scenario == .apiFlaky
      && Date().timeIntervalSince(started) > timing.flakyWatchLifetime
  }
}
