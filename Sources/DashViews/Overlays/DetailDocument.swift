import DashCore
import DashModel
import Foundation

/// Everything known about the selected item, for the Enter overlay.
enum DetailDocument {
  /// The detail of the overlay's item, or a note that it is gone.
  static func make(
    panel: Panel, itemID: String, state: AppState, now: Date
  ) -> Document {
    let snapshot = state.snapshot
    let found: Document? =
      switch panel {
      case .pods:
        snapshot.pods.value?.first { $0.id == itemID }.map { pod($0, now: now) }
      case .ingress:
        snapshot.ingresses.value?.first { $0.id == itemID }
          .map { ingress($0, endpoints: snapshot.endpoints.value) }
      case .certificate:
        snapshot.certificates.value?.first { $0.id == itemID }.map { certificate($0, now: now) }
      case .events:
        snapshot.events.value?.first { $0.id == itemID }.map { event($0, now: now) }
      case .health:
        health(snapshot, target: state.target, now: now)
      }
    return found
      ?? Document(
        title: panel.title,
        lines: [.text("This item is no longer listed.", style: Styles.warn, indent: 1)])
  }

  static func pod(_ pod: Pod, now: Date) -> Document {
    var lines: [Document.Line] = [
      field("status", pod.displayStatus, Styles.of(PodsPanel.level(of: pod))),
      field("ready", "\(pod.readyCount)/\(pod.containerCount)"),
      field("restarts", PodsPanel.restarts(pod)),
      field("phase", pod.phase),
      field("node", pod.nodeName ?? "not scheduled"),
      field("created", time(pod.createdAt, now: now)),
    ]
    if let reason = pod.reason { lines.append(field("reason", reason, Styles.warn)) }
    if let deleted = pod.deletedAt { lines.append(field("deleting", time(deleted, now: now))) }
    lines += [.blank, .heading("Conditions")] + conditions(pod.conditions, now: now)
    for container in pod.initContainers {
      lines +=
        [.blank, .heading("Init container " + container.name)] + self.container(container, now: now)
    }
    for container in pod.containers {
      lines +=
        [.blank, .heading("Container " + container.name)] + self.container(container, now: now)
    }
    return Document(title: "Pod " + pod.name, lines: lines)
  }

  static func container(_ container: ContainerStatus, now: Date) -> [Document.Line] {
    [
      field("image", container.image, indent: 1),
      field(
        "ready", container.ready ? "yes" : "no", container.ready ? Styles.ok : Styles.alarm,
        indent: 1),
      field("restarts", "\(container.restartCount)", indent: 1),
      field("state", state(container.state, now: now), stateStyle(container.state), indent: 1),
      field("last state", state(container.lastState, now: now), indent: 1),
    ]
  }

  /// "waiting: CrashLoopBackOff: back-off 5m0s ...", "running since ...".
  static func state(_ state: ContainerState, now: Date) -> String {
    switch state {
    case .unknown: return "none"
    case .running(let startedAt): return "running since " + time(startedAt, now: now)
    case .waiting(let reason, let message):
      return (["waiting", reason, message].compactMap { $0 }).joined(separator: ": ")
    case .terminated(let end):
      let parts = [end.reason, end.codeText, end.message].compactMap { $0 }
      let finished = end.finishedAt.map { ", finished " + time($0, now: now) } ?? ""
      return "terminated: " + parts.joined(separator: ", ") + finished
    }
  }

  static func stateStyle(_ state: ContainerState) -> Style {
    switch state {
    case .running: Styles.ok
    case .waiting, .terminated: Styles.warn
    case .unknown: Styles.dim
    }
  }

  static func conditions(_ conditions: [Condition], now: Date) -> [Document.Line] {
    guard !conditions.isEmpty else { return [.text("none reported", style: Styles.dim, indent: 1)] }
    return conditions.map { condition in
      let reason = [condition.reason, condition.message].compactMap { $0 }.joined(separator: ": ")
      let words = reason.isEmpty ? condition.status : condition.status + " " + reason
      let since = condition.lastTransitionTime.map { " (since \(Age.since($0, now: now)))" } ?? ""
      let style = condition.status == "True" ? Styles.ok : Styles.warn
      return field(condition.type, words + since, style, indent: 1)
    }
  }

  static func ingress(_ ingress: Ingress, endpoints: ServiceEndpoints?) -> Document {
    var lines: [Document.Line] = [field("class", ingress.className ?? "default")]
    lines.append(field("address", ingress.addresses.joined(separator: ", ")))
    lines += [.blank, .heading("Rules")]
    lines += ingress.rules.map { rule in
      let target = "\(rule.serviceName ?? "?"):\(rule.servicePort ?? "?")"
      return field(rule.host ?? "*", "\(rule.path ?? "/") -> \(target)", indent: 1)
    }
    lines += [.blank, .heading("TLS")]
    lines += ingress.tls.map { tls in
      field(tls.secretName ?? "(no secret)", tls.hosts.joined(separator: ", "), indent: 1)
    }
    if let endpoints {
      lines += [.blank, .heading("Service " + endpoints.serviceName)]
      lines.append(field("ready", endpoints.readyAddresses.joined(separator: ", "), indent: 1))
      lines.append(
        field("not ready", endpoints.notReadyAddresses.joined(separator: ", "), indent: 1))
    }
    lines += [.blank, .heading("Annotations")]
    lines += ingress.annotations.sorted { $0.key < $1.key }.map {
      .text("\($0.key)=\($0.value)", style: Styles.normal, indent: 1)
    }
    return Document(title: "Ingress " + ingress.name, lines: lines)
  }

