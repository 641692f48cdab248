import Foundation

extension ReleaseMarker {
  /// The newest revision among helm's release Secrets, read from their labels
  /// (`owner=helm`, `name`, `status`, `version`) without decoding payloads.
  /// Secrets not owned by helm, of another release (when `release` is given),
  /// or without a numeric version are ignored.
  public init(secrets: [JSONValue], release: String? = nil) throws(ModelError) {
    var newest: (revision: Int, status: String)?
    for secret in secrets {
      let labels =
        secret.at("metadata.labels")?.object?.compactMapValues(\.string) ?? [:]
      guard labels["owner"] == "helm",
        release == nil || labels["name"] == release,
        let revision = labels["version"].flatMap({ Int($0) })
      else { continue }
      if revision > newest?.revision ?? Int.min {
        newest = (revision, labels["status"] ?? "unknown")
      }
    }
    guard let newest else { throw .noReleaseSecrets(release: release) }
    self.init(revision: newest.revision, status: newest.status)
  }
}
