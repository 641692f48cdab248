import DashCore
import DashModel
import Foundation

/// App states for view and reducer tests, built from model values at a fixed clock.
public enum States {
  /// The fixed "now" of every test state: 2026-12-03 15:00:00 UTC.
  public static let now = Date(timeIntervalSince1970: 1_796_310_000)

  /// A time `seconds` before `now`.
  public static func ago(_ seconds: TimeInterval) -> Date {
    now.addingTimeInterval(-seconds)
  }

  /// The staging target the simulator serves.
  public static let target = Target(context: "sim")

  /// Every named state, for tables of tests.
  public static let all: [(name: String, state: AppState)] = [
    ("healthy", healthy), ("crashloop", crashloop), ("image-pull-backoff", imagePullBackOff),
    ("cert-expiring", certExpiring), ("cert-manager-missing", certManagerMissing),
    ("relay-draining", relayDraining), ("all-loading", allLoading),
    ("stale-with-errors", staleWithErrors), ("hostile-strings", hostile),
    ("many-pods", manyPods), ("rolling-update", rollingUpdate), ("api-down", apiDown),
  ]

  /// Everything fresh and fine: two ready pods, valid certificate, relay ok.
  public static var healthy: AppState {
    AppState(snapshot: snapshot(), target: target)
  }

  /// The newest pod crash-loops after OOM kills; the old one still serves.
  public static var crashloop: AppState {
    var pods = [Pods.running(name: "tokenplace-relay-7d9f8b6c4-x2k9p", age: 86_400 * 3)]
    pods.insert(Pods.crashLooping(name: "tokenplace-relay-5f6b7c8d9-qw4rt"), at: 0)
    return AppState(
      snapshot: snapshot(pods: pods, events: Events.crashloop), target: target)
  }

  /// A tag that does not exist: the new pod cannot pull its image.
  public static var imagePullBackOff: AppState {
    let pods = [
      Pods.running(name: "tokenplace-relay-7d9f8b6c4-x2k9p", age: 86_400 * 3),
      Pods.imagePullBackOff(name: "tokenplace-relay-6c5d4b3a2-zz9yx", tag: "sha-deadbee"),
    ]
    return AppState(
      snapshot: snapshot(pods: pods, events: Events.imagePull), target: target)
  }

  /// The certificate expires in two days and renewal keeps failing.
  public static var certExpiring: AppState {
    var certificate = Certificates.valid
    certificate.notAfter = now.addingTimeInterval(2 * 86_400 + 3_600)
    certificate.renewalTime = ago(12 * 86_400)
    certificate.conditions = [
      Condition(
        type: "Ready", status: "True", reason: "Ready",
        message: "Certificate is up to date and has not expired",
        lastTransitionTime: ago(88 * 86_400)),
      Condition(
        type: "Issuing", status: "False", reason: "Failed",
        message: "The certificate request has failed to complete and will be retried: "
          + "429 urn:ietf:params:acme:error:rateLimited: too many certificates already issued",
        lastTransitionTime: ago(3_600)),
    ]
    certificate.failedIssuanceAttempts = 4
    return AppState(snapshot: snapshot(certificates: .fresh([certificate])), target: target)
  }

  /// No cert-manager CRD in the cluster.
  public static var certManagerMissing: AppState {
    let missing = Sample<[Certificate]>(
      value: nil,
      state: .unavailable(reason: "cert-manager not installed", since: ago(30)))
    return AppState(snapshot: snapshot(certificates: missing), target: target)
  }

  /// The relay answers 503 draining during a rollout.
  public static var relayDraining: AppState {
    var health = Health.ok
    health.httpStatus = 503
    health.status = "draining"
    health.registeredServers = []
    health.body = #"{"status":"draining","knownServers":0,"registeredServers":[]}"#
    return AppState(snapshot: snapshot(health: health), target: target)
  }

  /// The first frame: nothing has answered yet.
  public static var allLoading: AppState {
    AppState(snapshot: .loading(since: ago(12)), target: target)
  }

  /// The API went away: old data kept, marked stale; events forbidden; DNS failing.
  public static var staleWithErrors: AppState {
    var base = snapshot()
    base.pods = Sample(
      value: base.pods.value, state: .stale(since: ago(40), error: "connection refused"))
    base.ingresses = Sample(
      value: base.ingresses.value, state: .stale(since: ago(40), error: "connection refused"))
    base.certificates = Sample(
      value: base.certificates.value, state: .stale(since: ago(95), error: "i/o timeout"))
    base.events = Sample(
      value: nil, state: .unavailable(reason: "forbidden", since: ago(40)))
    base.release = Sample(value: nil, state: .loading(since: ago(61)))
    base.health = Sample(
      value: base.health.value,
      state: .stale(since: ago(300), error: "no such host staging.token.place"))
    base.healthFailure = .dns("no such host staging.token.place")
    return AppState(snapshot: base, target: target)
  }

