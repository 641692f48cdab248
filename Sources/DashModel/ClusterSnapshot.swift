import Foundation

/// Everything the dashboard knows about the release at one moment.
public struct ClusterSnapshot: Sendable {
  public var pods: Sample<[Pod]>
  public var ingresses: Sample<[Ingress]>
  /// Certificates; `.unavailable` with a reason when cert-manager is not installed.
  public var certificates: Sample<[Certificate]>
  public var endpoints: Sample<ServiceEndpoints>
  /// Warning events, newest first.
  public var events: Sample<[KubeEvent]>
  public var release: Sample<Release>
  public var health: Sample<RelayHealth>
  /// The last probe's failure, when the health URL gave no HTTP answer.
  public var healthFailure: ProbeFailure?
  /// The host of the health URL (e.g. "staging.token.place"): the Ingress rule
  /// the verdict looks for. Nil means any Ingress of the namespace will do.
  public var publicHost: String?

  /// A snapshot in which every source is still loading.
  public static func loading(since time: Date, publicHost: String? = nil)
    -> ClusterSnapshot
  {
    ClusterSnapshot(
      pods: .loading(since: time), ingresses: .loading(since: time),
      certificates: .loading(since: time), endpoints: .loading(since: time),
      events: .loading(since: time), release: .loading(since: time),
      health: .loading(since: time), healthFailure: nil, publicHost: publicHost)
  }

  public init(
    pods: Sample<[Pod]>, ingresses: Sample<[Ingress]>,
    certificates: Sample<[Certificate]>,
    endpoints: Sample<ServiceEndpoints>, events: Sample<[KubeEvent]>,
    release: Sample<Release>,
    health: Sample<RelayHealth>, healthFailure: ProbeFailure?,
    publicHost: String? = nil
  ) {
    self.pods = pods
    self.ingresses = ingresses
    self.certificates = certificates
    self.endpoints = endpoints
    self.events = events
    self.release = release
    self.health = health
    self.healthFailure = healthFailure
    self.publicHost = publicHost
  }
}
