import Foundation

extension APIRouter {
  /// POST: stores a new object (namespaces, pods, secrets, deployments).
  func create(_ path: ResourcePath, _ request: HTTPRequest, _ exchange: HTTPExchange)
    throws(SimError)
  {
    try requireWritable(path, verb: "create")
    var object = try SimJSON(parsing: request.body)
    if path.kind.namespaced {
      object["metadata"]["namespace"] = .string(path.namespace ?? "default")
    }
    if object.name.isEmpty, let prefix = object["metadata"]["generateName"].string {
      object["metadata"]["name"] = .string(prefix + Names.suffix(5))
    }
    guard !object.name.isEmpty else {
      throw SimError.badRequest("\(path.kind.kind) \"\" is invalid: metadata.name: Required value")
    }
    object["apiVersion"] = .string(path.kind.groupVersion)
    object["kind"] = .string(path.kind.kind)
    if path.kind == .deployments { object["metadata"]["generation"] = 1 }
    exchange.respond(status: 201, json: try store.create(path.kind, object))
  }

  /// PUT: replaces an object; a stale resourceVersion is a Conflict.
  func replace(
    _ path: ResourcePath, name: String, _ request: HTTPRequest, _ exchange: HTTPExchange
  ) throws(SimError) {
    try requireWritable(path, verb: "update")
    let body = try SimJSON(parsing: request.body)
    guard body.name == name else {
      throw SimError.badRequest(
        "the name of the object (\(body.name)) does not match the name on the URL (\(name))")
    }
    let updated = try store.update(
      path.kind, namespace: path.namespace ?? "", name: name,
      expectedVersion: body["metadata"]["resourceVersion"].string
    ) { object in
      var replacement = body
      replacement["metadata"]["namespace"] = object["metadata"]["namespace"]
      if path.kind == .deployments, path.subresource != "status" {
        replacement["status"] = object["status"]
        Self.bumpGeneration(&replacement, from: object)
      }
      object = replacement
    }
    exchange.respond(json: updated)
  }

  /// PATCH in any of the three formats kubectl sends.
  func patch(
    _ path: ResourcePath, name: String, _ request: HTTPRequest, _ exchange: HTTPExchange
  ) throws(SimError) {
    try requireWritable(path, verb: "patch")
    let format = try Patch.Format(contentType: request.headers["content-type"] ?? "")
    let changes = try SimJSON(parsing: request.body)
    let updated = try store.update(path.kind, namespace: path.namespace ?? "", name: name) {
      (object: inout SimJSON) throws(SimError) in
      var patched = try Patch.apply(changes, to: object, format: format)
      if path.kind == .deployments { Self.bumpGeneration(&patched, from: object) }
      object = patched
    }
    exchange.respond(json: updated)
  }

  /// DELETE: pods start terminating; other objects go at once.
  func delete(_ path: ResourcePath, name: String, _ exchange: HTTPExchange) throws(SimError) {
    try requireWritable(path, verb: "delete")
    let namespace = path.namespace ?? ""
    if path.kind == .pods {
      let stamp = SimTime.seconds(now())
      let pod = try store.update(path.kind, namespace: namespace, name: name) { pod in
        if pod["metadata"]["deletionTimestamp"] == .null {
          pod["metadata"]["deletionTimestamp"] = .string(stamp)
          pod["metadata"]["deletionGracePeriodSeconds"] = 30
        }
      }
      exchange.respond(json: pod)
      return
    }
    let removed = try store.delete(path.kind, namespace: namespace, name: name)
    exchange.respond(json: [
      "kind": "Status", "apiVersion": "v1", "metadata": .emptyObject, "status": "Success",
      "details": [
        "name": .string(name), "kind": .string(path.kind.plural),
        "uid": removed["metadata"]["uid"],
      ],
    ])
  }

  private func requireWritable(_ path: ResourcePath, verb: String) throws(SimError) {
    guard path.kind.verbs.contains(verb) else {
      throw SimError.methodNotAllowed(resource: path.kind.plural, verb: verb)
    }
  }

  /// Raises `metadata.generation` when the spec changed, as the API server does.
  static func bumpGeneration(_ updated: inout SimJSON, from old: SimJSON) {
    let generation = old["metadata"]["generation"].int ?? 1
    updated["metadata"]["generation"] = .int(
      updated["spec"] == old["spec"] ? generation : generation + 1)
  }
}
