import DashModel
import Foundation
import TestSupport
import Testing

/// One change to the healthy snapshot and the verdict it must give.
struct VerdictCase: CustomTestStringConvertible, Sendable {
  let name: String
  let summary: String
  let change: @Sendable (inout ClusterSnapshot) throws -> Void

  var testDescription: String { name }
}

@Suite("Verdict")
struct VerdictTests {
  static let now = ModelFixtures.now

  static func pods(_ names: String...) throws -> [Pod] {
    try names.map(ModelFixtures.pod)
  }

  static func health(_ body: String, _ code: Int) -> RelayHealth {
    RelayHealth(httpStatus: code, latencyMilliseconds: 5, body: Data(body.utf8))
  }

  static let publicURL: [VerdictCase] = [
    VerdictCase(name: "healthy", summary: "healthy") { _ in },
    VerdictCase(
      name: "DNS failure",
      summary: "degraded: public URL DNS lookup failed (no such host)"
    ) { $0.healthFailure = .dns("no such host") },
    VerdictCase(
      name: "timeout", summary: "degraded: public URL timed out after 5s"
    ) {
      $0.healthFailure = .timeout(seconds: 5)
    },
    VerdictCase(
      name: "TLS failure",
      summary:
        "degraded: public URL TLS handshake failed (certificate has expired)"
    ) { $0.healthFailure = .tls("certificate has expired") },
    VerdictCase(
      name: "a broken link wins over a source never loaded",
      summary: "degraded: public URL connection refused"
    ) {
      $0.healthFailure = .refused("")
      $0.pods = .loading(since: now)
    },
  ]

  static let ingress: [VerdictCase] = [
    VerdictCase(name: "no ingress", summary: "degraded: ingress missing") {
      $0.ingresses.update([], at: now)
    },
    VerdictCase(
      name: "no rule for the host",
      summary: "degraded: ingress has no rule for 'token.place'"
    ) { $0.publicHost = "token.place" },
    VerdictCase(name: "a wildcard rule without TLS", summary: "healthy") {
      $0.publicHost = "api.docs.token.place"
      $0.ingresses.update(
        [try Ingress(json: ModelFixtures.json("ingresses/legacy-wildcard"))],
        at: now)
    },
  ]

  static let certificate: [VerdictCase] = [
    VerdictCase(
      name: "failing certificate",
      summary: "degraded: certificate not ready (DoesNotExist)"
    ) {
      $0.certificates.update(
        [try ModelFixtures.certificate("failing")], at: now)
    },
    VerdictCase(
      name: "expired certificate",
      summary: "degraded: certificate expired 25h ago"
    ) {
      $0.certificates.update(
        [try ModelFixtures.certificate("expired")], at: now)
    },
    VerdictCase(
      name: "certificate under 3 days",
      summary: "degraded: certificate expires in 45h"
    ) {
      $0.certificates.update(
        [try ModelFixtures.certificate("expiring")], at: now)
    },
    VerdictCase(name: "certificate under 14 days", summary: "healthy") {
      $0.certificates.update(
        [try ModelFixtures.certificate("renewal-due")], at: now)
    },
    VerdictCase(name: "cert-manager not installed", summary: "healthy") {
      $0.certificates = .loading(since: now)
      $0.certificates.fail(Certificate.notInstalledReason, at: now)
    },
    VerdictCase(
      name: "certificates forbidden",
      summary: "unknown: certificates unavailable: forbidden"
    ) {
      $0.certificates = .loading(since: now)
      $0.certificates.fail("forbidden", at: now)
    },
    VerdictCase(
      name: "no certificate for a cert-manager secret",
      summary:
        "degraded: certificate missing for secret 'staging-tokenplace-relay-tls'"
    ) { $0.certificates.update([], at: now) },
  ]

  static let endpointsAndPods: [VerdictCase] = [
    VerdictCase(
      name: "no ready endpoint behind ready pods",
      summary: "degraded: service endpoints 0 ready (1 not ready)"
    ) {
      $0.endpoints.update(
        try ModelSnapshots.endpoints("endpoints-none-ready"), at: now)
    },
    VerdictCase(
      name: "crash loop", summary: "degraded: pods 0/1 ready (CrashLoopBackOff)"
    ) {
      $0.pods.update(try pods("crashloop-error"), at: now)
      $0.endpoints.update(
        try ModelSnapshots.endpoints("endpoints-none-ready"), at: now)
      $0.health.update(health("error code: 502", 502), at: now)
    },
    VerdictCase(
      name: "bad image beside a ready pod",
      summary: "degraded: pods 1/2 ready (ImagePullBackOff)"
    ) {
      $0.pods.update(try pods("running-ready", "image-pull-backoff"), at: now)
    },
    VerdictCase(
      name: "a new pod starting beside a ready one", summary: "healthy"
    ) {
      var pods = try pods("running-ready", "container-creating")
      pods[1].createdAt = now.addingTimeInterval(-30)
      $0.pods.update(pods, at: now)
    },
    VerdictCase(
      name: "a new pod starting for too long",
      summary: "degraded: pods 1/2 ready (ContainerCreating)"
    ) {
      $0.pods.update(try pods("running-ready", "container-creating"), at: now)
    },
    VerdictCase(name: "an old pod terminating", summary: "healthy") {
      $0.pods.update(try pods("terminating", "running-ready"), at: now)
    },
    VerdictCase(
      name: "every pod terminating", summary: "degraded: pods none running"
    ) {
      $0.pods.update(try pods("terminating"), at: now)
    },
    VerdictCase(
      name: "a failure named before a pod still pending",
      summary: "degraded: pods 0/2 ready (Signal:15)"
    ) {
      $0.pods.update(try pods("pending-unscheduled", "failed-signal"), at: now)
    },
    VerdictCase(
      name: "stale pods are still judged",
      summary: "degraded: pods 0/1 ready (CrashLoopBackOff)"
    ) {
      $0.pods.update(try pods("crashloop-error"), at: now)
      $0.pods.fail("connection refused", at: now)
    },
  ]

