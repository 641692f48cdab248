import DashModel
import Foundation

// FIXME: stand-ins for the derived model API of the shared contract, so views
// build before the model branch lands; delete this file when it is merged.

extension Pod {
  public var readyCount: Int { containers.filter(\.ready).count }
  public var containerCount: Int { containers.count }
  public var restarts: Int { containers.reduce(0) { $0 + $1.restartCount } }

  public var lastTerminationReason: String? {
    for container in containers.reversed() {
      if case .terminated(let end) = container.lastState, let reason = end.reason {
        return reason
      }
    }
    return nil
  }

  public var imageTag: String? {
    guard let image = containers.first?.image, !image.contains("@") else { return nil }
    guard let colon = image.lastIndex(of: ":"),
      !image[colon...].contains("/")
    else { return nil }
    return String(image[image.index(after: colon)...])
  }

  public var displayStatus: String {
    if deletedAt != nil { return "Terminating" }
    var status = reason ?? phase
    for (index, container) in initContainers.enumerated() {
      switch container.state {
      case .terminated(let end) where end.exitCode == 0: continue
      case .terminated(let end): return "Init:" + (end.reason ?? "ExitCode:\(end.exitCode)")
      case .waiting(let reason, _) where reason != nil && reason != "PodInitializing":
        return "Init:" + (reason ?? "")
      default: return "Init:\(index)/\(initContainers.count)"
      }
    }
    for container in containers.reversed() {
      switch container.state {
      case .waiting(let reason, _) where reason != nil: status = reason ?? status
      case .terminated(let end): status = end.reason ?? "ExitCode:\(end.exitCode)"
      default: continue
      }
    }
    return status
  }

  public var isProblem: Bool {
    if deletedAt != nil { return false }
    if phase == "Succeeded" { return false }
    return phase != "Running" || readyCount < containerCount || displayStatus != "Running"
  }

  public static func problemsFirst(_ pods: [Pod]) -> [Pod] {
    pods.filter(\.isProblem) + pods.filter { !$0.isProblem }
  }
}

public enum ExpiryLevel: Sendable, Equatable {
  case ok, warning, alarm, unknown
}

extension Certificate {
  public var ready: Condition? { conditions.first { $0.type == "Ready" } }
  public var issuing: Condition? { conditions.first { $0.type == "Issuing" } }

  public func daysLeft(now: Date) -> Int? {
    notAfter.map { Int(($0.timeIntervalSince(now) / 86_400).rounded(.down)) }
  }

  public func expiryLevel(now: Date) -> ExpiryLevel {
    guard let notAfter else { return .unknown }
    let seconds = notAfter.timeIntervalSince(now)
    if seconds < 3 * 86_400 { return .alarm }
    if seconds < 14 * 86_400 { return .warning }
    return .ok
  }
}

extension Verdict {
  public static func derive(from snapshot: ClusterSnapshot, now: Date) -> Verdict {
    guard let pods = snapshot.pods.value else { return .unknown(reason: "no pod data yet") }
    if let failure = snapshot.healthFailure {
      return .degraded(link: .publicURL, detail: "\(failure)")
    }
    if let cert = snapshot.certificates.value?.first, cert.ready?.status != "True" {
      return .degraded(link: .certificate, detail: "not ready (\(cert.ready?.reason ?? "?"))")
    }
    let ready = pods.filter { !$0.isProblem }.count
    if ready == 0 || pods.contains(where: \.isProblem) {
      let status = pods.first(where: \.isProblem)?.displayStatus ?? "no pods"
      return .degraded(link: .pods, detail: "\(ready)/\(pods.count) ready (\(status))")
    }
    if let health = snapshot.health.value, health.status != "ok" {
      return .degraded(link: .relay, detail: health.status ?? "HTTP \(health.httpStatus)")
    }
    return .healthy
  }

  public var summary: String {
    switch self {
    case .healthy: "healthy"
    case .degraded(let link, let detail): "degraded: \(link.rawValue) \(detail)"
    case .unknown(let reason): "unknown: \(reason)"
    }
  }
}

public enum Age {
  public static func short(_ seconds: TimeInterval) -> String {
    let value = max(0, Int(seconds))
    if value < 120 { return "\(value)s" }
    if value < 7_200 { return "\(value / 60)m" }
    if value < 172_800 { return "\(value / 3_600)h" }
    return "\(value / 86_400)d"
  }

  public static func since(_ date: Date, now: Date) -> String {
    short(now.timeIntervalSince(date)) + " ago"
  }
}
