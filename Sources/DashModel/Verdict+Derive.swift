import Foundation

extension Verdict {
  /// How long a pod may stay in a starting state (ContainerCreating, Init:N/M,
  /// Running but not yet ready) before it counts as broken while another pod
  /// serves; the same as a Deployment's default progress deadline.
  public static let startupGraceSeconds: TimeInterval = 600

  /// Walks public URL -> ingress -> certificate -> service endpoints -> pods ->
  /// relay and names the first broken link.
  ///
  /// A broken link wins over one that cannot be judged; `unknown` names the
  /// first source that has never loaded. A link is blamed only for faults of
  /// its own: zero ready endpoints are put down to the pods or the relay when
  /// those are broken, and pods that run but fail readiness to the relay when
  /// it reports draining or degraded. The certificate link is skipped when the
  /// Ingress has no TLS for the host, when cert-manager is not installed, and
  /// when no Certificate backs a TLS secret that cert-manager does not manage.
  public static func derive(from snapshot: ClusterSnapshot, now: Date)
    -> Verdict
  {
    let walk = VerdictWalk(snapshot: snapshot, now: now)
    let checks: [(Link, VerdictWalk.Check)] = [
      (.publicURL, walk.publicURL()),
      (.ingress, walk.ingress()),
      (.certificate, walk.certificate()),
      (.endpoints, walk.endpoints()),
      (.pods, walk.pods()),
      (.relay, walk.relay()),
    ]
    for (link, check) in checks {
      if case .broken(let detail) = check {
        return .degraded(link: link, detail: detail)
      }
    }
    if let reason = clusterUnreadable(snapshot) {
      return .unknown(reason: "cannot read the cluster: \(reason)")
    }
    for (_, check) in checks {
      if case .unknown(let reason) = check { return .unknown(reason: reason) }
    }
    return .healthy
  }

  /// The shared reason when neither pods nor ingresses could ever be read
  /// for the same cause (API server down, kubeconfig wrong): one cause for
  /// the whole cluster, not a fault of whichever kind is walked first.
  static func clusterUnreadable(_ snapshot: ClusterSnapshot) -> String? {
    guard snapshot.pods.value == nil, snapshot.ingresses.value == nil,
      case .unavailable(let podsReason, _) = snapshot.pods.state,
      case .unavailable(let ingressReason, _) = snapshot.ingresses.state,
      podsReason == ingressReason
    else { return nil }
    return podsReason
  }
}