  static func certificate(_ certificate: Certificate, now: Date) -> Document {
    var lines: [Document.Line] = [
      field("secret", certificate.secretName),
      field("dns names", certificate.dnsNames.joined(separator: ", ")),
      field("issuer", CertificatePanel.issuer(certificate).map(\.text).joined()),
      field("not before", time(certificate.notBefore, now: now)),
      field(
        "not after", time(certificate.notAfter, now: now),
        Styles.of(CertificatePanel.level(certificate.expiryLevel(now: now)))),
      field("renewal", time(certificate.renewalTime, now: now)),
    ]
    if let attempts = certificate.failedIssuanceAttempts {
      lines.append(field("failed issuances", "\(attempts)", Styles.warn))
    }
    if let failure = certificate.lastFailureTime {
      lines.append(field("last failure", time(failure, now: now), Styles.warn))
    }
    lines += [.blank, .heading("Conditions")] + conditions(certificate.conditions, now: now)
    return Document(title: "Certificate " + certificate.name, lines: lines)
  }

  static func event(_ event: KubeEvent, now: Date) -> Document {
    Document(
      title: "Event " + event.reason,
      lines: [
        field("object", event.object), field("type", event.type),
        field("count", "\(event.count)"), field("last seen", time(event.lastSeen, now: now)),
        .blank, .heading("Message"), .text(event.message, style: Styles.normal, indent: 1),
      ])
  }

  static func health(_ snapshot: ClusterSnapshot, target: Target, now: Date) -> Document? {
    guard snapshot.health.value != nil || snapshot.healthFailure != nil else { return nil }
    var lines: [Document.Line] = [field("url", target.healthURL)]
    if let failure = snapshot.healthFailure {
      lines.append(field("error", failure.description, Styles.alarm))
    }
    guard let health = snapshot.health.value else {
      return Document(title: "Public health", lines: lines)
    }
    lines += [
      field("status", health.status ?? "none", Styles.of(HealthPanel.level(health.status ?? ""))),
      field("http", "\(health.httpStatus)"),
      field("latency", HealthPanel.milliseconds(health.latencyMilliseconds)),
      field("known servers", health.knownServers.map(String.init) ?? "?"),
    ]
    lines += [.blank, .heading("Registered compute nodes")]
    lines += health.registeredServers.flatMap { server in
      [
        .text(server.publicKey.truncatedMiddle(to: 48), style: Styles.normal, indent: 1),
        .text(serverLoad(server), style: Styles.dim, indent: 3),
      ]
    }
    lines += [.blank, .heading("Body")]
    lines += pretty(health.body).map { .text($0, style: Styles.normal, indent: 1) }
    return Document(title: "Public health", lines: lines)
  }

  /// "seen 12s ago · queue 0 · in flight 1/4 · load 0.25", from what is known.
  static func serverLoad(_ server: RelayHealth.RegisteredServer) -> String {
    let inFlight = server.inFlight.map { count in
      "in flight \(count)" + (server.maxConcurrency.map { "/\($0)" } ?? "")
    }
    let parts = [
      server.ageSeconds.map { "seen \(Age.short($0)) ago" },
      server.queueDepth.map { "queue \($0)" }, inFlight,
      server.loadScore.map { "load \($0)" },
    ]
    return parts.compactMap { $0 }.joined(separator: " \u{00B7} ")
  }

  /// A JSON body pretty-printed with sorted keys, else the body's own lines.
  static func pretty(_ body: String) -> [String] {
    guard let data = body.data(using: .utf8),
      let object = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]),
      let printed = try? JSONSerialization.data(
        withJSONObject: object,
        options: [.prettyPrinted, .sortedKeys, .fragmentsAllowed, .withoutEscapingSlashes]),
      let text = String(data: printed, encoding: .utf8)
    else { return body.components(separatedBy: "\n") }
    return text.components(separatedBy: "\n")
  }

  /// "2026-12-03 14:48Z (12m ago)", or "unknown".
  static func time(_ date: Date?, now: Date) -> String {
    guard let date else { return "unknown" }
    let relative =
      date > now ? "in \(Age.short(date.timeIntervalSince(now)))" : Age.since(date, now: now)
    return "\(Dates.minute(date)) (\(relative))"
  }

  static func field(
    _ label: String, _ value: String, _ style: Style = Styles.normal, indent: Int = 0
  ) -> Document.Line {
    .field(label: label, value: value.isEmpty ? "-" : value, style: style, indent: indent)
  }
}
