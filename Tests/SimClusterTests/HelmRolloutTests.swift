import Testing

@testable import SimCluster

@Suite struct HelmRolloutTests {
  static func deployment(
    generation: Int, observed: Int, desired: Int = 1, updated: Int, total: Int,
    available: Int
  ) -> HelmValue {
    .object([
      "metadata": .object(["generation": .number(Double(generation))]),
      "spec": .object(["replicas": .number(Double(desired))]),
      "status": .object([
        "observedGeneration": .number(Double(observed)),
        "updatedReplicas": .number(Double(updated)),
        "replicas": .number(Double(total)),
        "availableReplicas": .number(Double(available)),
      ]),
    ])
  }

  @Test(arguments: [
    (
      "rolled out",
      deployment(
        generation: 2, observed: 2, updated: 1, total: 1, available: 1), true
    ),
    (
      "generation not observed",
      deployment(
        generation: 3, observed: 2, updated: 1, total: 1, available: 1), false
    ),
    (
      "old pod still there",
      deployment(
        generation: 2, observed: 2, updated: 1, total: 2, available: 1), false
    ),
    (
      "new pod not ready",
      deployment(
        generation: 2, observed: 2, updated: 1, total: 1, available: 0), false
    ),
    (
      "too few updated",
      deployment(
        generation: 2, observed: 2, desired: 2, updated: 1, total: 2,
        available: 2), false
    ),
  ])
  func decidesRolloutLikeKubectl(id: String, deployment: HelmValue, done: Bool) {
    #expect(DeploymentRoller.isRolledOut(deployment) == done)
  }

  @Test(arguments: [
    (
      "tag from values",
      HelmValue.object(["image": .object(["tag": .string("sha-1a2b3c4")])]),
      "ghcr.io/democratizedspace/tokenplace-relay:sha-1a2b3c4"
    ),
    (
      "empty tag falls back to appVersion",
      .object(["image": .object(["tag": .string("")])]),
      "ghcr.io/democratizedspace/tokenplace-relay:main"
    ),
    (
      "numeric tag",
      .object([
        "image": .object(["repository": .string("r"), "tag": .number(42)])
      ]),
      "r:42"
    ),
  ])
  func rendersTheImage(id: String, values: HelmValue, image: String) {
    let chart = ChartMetadata(
      name: "tokenplace-relay", version: "0.1.0", appVersion: "main")
    #expect(DeploymentRoller.image(values: values, chart: chart) == image)
  }

  @Test func yamlWriterOutputReadsBackTheSameValue() throws {
    let value = HelmValue.object([
      "image": .object([
        "tag": .string("1234"), "repository": .string("ghcr.io/x"),
      ]),
      "hosts": .array([
        .object(["host": .string("a"), "paths": .array([.string("/")])])
      ]),
      "empty": .object([:]), "flag": .bool(true), "note": .string("yes"),
      "count": .number(3),
    ])
    let text = YAMLWriter.text(value)
    #expect(try YAMLReader.parse(text, source: "written") == value)
  }

  @Test func kubeconfigNamesAMissingContext() throws {
    let document = try YAMLReader.parse(
      "current-context: sim\ncontexts: []\n", source: "kc")
    #expect(
      throws: HelmError.kubeconfig("context \"sim\" does not exist in \"kc\"")
    ) {
      try Kubeconfig.parse(document, context: nil, path: "kc")
    }
  }
}
