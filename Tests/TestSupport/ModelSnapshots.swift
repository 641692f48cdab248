import DashModel
import Foundation

/// Whole cluster snapshots built from the recorded replies of `Fixtures/model/`.
public enum ModelSnapshots {
  /// The public host of the staging runbook.
  public static let publicHost = "staging.token.place"

  /// Staging at its best: one ready pod, a ready certificate, a ready
  /// endpoint and the relay answering ok, all fresh at `ModelFixtures.now`.
  public static func healthy() throws -> ClusterSnapshot {
    let now = ModelFixtures.now
    var snapshot = ClusterSnapshot.loading(since: now, publicHost: publicHost)
    snapshot.pods.update([try ModelFixtures.pod("running-ready")], at: now)
    snapshot.ingresses.update(
      [try Ingress(json: ModelFixtures.json("ingresses/tokenplace-relay"))],
      at: now)
    snapshot.certificates.update(
      [try ModelFixtures.certificate("ready")], at: now)
    snapshot.endpoints.update(try endpoints("endpoints-one-ready"), at: now)
    snapshot.events.update(
      KubeEvent.newestFirst(
        try KubeEvent.decodeList(document: events()).values), at: now)
    snapshot.release.update(
      try Release(
        status: ModelFixtures.json("helm/status-deployed"),
        history: ModelFixtures.json("helm/history-deployed")), at: now)
    snapshot.health.update(
      try ModelFixtures.health("ok", httpStatus: 200), at: now)
    return snapshot
  }

  /// The relay crash-looping: no ready pod or endpoint, a gateway error page.
  public static func crashloop() throws -> ClusterSnapshot {
    var snapshot = try healthy()
    let now = ModelFixtures.now
    snapshot.pods.update([try ModelFixtures.pod("crashloop-error")], at: now)
    snapshot.endpoints.update(try endpoints("endpoints-none-ready"), at: now)
    snapshot.health.update(
      RelayHealth(
        httpStatus: 502, latencyMilliseconds: 31,
        body: try ModelFixtures.data("health/cloudflare-502.html")), at: now)
    return snapshot
  }

  /// A rollout to an image tag that does not exist, beside the old pod.
  public static func imagePullBackOff() throws -> ClusterSnapshot {
    var snapshot = try healthy()
    let pods = try ["running-ready", "image-pull-backoff"].map(ModelFixtures.pod)
    snapshot.pods.update(pods, at: ModelFixtures.now)
    return snapshot
  }

  /// A certificate whose issuance fails (Ready False, rate limited).
  public static func certificateFailing() throws -> ClusterSnapshot {
    try withCertificate("failing")
  }

  /// A certificate two days from expiry whose renewal fails.
  public static func certificateExpiring() throws -> ClusterSnapshot {
    try withCertificate("expiring")
  }

  /// The relay draining after SIGTERM: 503, its pod running but not ready.
  public static func relayDraining() throws -> ClusterSnapshot {
    var snapshot = try healthy()
    let now = ModelFixtures.now
    snapshot.pods.update([try ModelFixtures.pod("running-not-ready")], at: now)
    snapshot.endpoints.update(try endpoints("endpoints-none-ready"), at: now)
    snapshot.health.update(
      try ModelFixtures.health("draining", httpStatus: 503), at: now)
    return snapshot
  }

  private static func withCertificate(_ fixture: String) throws
    -> ClusterSnapshot
  {
    var snapshot = try healthy()
    snapshot.certificates.update(
      [try ModelFixtures.certificate(fixture)], at: ModelFixtures.now)
    return snapshot
  }

  /// The release's Service joined with an endpoints fixture of `endpoints/`.
  public static func endpoints(_ fixture: String) throws -> ServiceEndpoints {
    try ServiceEndpoints(
      service: ModelFixtures.json("services/tokenplace-relay"),
      endpoints: ModelFixtures.json("endpoints/\(fixture)"))
  }

  private static func events() throws -> JSONValue {
    try ModelFixtures.json("events/list")
  }
}
