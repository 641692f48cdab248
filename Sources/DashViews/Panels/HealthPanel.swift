import DashCore
import DashModel
import Foundation

/// The relay's public `/healthz` as the world sees it.
enum HealthPanel {
  static func content(_ state: AppState, now: Date) -> PanelContent {
    let snapshot = state.snapshot
    let age = SourceAge.title(snapshot.health, now: now, freshWord: "checked ")
    var facts: [Fact] = []
    if let failure = snapshot.healthFailure {
      facts.append(Fact("error", failure.description, Styles.alarm))
    }
    if let health = snapshot.health.value {
      facts += self.facts(health)
    }
    guard !facts.isEmpty else {
      let placeholder = SourceAge.placeholder(snapshot.health, now: now)
      return PanelContent(panel: .health, age: age, body: .message(placeholder))
    }
    facts.append(Fact("url", state.target.healthURL, Styles.dim))
    return PanelContent(panel: .health, age: age, body: .facts(facts))
  }

  static func facts(_ health: RelayHealth) -> [Fact] {
    let http = Span(
      "HTTP \(health.httpStatus)", health.httpStatus == 200 ? Styles.ok : Styles.alarm)
    let latency = Span(", \(milliseconds(health.latencyMilliseconds))", Styles.dim)
    let relay: [Span] =
      if let status = health.status {
        [Span(status, Styles.of(level(status))), Span(" ("), http, latency, Span(")")]
      } else {
        [http, latency, Span(" (no relay status in the body)", Styles.dim)]
      }
    return [Fact("relay", relay), Fact("nodes", nodes(health))]
  }

  /// "1 registered", "none registered" as a warning.
  static func nodes(_ health: RelayHealth) -> [Span] {
    let count = health.registeredServers.count
    guard count > 0 else { return [Span("none registered", Styles.warn)] }
    return [Span("\(count) registered")]
  }

  /// ok is fine, draining a warning, anything else an alarm.
  static func level(_ status: String) -> Level {
    switch status {
    case "ok": .ok
    case "draining": .warn
    default: .alarm
    }
  }

  /// "43 ms", or "1.2 s" from a second up.
  static func milliseconds(_ value: Double) -> String {
    guard value >= 1_000 else { return "\(Int(value.rounded())) ms" }
    return "\((value / 100).rounded() / 10) s"
  }
}