  /// The API server refuses connections: every cluster source and helm fail
  /// alike, only the public probe answers.
  public static var apiDown: AppState {
    let reason =
      "connection refused by the API server at '127.0.0.1:6443'; is the cluster up"
      + " and the kubeconfig's server address right?"
    var base = snapshot()
    base.pods = Sample(value: nil, state: .unavailable(reason: reason, since: ago(40)))
    base.ingresses = Sample(value: nil, state: .unavailable(reason: reason, since: ago(40)))
    base.certificates = Sample(value: nil, state: .unavailable(reason: reason, since: ago(38)))
    base.endpoints = Sample(value: nil, state: .unavailable(reason: reason, since: ago(40)))
    base.events = Sample(value: nil, state: .unavailable(reason: reason, since: ago(40)))
    base.release = Sample(value: nil, state: .unavailable(reason: reason, since: ago(35)))
    return AppState(snapshot: base, target: target)
  }

  /// Names, messages and bodies full of escape sequences and odd characters.
  public static var hostile: AppState {
    var pod = Pods.running(name: "relay-\u{1B}[31mred\u{1B}[0m-ünï-日本", age: 600)
    pod.nodeName = "node\u{7}\u{0}-\u{202E}evil"
    let event = KubeEvent(
      id: "ev-hostile", type: "Warning", reason: "Bad\u{9B}31m",
      object: "Pod/relay-\u{1B}]0;pwned\u{7}",
      message: "line one\nline two\t\u{1B}[2J cleared? 🚀 emoji 中文 e\u{301}",
      count: 3, lastSeen: ago(5))
    var health = Health.ok
    health.body = "{\"status\":\"ok\",\"x\":\"\u{1B}[?1049h\u{7F}\"}"
    return AppState(
      snapshot: snapshot(pods: [pod], events: [event], health: health), target: target)
  }

  /// Fourteen replicas mid-rollout, the twelfth selected, in read-only mode
  /// with a message in the footer.
  public static var manyPods: AppState {
    var pods = (1...12).map { index in
      Pods.running(
        name: "tokenplace-relay-7d9f8b6c4-p\(index < 10 ? "0" : "")\(index)",
        age: Double(3_600 * index), node: "sugar-\(index % 3 + 1)")
    }
    pods.append(Pods.crashLooping(name: "tokenplace-relay-5f6b7c8d9-qw4rt"))
    pods.append(Pods.imagePullBackOff(name: "tokenplace-relay-6c5d4b3a2-zz9yx", tag: "sha-deadbee"))
    var state = AppState(
      snapshot: snapshot(pods: pods, events: Events.crashloop + Events.imagePull),
      target: Target(context: "sim", readOnly: true),
      status: StatusMessage("refreshing every source"))
    let ids = state.itemIDs(in: .pods)
    state.selections[.pods] = Selection(itemID: ids[11], index: 11)
    return state
  }

  /// A rollout in progress: one new replica ready, one being created, one
  /// old replica terminating, helm already at the new revision.
  public static var rollingUpdate: AppState {
    let pods = [
      Pods.terminating(name: "tokenplace-relay-7d9f8b6c4-x2k9p"),
      Pods.running(name: "tokenplace-relay-84c6d5f7b-h2j4k", age: 40, tag: "sha-4be1f09"),
      Pods.creating(name: "tokenplace-relay-84c6d5f7b-t7r5w", tag: "sha-4be1f09"),
    ]
    var release = Releases.deployed
    release.revision = 8
    release.lastDeployed = ago(50)
    release.configuredTag = "sha-4be1f09"
    var snapshot = snapshot(pods: pods)
    snapshot.release = .fresh(release, age: 5)
    return AppState(snapshot: snapshot, target: target)
  }

  /// A snapshot of the healthy release, with parts replaced.
  public static func snapshot(
    pods: [Pod] = Pods.healthy, certificates: Sample<[Certificate]>? = nil,
    events: [KubeEvent] = Events.quiet, health: RelayHealth = Health.ok
  ) -> ClusterSnapshot {
    ClusterSnapshot(
      pods: .fresh(pods, age: 2), ingresses: .fresh([Ingresses.staging], age: 2),
      certificates: certificates ?? .fresh([Certificates.valid], age: 3),
      endpoints: .fresh(Ingresses.endpoints, age: 2), events: .fresh(events, age: 2),
      release: .fresh(Releases.deployed, age: 20), health: .fresh(health, age: 4),
      healthFailure: nil)
  }
}

extension Sample {
  /// A sample that was fresh `age` seconds before `States.now`.
  public static func fresh(_ value: Value, age: TimeInterval = 2) -> Sample {
    Sample(value: value, state: .fresh(at: States.ago(age)))
  }
}
