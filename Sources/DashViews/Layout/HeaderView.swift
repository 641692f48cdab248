import DashCore
import DashModel
import Foundation

/// The top lines: what is watched, what helm says, and the verdict.
enum HeaderView {
  /// "tokenplace-relay  ns tokenplace  ctx sim  tag sha-00797df".
  static func identity(_ state: AppState) -> [Span] {
    let target = state.target
    return [
      Span(target.release, Styles.title), Span("  ns ", Styles.dim), Span(target.namespace),
      Span("  ctx ", Styles.dim), Span(target.context ?? "(current)"),
    ] + runningTags(state)
  }

  /// "tokenplace-relay  ctx sim", for screens without room for more.
  static func compactIdentity(_ state: AppState) -> [Span] {
    [
      Span(state.target.release, Styles.title), Span("  ctx ", Styles.dim),
      Span(state.target.context ?? "(current)"),
    ]
  }

  /// "read-only" when actions are off.
  static func flags(_ state: AppState) -> [Span] {
    state.target.readOnly ? [Span("read-only", Styles.warn)] : []
  }

  /// "  tag sha-00797df", warning when helm configured another tag.
  static func runningTags(_ state: AppState) -> [Span] {
    let pods = state.snapshot.pods.value ?? []
    let tags = IngressPanel.unique(
      (pods.filter(\.isReady) + pods.filter { !$0.isReady }).compactMap(\.imageTag))
    guard !tags.isEmpty else { return [] }
    let spans = [Span("  tag ", Styles.dim), Span(tags.joined(separator: ", "), Styles.strong)]
    guard let wanted = state.snapshot.release.value?.configuredTag, !tags.contains(wanted) else {
      return spans
    }
    return spans + [Span(" (helm wants \(wanted))", Styles.warn)]
  }

  /// "helm deployed · rev 7 · 3d ago · chart tokenplace-relay-0.3.1 · app 0.9.0";
  /// without `chartLabel` the chart stands alone, as name-version.
  static func helm(
    _ state: AppState, now: Date, glyphs: Glyphs, chartLabel: Bool = true
  ) -> [Span] {
    let sample = state.snapshot.release
    let label = Span("helm ", Styles.dim)
    guard let release = sample.value else {
      return [label] + SourceAge.spans(sample, now: now)
    }
    var facts: [[Span]] = [
      [Span(release.status, Styles.of(level(release.status)))],
      [Span("rev ", Styles.dim), Span("\(release.revision)")],
    ]
    if let deployed = release.lastDeployed {
      facts.append([Span(Age.since(deployed, now: now))])
    }
    if let chart = release.chartName {
      let version = release.chartVersion.map { "-" + $0 } ?? ""
      facts.append((chartLabel ? [Span("chart ", Styles.dim)] : []) + [Span(chart + version)])
    }
    if let app = release.appVersion {
      facts.append([Span("app ", Styles.dim), Span(app)])
    }
    if case .fresh = sample.state {} else { facts.append(SourceAge.spans(sample, now: now)) }
    let separator = Span(glyphs.separator, Styles.dim)
    return [label]
      + facts.enumerated().flatMap { $0.offset == 0 ? $0.element : [separator] + $0.element }
  }

  /// The helm line cut to `width` columns; when helm is not fresh, its
  /// failure words are cut in the middle so the remedy at the end stays.
  static func helmLine(
    _ state: AppState, now: Date, glyphs: Glyphs, width: Int, chartLabel: Bool = true
  ) -> [Span] {
    let spans = helm(state, now: now, glyphs: glyphs, chartLabel: chartLabel)
    if case .fresh = state.snapshot.release.state { return spans }
    let total = spans.reduce(0) { $0 + $1.columns }
    guard total > width, let last = spans.last else { return spans }
    let room = width - (total - last.columns)
    guard room >= 12 else { return spans }
    let cut = last.text.truncatedMiddle(to: room, ellipsis: glyphs.ellipsis)
    return spans.dropLast() + [Span(cut, last.style)]
  }

  /// When helm was last asked, for the right end of the helm line.
  static func helmAge(_ state: AppState, now: Date) -> [Span] {
    guard case .fresh = state.snapshot.release.state, state.snapshot.release.value != nil else {
      return []
    }
    return SourceAge.spans(state.snapshot.release, now: now)
  }

  /// healthy in green, unknown in yellow, degraded in red, each with its mark.
  static func verdict(_ state: AppState, now: Date, glyphs: Glyphs) -> [Span] {
    let verdict = Verdict.derive(from: state.snapshot, now: now)
    let (mark, style): (String, Style) =
      switch verdict {
      case .healthy: (glyphs.okMark, Styles.ok)
      case .degraded: (glyphs.alarmMark, Styles.alarmBold)
      case .unknown: (glyphs.unknownMark, Styles.warn)
      }
    return [Span(mark + " ", style), Span(verdict.summary, Style(role: style.role, bold: true))]
  }

  /// deployed is fine, pending-* a warning, failed and the rest an alarm.
  static func level(_ status: String) -> Level {
    if status == "deployed" { return .ok }
    return status.hasPrefix("pending") || status == "superseded" ? .warn : .alarm
  }
}
