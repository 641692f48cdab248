import Foundation

extension SeedObjects {
  /// Revision 1 of the helm release (deployed, tag main) as a Secret in helm's format.
  var releaseSecret: SimJSON? {
    let chart = ChartMetadata(
      name: Self.release, version: "0.1.0", appVersion: "main",
      description: "token.place relay for the Sugarkube k3s cluster")
    let deployed = now.addingTimeInterval(-12 * 86400)
    let image: HelmValue = .object([
      "repository": .string(Self.repository), "tag": .string("main"),
      "pullPolicy": .string("IfNotPresent"),
    ])
    let config: HelmValue = .object([
      "image": image,
      "ingress": .object([
        "enabled": .bool(true), "className": .string("traefik"), "host": .string(Self.host),
        "tls": .object(["secretName": .string(Self.certificate)]),
      ]),
    ])
    let record = ReleaseRecord(
      name: Self.release, namespace: Self.namespace, revision: 1, status: .deployed,
      chart: chart, chartValues: .object(["image": image]), config: config,
      firstDeployed: deployed, lastDeployed: deployed, description: "Install complete",
      manifest: DeploymentRoller.manifest(
        release: Self.release, chart: chart, image: "\(Self.repository):main"))
    guard let data = try? ReleaseCodec.secretJSON(for: record, createdAt: deployed),
      var secret = try? SimJSON(parsing: [UInt8](data))
    else { return nil }
    secret["metadata"]["creationTimestamp"] = .string(SimTime.seconds(deployed))
    return secret
  }
}
