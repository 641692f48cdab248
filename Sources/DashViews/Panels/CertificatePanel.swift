import DashCore
import DashModel
import Foundation

/// The cert-manager Certificate: readiness, expiry, renewal and issuer.
enum CertificatePanel {
  static func content(_ state: AppState, now: Date) -> PanelContent {
    let sample = state.snapshot.certificates
    let age = isNotInstalled(sample) ? [] : SourceAge.title(sample, now: now)
    guard let certificates = sample.value else {
      return PanelContent(
        panel: .certificate, age: age, body: .message(placeholder(sample, state: state, now: now)))
    }
    guard let index = state.selectedIndex(in: .certificate) else {
      let empty = Span("no certificate in \(state.target.namespace)", Styles.warn)
      return PanelContent(panel: .certificate, age: age, body: .message(empty))
    }
    let count = certificates.count > 1 ? "\(index + 1) of \(certificates.count)" : nil
    return PanelContent(
      panel: .certificate, count: count, age: age,
      body: .facts(facts(certificates[index], now: now)))
  }

  /// "cert-manager not installed" stands out from other failures.
  static func placeholder(
    _ sample: Sample<[Certificate]>, state: AppState, now: Date
  ) -> Span {
    if isNotInstalled(sample) { return Span(Certificate.notInstalledReason, Styles.warn) }
    return SourceAge.placeholder(sample, panel: .certificate, state: state, now: now)
  }

  /// Whether the cluster has no cert-manager: a lasting fact, not a failure.
  static func isNotInstalled(_ sample: Sample<[Certificate]>) -> Bool {
    guard case .unavailable(let reason, _) = sample.state else { return false }
    return reason == Certificate.notInstalledReason
  }

  static func facts(_ certificate: Certificate, now: Date) -> [Fact] {
    var facts = [Fact("ready", condition(certificate.ready, failing: .alarm))]
    if let issuing = certificate.issuing, issuing.status != "True" || issuing.reason != nil {
      facts.append(Fact("issuing", condition(issuing, failing: .warn)))
    }
    facts.append(Fact("expires", expiry(certificate, now: now)))
    if let renewal = certificate.renewalTime {
      facts.append(Fact("renews", renewalText(renewal, now: now)))
    }
    facts.append(Fact("issuer", certificate.issuerName ?? "unknown"))
    return facts
  }

  /// "True Ready" or "False DoesNotExist: message", coloured by status.
  static func condition(_ condition: Condition?, failing: Level) -> [Span] {
    guard let condition else { return [Span("unknown", Styles.warn)] }
    let level: Level = condition.status == "True" ? .ok : failing
    var spans = [Span(condition.status, Styles.of(level))]
    if let reason = condition.reason { spans.append(Span(" " + reason)) }
    if condition.status != "True", let message = condition.message, !message.isEmpty {
      spans.append(Span(": " + message.oneLine, Styles.dim))
    }
    return spans
  }

  /// "2027-02-01 (60d left)", in hours as the verdict words it under 3 days
  /// ("47h left"); warning under 14 days, alarm under 3 or expired.
  static func expiry(_ certificate: Certificate, now: Date) -> [Span] {
    guard let notAfter = certificate.notAfter else { return [Span("unknown", Styles.dim)] }
    let style = Styles.of(level(certificate.expiryLevel(now: now)))
    let seconds = notAfter.timeIntervalSince(now)
    let days = certificate.daysLeft(now: now) ?? 0
    let left =
      if certificate.isExpired(now: now) {
        "expired \(Age.since(notAfter, now: now))"
      } else if days < Certificate.alarmDays {
        "\(Age.short(seconds)) left"
      } else {
        "\(days)d left"
      }
    return [Span(Dates.day(notAfter) + " "), Span("(\(left))", style)]
  }

  static func renewalText(_ renewal: Date, now: Date) -> [Span] {
    let seconds = renewal.timeIntervalSince(now)
    guard seconds < 0 else {
      return [Span(Dates.day(renewal) + " "), Span("(in \(Age.short(seconds)))", Styles.dim)]
    }
    return [Span(Dates.day(renewal) + " "), Span("(overdue \(Age.short(-seconds)))", Styles.warn)]
  }

  static func issuer(_ certificate: Certificate) -> [Span] {
    let name = certificate.issuerName ?? "unknown"
    guard let kind = certificate.issuerKind else { return [Span(name)] }
    return [Span(name), Span(" (\(kind))", Styles.dim)]
  }

  static func level(_ expiry: ExpiryLevel) -> Level {
    switch expiry {
    case .ok: .ok
    case .warning: .warn
    case .alarm: .alarm
    case .unknown: .neutral
    }
  }
}
