import Foundation

/// Rolls the release's Deployment through the API: sets its image, waits for the rollout.
struct DeploymentRoller {
  /// Name of the container whose image a release sets.
  static let container = "relay"
  /// Image repository when the values name none.
  static let defaultRepository = "ghcr.io/democratizedspace/tokenplace-relay"

  let client: KubeClient
  let namespace: String
  let context: HelmContext

  /// The image a release's values ask for: `image.repository:image.tag`, tag defaulting to
  /// the chart's appVersion as the chart's templates do.
  static func image(values: HelmValue, chart: ChartMetadata) -> String {
    let repository = values.value(atPath: "image.repository")?.scalarText
    let tag = values.value(atPath: "image.tag")?.scalarText
    let chosenTag = tag.flatMap { $0.isEmpty ? nil : $0 } ?? chart.appVersion
    let chosenRepository =
      repository.flatMap { $0.isEmpty ? nil : $0 } ?? defaultRepository
    return chosenRepository + ":" + chosenTag
  }

  /// The manifest the stand-in stores: only the Deployment's image is rendered.
  static func manifest(release: String, chart: ChartMetadata, image: String)
    -> String
  {
    """
    ---
    # Source: \(chart.name)/templates/deployment.yaml
    # Rendered by the tokenplace-sim helm stand-in: only the image is templated.
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: \(release)
    spec:
      template:
        spec:
          containers:
            - name: \(container)
              image: \(image)

    """
  }

  private func path(_ deployment: String) -> String {
    "/apis/apps/v1/namespaces/\(namespace)/deployments/\(deployment)"
  }

  /// Sets the container image with a strategic merge patch, as `kubectl set image` does.
  func setImage(deployment: String, image: String) throws {
    let container = HelmValue.object([
      "name": .string(DeploymentRoller.container), "image": .string(image),
    ])
    let patch = HelmValue.object([
      "spec": .object([
        "template": .object([
          "spec": .object(["containers": .array([container])])
        ])
      ])
    ])
    let response = try client.send(
      "PATCH", path(deployment), body: patch,
      contentType: "application/strategic-merge-patch+json")
    if response.status == 404 { throw HelmError.deploymentMissing(deployment) }
    guard (200..<300).contains(response.status) else {
      throw KubeClient.statusError(response)
    }
  }

  /// Polls the Deployment until it has rolled out; false when `deadline` passes first.
  func waitForRollout(deployment: String, deadline: Date) throws -> Bool {
    while true {
      let object = try? client.json("GET", path(deployment))
      if let object, DeploymentRoller.isRolledOut(object) { return true }
      if context.now() >= deadline { return false }
      Thread.sleep(forTimeInterval: context.pollInterval)
    }
  }

  /// kubectl's rollout-complete test: generation observed, every replica updated and ready.
  static func isRolledOut(_ deployment: HelmValue) -> Bool {
    let generation = deployment["metadata"]?["generation"]?.int ?? 0
    let status = deployment["status"] ?? .emptyObject
    let observed = status["observedGeneration"]?.int ?? 0
    let desired = deployment["spec"]?["replicas"]?.int ?? 1
    let updated = status["updatedReplicas"]?.int ?? 0
    let total = status["replicas"]?.int ?? 0
    let available = status["availableReplicas"]?.int ?? 0
    return observed >= generation && updated == desired && total == updated
      && available == updated
  }
}
