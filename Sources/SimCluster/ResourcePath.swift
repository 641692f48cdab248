/// Where a Kubernetes REST request points: a kind, maybe a namespace, name and subresource.
struct ResourcePath: Sendable {
  let kind: ResourceKind
  /// The namespace in the path; nil for all namespaces or cluster-scoped kinds.
  let namespace: String?
  let name: String?
  /// e.g. "log" or "status".
  let subresource: String?

  /// Parses `/api/v1/...` and `/apis/GROUP/VERSION/...` paths; nil for other paths
  /// and for discovery documents.
  init?(segments: [String], certManager: Bool) {
    let groupVersion: String
    var rest: ArraySlice<String>
    if segments.first == "api", segments.count >= 3 {
      groupVersion = segments[1]
      rest = segments.dropFirst(2)
    } else if segments.first == "apis", segments.count >= 4 {
      groupVersion = segments[1] + "/" + segments[2]
      rest = segments.dropFirst(3)
    } else {
      return nil
    }
    var namespace: String?
    if rest.first == "namespaces", rest.count >= 3 {
      namespace = rest[rest.startIndex + 1]
      rest = rest.dropFirst(2)
    }
    guard let plural = rest.first,
      let kind = ResourceKind.find(groupVersion: groupVersion, plural: plural),
      certManager || kind.group != ResourceKind.certManagerGroup
    else { return nil }
    self.kind = kind
    self.namespace = namespace
    self.name = rest.dropFirst().first
    self.subresource = rest.dropFirst(2).first
  }
}
