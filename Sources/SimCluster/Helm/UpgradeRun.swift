import Foundation

/// One upgrade (or install) of a release: revision N+1 written pending, Deployment rolled,
/// revision marked deployed or failed, the previous deployed one superseded.
struct UpgradeRun {
  /// What the upgrade left behind and the line helm prints before the release summary.
  struct Outcome {
    var record: ReleaseRecord
    var header: String
  }

  let session: HelmSession
  let request: UpgradeRequest

  func run() throws -> Outcome {
    let history = try session.store.history(request.release)
    let installing = history.isEmpty
    if installing {
      guard request.install else {
        throw HelmError.noDeployedReleases(request.release)
      }
      try session.ensureNamespace(create: request.createNamespace)
    }
    if let last = history.last, last.record.status.isPending {
      throw HelmError.operationInProgress
    }
    let current = history.last { $0.record.status == .deployed } ?? history.last
    let pending = newRevision(
      after: history.last?.record, current: current?.record)
    let prefix = installing ? "INSTALLATION FAILED" : "UPGRADE FAILED"
    try validate(pending, prefix: prefix)
    let stored = try session.store.create(pending, at: session.context.now())
    do {
      try roll(pending)
    } catch {
      let reason = String(describing: error)
      try fail(stored, reason: reason, installing: installing)
      throw HelmError.operationFailed(prefix: prefix, reason: reason)
    }
    var record = pending
    record.status = .deployed
    record.description =
      request.description
      ?? (installing ? "Install complete" : "Upgrade complete")
    try session.supersede(history, except: record.revision)
    _ = try session.store.update(stored, to: record, at: session.context.now())
    let header =
      installing
      ? "Release \"\(record.name)\" does not exist. Installing it now.\n"
      : "Release \"\(record.name)\" has been upgraded. Happy Helming!\n"
    return Outcome(record: record, header: header)
  }

  /// The pending revision: values resolved against the current release, image rendered.
  func newRevision(after last: ReleaseRecord?, current: ReleaseRecord?)
    -> ReleaseRecord
  {
    let (config, chartValues) = ValuesPlan.resolve(
      newValues: request.values, chartDefaults: request.chart.values,
      previous: current,
      mode: request.reuse)
    let metadata = request.chart.metadata
    let now = session.context.now()
    let image = DeploymentRoller.image(
      values: chartValues.merging(config).removingNulls, chart: metadata)
    let installing = last == nil
    return ReleaseRecord(
      name: request.release, namespace: session.namespace,
      revision: (last?.revision ?? 0) + 1,
      status: installing ? .pendingInstall : .pendingUpgrade, chart: metadata,
      chartValues: chartValues, config: config,
      firstDeployed: current?.firstDeployed ?? now,
      lastDeployed: now,
      description: installing
        ? "Initial install underway" : "Preparing upgrade",
      notes: request.chart.notes,
      manifest: DeploymentRoller.manifest(
        release: request.release, chart: metadata, image: image))
  }

  /// Sets the Deployment's image and, with `--wait`, waits for the rollout until the timeout.
  func roll(_ record: ReleaseRecord) throws {
    let image = DeploymentRoller.image(
      values: record.computedValues.removingNulls, chart: record.chart)
    try session.roller.setImage(deployment: record.name, image: image)
    guard request.wait else { return }
    let deadline = session.context.now().addingTimeInterval(request.timeout)
    guard
      try session.roller.waitForRollout(
        deployment: record.name, deadline: deadline)
    else {
      throw HelmError.deadlineExceeded
    }
  }

  /// Refuses values that break the chart's schema before anything is written.
  func validate(_ record: ReleaseRecord, prefix: String) throws {
    guard let schema = request.chart.schema else { return }
    let lines = schema.violations(of: record.computedValues.removingNulls)
    guard !lines.isEmpty else { return }
    let problem = HelmError.schemaViolations(chart: record.chart.name, lines: lines)
    throw HelmError.operationFailed(prefix: prefix, reason: problem.description)
  }

  /// Marks the pending revision failed with helm's description.
  func fail(_ stored: ReleaseStore.Stored, reason: String, installing: Bool)
    throws
  {
    var record = stored.record
    record.status = .failed
    let name = "\"\(record.name)\""
    record.description =
      installing
      ? "Release \(name) failed: \(reason)"
      : "Upgrade \(name) failed: \(reason)"
    _ = try session.store.update(stored, to: record, at: session.context.now())
  }

}
