import Foundation

/// Release revisions kept as Secrets in one namespace, read and written like helm's driver.
struct ReleaseStore {
  /// One stored revision and when its Secret was created.
  struct Stored {
    var record: ReleaseRecord
    var createdAt: Date
  }

  let client: KubeClient
  let namespace: String
  /// Revisions kept per release (`--history-max`, default 10); 0 keeps all.
  var maxHistory = 10

  private var secretsPath: String { "/api/v1/namespaces/\(namespace)/secrets" }

  /// Every revision of `name`, oldest first; empty when the release does not exist.
  func history(_ name: String) throws -> [Stored] {
    let selector = "owner%3Dhelm%2Cname%3D" + name
    let list = try client.json(
      "GET", secretsPath + "?labelSelector=" + selector)
    let stored = try (list["items"]?.array ?? []).map { secret in
      let label = secret["metadata"]?["labels"]?["createdAt"]?.string
      let created = label.flatMap(Double.init).map(
        Date.init(timeIntervalSince1970:))
      return Stored(
        record: try ReleaseCodec.decode(secret: secret),
        createdAt: created ?? Date())
    }
    return stored.sorted { $0.record.revision < $1.record.revision }
  }

  /// Writes a new revision (`POST`), as helm's `Create`, after pruning the
  /// oldest ones so that at most `maxHistory` remain.
  func create(_ record: ReleaseRecord, at date: Date) throws -> Stored {
    if maxHistory > 0 { try prune(record.name, keep: maxHistory - 1) }
    let secret = try ReleaseCodec.secretObject(for: record, createdAt: date)
    _ = try client.json("POST", secretsPath, body: secret)
    return Stored(record: record, createdAt: date)
  }

  /// Replaces a revision's Secret (`PUT`), adding `modifiedAt` as helm's `Update`.
  func update(_ stored: Stored, to record: ReleaseRecord, at date: Date) throws
    -> Stored
  {
    let secret = try ReleaseCodec.secretObject(
      for: record, createdAt: stored.createdAt, modifiedAt: date)
    _ = try client.json(
      "PUT", secretsPath + "/" + record.secretName, body: secret)
    return Stored(record: record, createdAt: stored.createdAt)
  }

  /// Deletes the oldest revisions until `keep` remain, never the last
  /// deployed one (helm's `removeLeastRecent`).
  func prune(_ name: String, keep: Int) throws {
    let history = try self.history(name)
    let deployed = history.last { $0.record.status == .deployed }
    let candidates = history.filter {
      $0.record.revision != deployed?.record.revision
    }
    for stored in candidates.prefix(max(0, history.count - keep)) {
      let path = secretsPath + "/" + stored.record.secretName
      let response = try client.send("DELETE", path)
      guard (200..<300).contains(response.status) || response.status == 404
      else { throw KubeClient.statusError(response) }
    }
  }
}
