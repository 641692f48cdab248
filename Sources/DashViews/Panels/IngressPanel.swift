import DashCore
import DashModel
import Foundation

/// How the public host reaches the service: hosts, class, TLS, address, backend.
enum IngressPanel {
  static func content(_ state: AppState, now: Date, glyphs: Glyphs) -> PanelContent {
    let sample = state.snapshot.ingresses
    let age = SourceAge.title(sample, now: now)
    guard let ingresses = sample.value else {
      return PanelContent(
        panel: .ingress, age: age,
        body: .message(SourceAge.placeholder(sample, panel: .ingress, state: state, now: now)))
    }
    guard let index = state.selectedIndex(in: .ingress) else {
      let empty = Span("no ingress in \(state.target.namespace)", Styles.alarm)
      return PanelContent(panel: .ingress, age: age, body: .message(empty))
    }
    let count = ingresses.count > 1 ? "\(index + 1) of \(ingresses.count)" : nil
    let facts = self.facts(ingresses[index], state: state, now: now, glyphs: glyphs)
    return PanelContent(panel: .ingress, count: count, age: age, body: .facts(facts))
  }

  static func facts(
    _ ingress: Ingress, state: AppState, now: Date, glyphs: Glyphs
  ) -> [Fact] {
    let hosts = unique(ingress.rules.compactMap(\.host) + ingress.tls.flatMap(\.hosts))
    let secrets = unique(ingress.tls.compactMap(\.secretName))
    return [
      Fact("hosts", hosts.isEmpty ? "* (any host)" : hosts.joined(separator: ", ")),
      Fact(
        "class", ingress.className ?? "default",
        ingress.className == nil ? Styles.dim : Styles.normal),
      Fact(
        "tls", secrets.isEmpty ? "none" : secrets.joined(separator: ", "),
        secrets.isEmpty ? Styles.warn : Styles.normal),
      Fact(
        "address",
        ingress.addresses.isEmpty ? "pending" : ingress.addresses.joined(separator: ", "),
        ingress.addresses.isEmpty ? Styles.warn : Styles.normal),
      Fact("backend", backend(ingress, state: state, now: now, glyphs: glyphs)),
    ]
  }

  /// "tokenplace-relay:80 → 2/2 ready", with the endpoints' state when known.
  static func backend(
    _ ingress: Ingress, state: AppState, now: Date, glyphs: Glyphs
  ) -> [Span] {
    let targets = unique(ingress.rules.map { "\($0.serviceName ?? "?"):\($0.servicePort ?? "?")" })
    var spans = [Span(targets.isEmpty ? "none" : targets.joined(separator: ", "))]
    let sample = state.snapshot.endpoints
    guard let endpoints = sample.value else {
      return spans + [Span(" "), SourceAge.placeholder(sample, now: now)]
    }
    spans.append(Span(" \(glyphs.arrow) "))
    spans.append(readiness(endpoints))
    if case .fresh = sample.state { return spans }
    return spans + [Span(" (")] + SourceAge.spans(sample, now: now) + [Span(")")]
  }

  /// "2/2 ready", "1/2 ready" or "0/1 ready": ready endpoints of all known.
  static func readiness(_ endpoints: ServiceEndpoints) -> Span {
    let ready = endpoints.readyAddresses.count
    let total = ready + endpoints.notReadyAddresses.count
    let level: Level = ready == 0 ? .alarm : ready < total ? .warn : .ok
    return Span("\(ready)/\(total) ready", Styles.of(level))
  }

  /// The values in first-seen order, each once.
  static func unique(_ values: [String]) -> [String] {
    var seen: Set<String> = []
    return values.filter { seen.insert($0).inserted }
  }
}
