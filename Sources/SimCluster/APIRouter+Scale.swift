extension APIRouter {
  /// `deployments/NAME/scale`: GET, PATCH and PUT of an autoscaling/v1 Scale.
  func scale(
    _ path: ResourcePath, name: String, _ request: HTTPRequest, _ exchange: HTTPExchange
  ) throws(SimError) {
    let namespace = path.namespace ?? ""
    guard var deployment = store.get(path.kind.storage, namespace: namespace, name: name) else {
      throw SimError.notFound(resource: path.kind.qualifiedName, name: name)
    }
    if request.method != "GET" {
      let body = try SimJSON(parsing: request.body)
      let changed =
        request.method == "PATCH"
        ? try Patch.apply(
          body, to: Self.scaleObject(deployment),
          format: Patch.Format(contentType: request.headers["content-type"] ?? ""))
        : body
      guard let replicas = changed["spec"]["replicas"].int, replicas >= 0 else {
        throw SimError.badRequest("Scale.spec.replicas: Invalid value: must be 0 or more")
      }
      deployment = try store.update(path.kind, namespace: namespace, name: name) { object in
        let before = object
        object["spec"]["replicas"] = .int(replicas)
        Self.bumpGeneration(&object, from: before)
      }
    }
    exchange.respond(json: Self.scaleObject(deployment))
  }

  /// The Scale view of a Deployment.
  static func scaleObject(_ deployment: SimJSON) -> SimJSON {
    let selector = deployment["spec"]["selector"]["matchLabels"].object ?? [:]
    let text = selector.keys.sorted().map { "\($0)=\(selector[$0]?.string ?? "")" }
    return [
      "kind": "Scale", "apiVersion": "autoscaling/v1",
      "metadata": [
        "name": .string(deployment.name), "namespace": .string(deployment.namespace),
        "uid": deployment["metadata"]["uid"],
        "resourceVersion": deployment["metadata"]["resourceVersion"],
        "creationTimestamp": deployment["metadata"]["creationTimestamp"],
      ],
      "spec": ["replicas": deployment["spec"]["replicas"]],
      "status": [
        "replicas": deployment["status"]["replicas"] == .null
          ? 0 : deployment["status"]["replicas"],
        "selector": .string(text.joined(separator: ",")),
      ],
    ]
  }
}