  static let relay: [VerdictCase] = [
    VerdictCase(name: "relay draining", summary: "degraded: relay draining") {
      $0.pods.update(try pods("running-not-ready"), at: now)
      $0.endpoints.update(
        try ModelSnapshots.endpoints("endpoints-none-ready"), at: now)
      $0.health.update(
        try ModelFixtures.health("draining", httpStatus: 503), at: now)
    },
    VerdictCase(name: "relay degraded", summary: "degraded: relay degraded") {
      $0.health.update(
        try ModelFixtures.health("degraded", httpStatus: 503), at: now)
    },
    VerdictCase(
      name: "a gateway error page", summary: "degraded: relay HTTP 502"
    ) {
      $0.health.update(health("error code: 502", 502), at: now)
    },
    VerdictCase(
      name: "JSON without a status",
      summary: "degraded: relay HTTP 200 without a relay status"
    ) { $0.health.update(health("{}", 200), at: now) },
    VerdictCase(
      name: "an unknown status word",
      summary: "degraded: relay status 'starting'"
    ) {
      $0.health.update(health("{\"status\":\"starting\"}", 200), at: now)
    },
  ]

  static let unknown: [VerdictCase] = [
    VerdictCase(name: "pods never loaded", summary: "unknown: no pod data yet") {
      $0.pods = .loading(since: now)
    },
    VerdictCase(
      name: "pods forbidden", summary: "unknown: pods unavailable: forbidden"
    ) {
      $0.pods = .loading(since: now)
      $0.pods.fail("forbidden", at: now)
    },
    VerdictCase(
      name: "API server unreachable for every kind",
      summary: "unknown: cannot read the cluster: connection refused"
    ) {
      $0.pods = .loading(since: now)
      $0.pods.fail("connection refused", at: now)
      $0.ingresses = .loading(since: now)
      $0.ingresses.fail("connection refused", at: now)
      $0.certificates = .loading(since: now)
      $0.certificates.fail("connection refused", at: now)
    },
    VerdictCase(
      name: "pods and ingresses failing for different reasons",
      summary: "unknown: ingresses unavailable: timeout"
    ) {
      $0.pods = .loading(since: now)
      $0.pods.fail("forbidden", at: now)
      $0.ingresses = .loading(since: now)
      $0.ingresses.fail("timeout", at: now)
    },
    VerdictCase(name: "never probed", summary: "unknown: no health probe yet") {
      $0.health = .loading(since: now)
    },
    VerdictCase(
      name: "ingresses never loaded", summary: "unknown: no ingress data yet"
    ) {
      $0.ingresses = .loading(since: now)
    },
    VerdictCase(
      name: "endpoints never loaded", summary: "unknown: no endpoints data yet"
    ) {
      $0.endpoints = .loading(since: now)
    },
    VerdictCase(
      name: "a Service without endpoints data",
      summary: "unknown: no endpoints data yet"
    ) {
      let service = try ModelFixtures.json("services/tokenplace-relay")
      $0.endpoints.update(
        try ServiceEndpoints(service: service, endpoints: nil), at: now)
    },
  ]

  @Test(
    "the first broken link",
    arguments: publicURL + ingress + certificate + endpointsAndPods + relay
      + unknown)
  func summary(verdictCase: VerdictCase) throws {
    var snapshot = try ModelSnapshots.healthy()
    try verdictCase.change(&snapshot)
    #expect(
      Verdict.derive(from: snapshot, now: Self.now).summary
        == verdictCase.summary)
  }

  @Test(
    "the shared scenario snapshots give their verdicts",
    arguments: [
      ("healthy", "healthy"),
      ("crashloop", "degraded: pods 0/1 ready (CrashLoopBackOff)"),
      ("image pull", "degraded: pods 1/2 ready (ImagePullBackOff)"),
      ("certificate failing", "degraded: certificate not ready (DoesNotExist)"),
      ("certificate expiring", "degraded: certificate expires in 45h"),
      ("relay draining", "degraded: relay draining"),
    ])
  func scenarios(name: String, summary: String) throws {
    let builders: [String: () throws -> ClusterSnapshot] = [
      "healthy": ModelSnapshots.healthy, "crashloop": ModelSnapshots.crashloop,
      "image pull": ModelSnapshots.imagePullBackOff,
      "certificate failing": ModelSnapshots.certificateFailing,
      "certificate expiring": ModelSnapshots.certificateExpiring,
      "relay draining": ModelSnapshots.relayDraining,
    ]
    let build = try #require(builders[name])
    let verdict = Verdict.derive(from: try build(), now: Self.now)
    #expect(verdict.summary == summary)
  }

  @Test("the degraded verdict carries its link and detail")
  func parts() throws {
    var snapshot = try ModelSnapshots.healthy()
    snapshot.pods.update(try Self.pods("crashloop-error"), at: Self.now)
    let verdict = Verdict.derive(from: snapshot, now: Self.now)
    #expect(
      verdict == .degraded(link: .pods, detail: "0/1 ready (CrashLoopBackOff)"))
    #expect(verdict.brokenLink == .pods)
    #expect(Verdict.healthy.brokenLink == nil)
  }
}
