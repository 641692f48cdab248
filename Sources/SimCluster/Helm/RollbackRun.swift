import Foundation

/// One rollback: a new revision copying the target's chart and config, the image rolled back.
struct RollbackRun {
  let session: HelmSession
  let release: String
  /// Target revision; 0 means the one before the latest.
  let revision: Int
  /// Seconds to wait for the rollout; nil without `--wait`.
  let wait: TimeInterval?

  @discardableResult
  func run() throws -> ReleaseRecord {
    let history = try session.requireHistory(release)
    guard let current = history.last else { throw HelmError.releaseNotFound }
    let targetRevision = revision == 0 ? current.record.revision - 1 : revision
    guard
      let target = history.first(where: { $0.record.revision == targetRevision }
      )
    else {
      throw HelmError.revisionNotFound(targetRevision)
    }
    let now = session.context.now()
    var record = target.record
    record.revision = current.record.revision + 1
    record.status = .pendingRollback
    record.firstDeployed = current.record.firstDeployed
    record.lastDeployed = now
    record.description = "Rollback to \(targetRevision)"
    let stored = try session.store.create(record, at: now)
    do {
      try roll(record, current: current)
    } catch {
      record.status = .failed
      record.description = "Release \"\(release)\" failed: \(error)"
      _ = try session.store.update(
        stored, to: record, at: session.context.now())
      throw HelmError.operationFailed(
        prefix: "release \(release) failed", reason: "\(error)")
    }
    let refreshed = try session.store.history(release)
    try session.supersede(refreshed, except: record.revision)
    record.status = .deployed
    _ = try session.store.update(stored, to: record, at: session.context.now())
    return record
  }

  /// Patches the target's image, supersedes the current revision, then waits when asked.
  private func roll(_ record: ReleaseRecord, current: ReleaseStore.Stored)
    throws
  {
    let image = DeploymentRoller.image(
      values: record.computedValues.removingNulls, chart: record.chart)
    try session.roller.setImage(deployment: release, image: image)
    var superseded = current.record
    superseded.status = .superseded
    _ = try session.store.update(
      current, to: superseded, at: session.context.now())
    guard let wait else { return }
    let deadline = session.context.now().addingTimeInterval(wait)
    guard
      try session.roller.waitForRollout(deployment: release, deadline: deadline)
    else {
      throw HelmError.deadlineExceeded
    }
  }
}
