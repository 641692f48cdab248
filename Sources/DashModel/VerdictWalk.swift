import Foundation

/// The checks of each link of the chain over one snapshot.
struct VerdictWalk {
  let snapshot: ClusterSnapshot
  let now: Date

  /// What one link of the chain looks like.
  enum Check: Equatable {
    case fine
    /// Not applicable here (e.g. no TLS on the Ingress).
    case skipped
    case broken(String)
    case unknown(String)

    var isBroken: Bool {
      if case .broken = self { return true }
      return false
    }
  }

  /// Statuses of a pod that is still coming up.
  static let startingStatuses: Set<String> = [
    "Pending", "ContainerCreating", "PodInitializing", "Running", "NotReady",
  ]

  /// Relay states that make its pods fail readiness on purpose.
  static let relayStandDownStates: Set<String> = ["draining", "degraded"]

  func publicURL() -> Check {
    if let failure = snapshot.healthFailure {
      return .broken(failure.description)
    }
    if snapshot.health.value == nil {
      return .unknown(
        Self.missing(
          snapshot.health.state, "no health probe yet", "health probe"))
    }
    return .fine
  }

  func ingress() -> Check {
    guard let ingresses = snapshot.ingresses.value else {
      return .unknown(
        Self.missing(
          snapshot.ingresses.state, "no ingress data yet", "ingresses"))
    }
    if ingresses.isEmpty { return .broken("missing") }
    if servingIngress == nil, let host = snapshot.publicHost {
      return .broken("has no rule for '\(host)'")
    }
    return .fine
  }

  func certificate() -> Check {
    guard let ingress = servingIngress,
      let secret = ingress.tlsSecret(for: snapshot.publicHost)
    else {
      return .skipped
    }
    let state = snapshot.certificates.state
    guard let certificates = snapshot.certificates.value else {
      if case .unavailable(Certificate.notInstalledReason, _) = state {
        return .skipped
      }
      return .unknown(
        Self.missing(state, "no certificate data yet", "certificates"))
    }
    guard
      let certificate = certificates.first(where: { $0.secretName == secret })
    else {
      let managed = ingress.annotations.keys.contains {
        $0.hasPrefix("cert-manager.io/")
      }
      return managed ? .broken("missing for secret '\(secret)'") : .skipped
    }
    return check(certificate)
  }

  func endpoints() -> Check {
    guard let endpoints = snapshot.endpoints.value, endpoints.endpointsKnown
    else {
      return .unknown(
        Self.missing(
          snapshot.endpoints.state, "no endpoints data yet", "endpoints"))
    }
    guard endpoints.readyAddresses.isEmpty else { return .fine }
    if pods().isBroken || relay().isBroken { return .fine }
    let waiting = endpoints.notReadyAddresses.count
    return .broken(waiting == 0 ? "0 ready" : "0 ready (\(waiting) not ready)")
  }

  func pods() -> Check {
    guard let pods = snapshot.pods.value else {
      return .unknown(
        Self.missing(snapshot.pods.state, "no pod data yet", "pods"))
    }
    let live = pods.filter { $0.deletedAt == nil }
    if live.isEmpty { return .broken("none running") }
    let ready = live.filter(\.isReady).count
    let blamed = live.filter {
      !$0.isReady && !isExcused($0, othersServe: ready > 0)
    }
    guard let worst = Self.worst(blamed) else { return .fine }
    return .broken("\(ready)/\(live.count) ready (\(worst.displayStatus))")
  }

  func relay() -> Check {
    guard let health = snapshot.health.value, snapshot.healthFailure == nil
    else {
      return .skipped
    }
    let code = health.httpStatus
    let success = (200..<300).contains(code)
    guard let status = health.status else {
      return .broken(
        success ? "HTTP \(code) without a relay status" : "HTTP \(code)")
    }
    if status == "ok" { return success ? .fine : .broken("HTTP \(code)") }
    if Self.relayStandDownStates.contains(status) { return .broken(status) }
    return .broken("status '\(status)'")
  }

  /// The Ingress that routes the public host, or the only one when no host is known.
  var servingIngress: Ingress? {
    guard let ingresses = snapshot.ingresses.value else { return nil }
    guard let host = snapshot.publicHost else { return ingresses.first }
    return ingresses.first { $0.routes(host: host) }
  }

  private func check(_ certificate: Certificate) -> Check {
    if let notAfter = certificate.notAfter, notAfter <= now {
      return .broken(
        "expired \(Age.short(now.timeIntervalSince(notAfter))) ago")
    }
    guard let ready = certificate.ready else {
      return .broken("not ready (no Ready condition)")
    }
    if ready.status != "True" {
      return .broken("not ready (\(ready.reason ?? ready.status))")
    }
    if let notAfter = certificate.notAfter,
      certificate.expiryLevel(now: now) == .alarm
    {
      return .broken("expires in \(Age.short(notAfter.timeIntervalSince(now)))")
    }
    return .fine
  }

  /// Whether a pod that is not ready is blamed on another link or on time.
  private func isExcused(_ pod: Pod, othersServe: Bool) -> Bool {
    let status = pod.displayStatus
    let running = status == "Running" || status == "NotReady"
    if running, let relayState = snapshot.health.value?.status,
      Self.relayStandDownStates.contains(relayState)
    {
      return true
    }
    guard othersServe, Self.isStarting(status), let created = pod.createdAt
    else { return false }
    return now.timeIntervalSince(created) < Verdict.startupGraceSeconds
  }

  /// Whether a STATUS is one a healthy pod passes through on its way up.
  static func isStarting(_ status: String) -> Bool {
    if startingStatuses.contains(status) { return true }
    let parts = status.split(separator: ":")
    return parts.count == 2 && parts[0] == "Init" && parts[1].contains("/")
  }

  /// The pod whose status says most: a failure before a pod still starting,
  /// then by name.
  static func worst(_ pods: [Pod]) -> Pod? {
    Pod.problemsFirst(pods).min { left, right in
      !isStarting(left.displayStatus) && isStarting(right.displayStatus)
    }
  }

  /// Why a source that never delivered cannot be judged.
  static func missing<Value>(
    _ state: Sample<Value>.State, _ loading: String, _ noun: String
  ) -> String {
    switch state {
    case .unavailable(let reason, _): "\(noun) unavailable: \(reason)"
    case .stale(_, let error): "\(noun) unavailable: \(error)"
    case .loading, .fresh: loading
    }
  }
}
