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
