import DashModel
import DashSources
import Foundation

extension SourceHub {
  /// Routes a watcher's update to the snapshot field of its kind.
  func receive(_ update: WatchUpdate) {
    if let warning = update.warning {
      log.warnOnce(
        "\(update.query.resource):\(warning)", "source.warning",
        [
          "resource": update.query.resource, "error": warning.description,
        ])
    }
    switch update.query.resource {
    case ResourceQuery.pods(release: settings.release).resource:
      publishList(update, into: \.pods, order: Pod.problemsFirst)
    case ResourceQuery.ingresses.resource:
      publishList(update, into: \.ingresses, order: { $0 })
    case ResourceQuery.certificates.resource:
      publishList(update, into: \.certificates, order: { $0 })
    case ResourceQuery.warningEvents.resource:
      publishList(update, into: \.events, order: KubeEvent.newestFirst)
    case ResourceQuery.services.resource, ResourceQuery.endpoints.resource:
      joinService(update)
    case ResourceQuery.helmReleaseSecrets(release: settings.release).resource:
      noteReleaseSecrets(update)
    default:
      log.log(.debug, "source.unrouted", ["resource": update.query.resource])
    }
  }

  /// Decodes a list kind and folds it into its sample; bad items are skipped
  /// and logged once.
  private func publishList<Item: JSONDecodable & Sendable>(
    _ update: WatchUpdate,
    into field: WritableKeyPath<ClusterSnapshot, Sample<[Item]>> & Sendable,
    order: @escaping @Sendable ([Item]) -> [Item]
  ) {
    let decoded = update.items.map { Item.decodeList($0) }
    for error in decoded?.errors ?? [] {
      log.warnOnce("\(Item.kindName):\(error)", "decode.skipped", ["error": error.description])
    }
    let values = decoded.map { order($0.values) }
    post(update.query.resource) { snapshot in
      snapshot[keyPath: field].absorb(values, state: update.state, at: update.at)
    }
  }

  /// Joins the release's Service with its Endpoints of the same name.
  private func joinService(_ update: WatchUpdate) {
    let isService = update.query.resource == ResourceQuery.services.resource
    let halves = routing.withLock { routing in
      if isService { routing.services = update.items } else { routing.endpoints = update.items }
      return (routing.services, routing.endpoints)
    }
    let name = settings.release
    let joined: Result<ServiceEndpoints, any Error>?
    if let services = halves.0 {
      let service = services.first { $0.at("metadata.name")?.string == name }
      let endpoints = halves.1?.first { $0.at("metadata.name")?.string == name }
      let missing = AppError.serviceMissing(name: name, namespace: settings.kubectl.namespace)
      joined =
        service.map { service in
          Result { try ServiceEndpoints(service: service, endpoints: endpoints) }
        } ?? .failure(missing)
    } else {
      joined = nil
    }
    post(update.query.resource) { snapshot in
      switch joined {
      case .success(let value)?:
        snapshot.endpoints.absorb(value, state: update.state, at: update.at)
      case .failure(let error)?:
        snapshot.endpoints.fail(String(describing: error), at: update.at)
      case nil:
        snapshot.endpoints.absorb(nil, state: update.state, at: update.at)
      }
    }
  }

  /// Reads the release marker from helm's Secrets; asks helm only when it moved.
  private func noteReleaseSecrets(_ update: WatchUpdate) {
    guard let items = update.items else {
      post("helm") { $0.release.absorb(nil, state: update.state, at: update.at) }
      return
    }
    let marker = try? ReleaseMarker(secrets: items, release: settings.release)
    let changed = routing.withLock { routing in
      defer { routing.fetchedMarker = marker }
      return routing.fetchedMarker != marker || marker == nil
    }
    if changed { fetchRelease() }
  }

  /// Runs `helm status` and `helm history` off the loop and posts the release.
  func fetchRelease() {
    let helm = settings.helm
    helmQueue.async { [weak self] in
      let result = Result { () throws(SourceError) in
        (try helm.status(), try helm.history())
      }
      let at = Date()
      let news: @Sendable (inout ClusterSnapshot) -> Void
      switch result {
      case .success(let (status, history)):
        do {
          let release = try Release(status: status, history: history)
          news = { $0.release.update(release, at: at) }
        } catch {
          let reason = String(describing: error)
          news = { $0.release.fail(reason, at: at) }
        }
      case .failure(let error):
        self?.log.warnOnce("helm:\(error)", "helm.failed", ["error": error.description])
        news = { $0.release.fail(error.description, at: at) }
      }
      self?.post("helm", news)
    }
  }

  /// Turns a probe into the health sample, or into a named failure.
  func receive(_ probe: HealthProbe) {
    post("health") { snapshot in
      switch probe.result {
      case .response(let response):
        let health = RelayHealth(
          httpStatus: response.statusCode, latencyMilliseconds: response.latencyMilliseconds,
          body: response.body)
        snapshot.health.update(health, at: probe.at)
        snapshot.healthFailure = nil
      case .failure(let failure):
        snapshot.health.fail(failure.description, at: probe.at)
        snapshot.healthFailure = failure
      }
    }
  }
}
