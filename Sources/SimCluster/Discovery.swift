/// The discovery documents kubectl reads before anything else.
enum Discovery {
  /// `/version`, shaped like a k3s server's.
  static let version: SimJSON = [
    "major": "1", "minor": "32", "gitVersion": "v1.32.4+k3s1",
    "gitCommit": "2f6a4a3b2a6f0f4b3c1d0e9a8b7c6d5e4f3a2b1c", "gitTreeState": "clean",
    "buildDate": "2025-04-24T19:09:26Z", "goVersion": "go1.23.6", "compiler": "gc",
    "platform": "linux/arm64",
  ]

  /// `/api`: the core group's versions.
  static let coreVersions: SimJSON = [
    "kind": "APIVersions", "versions": ["v1"],
    "serverAddressByClientCIDRs": [["clientCIDR": "0.0.0.0/0", "serverAddress": "10.0.0.2:6443"]],
  ]

  /// `/apis`: every named group, without cert-manager when it is not installed.
  static func groupList(certManager: Bool) -> SimJSON {
    let groups = ResourceKind.groups.filter {
      certManager || $0.name != ResourceKind.certManagerGroup
    }
    return ["kind": "APIGroupList", "apiVersion": "v1", "groups": .array(groups.map(group))]
  }

  /// `/apis/GROUP`: one group, or nil when not served.
  static func group(named name: String, certManager: Bool) -> SimJSON? {
    guard certManager || name != ResourceKind.certManagerGroup,
      let found = ResourceKind.groups.first(where: { $0.name == name })
    else { return nil }
    var document = group(found)
    document["kind"] = "APIGroup"
    document["apiVersion"] = "v1"
    return document
  }

  /// `/api/v1` or `/apis/GROUP/VERSION`: the resources served there, or nil.
  static func resources(groupVersion: String, certManager: Bool) -> SimJSON? {
    guard certManager || !groupVersion.hasPrefix(ResourceKind.certManagerGroup + "/") else {
      return nil
    }
    let kinds = ResourceKind.all.filter { $0.groupVersion == groupVersion }
    guard !kinds.isEmpty else { return nil }
    var resources = kinds.map(resource)
    if groupVersion == "v1" {
      resources.append(subresource("pods/log", kind: "Pod", verbs: ["get"]))
      resources.append(subresource("pods/status", kind: "Pod", verbs: ["get"]))
      resources.append(
        subresource("pods/portforward", kind: "PodPortForwardOptions", verbs: ["create", "get"]))
    }
    if groupVersion == "apps/v1" {
      resources.append(subresource("deployments/status", kind: "Deployment", verbs: ["get"]))
      var scale = subresource(
        "deployments/scale", kind: "Scale", verbs: ["get", "patch", "update"])
      scale["group"] = "autoscaling"
      scale["version"] = "v1"
      resources.append(scale)
    }
    return [
      "kind": "APIResourceList", "apiVersion": "v1", "groupVersion": .string(groupVersion),
      "resources": .array(resources),
    ]
  }

  private static let allCategory: Set<String> = ["pods", "services", "deployments", "replicasets"]

  private static func group(_ group: (name: String, version: String)) -> SimJSON {
    let version: SimJSON = [
      "groupVersion": .string("\(group.name)/\(group.version)"), "version": .string(group.version),
    ]
    return ["name": .string(group.name), "versions": [version], "preferredVersion": version]
  }

  private static func resource(_ kind: ResourceKind) -> SimJSON {
    var entry: SimJSON = [
      "name": .string(kind.plural), "singularName": .string(kind.singular),
      "namespaced": .bool(kind.namespaced), "kind": .string(kind.kind),
      "verbs": .array(kind.verbs.map(SimJSON.string)),
    ]
    if !kind.shortNames.isEmpty {
      entry["shortNames"] = .array(kind.shortNames.map(SimJSON.string))
    }
    if allCategory.contains(kind.plural), !kind.isView { entry["categories"] = ["all"] }
    return entry
  }

  private static func subresource(_ name: String, kind: String, verbs: [String]) -> SimJSON {
    [
      "name": .string(name), "singularName": "", "namespaced": true, "kind": .string(kind),
      "verbs": .array(verbs.map(SimJSON.string)),
    ]
  }
}
