import DashCore
import DashModel
import Foundation

/// How fresh a source is, in words: "2s ago", "stale 40s: connection
/// refused", "waiting 12s", "unavailable 40s: forbidden".
enum SourceAge {
  /// Seconds of waiting after which the wait is shown as a warning.
  static let slowAfter: TimeInterval = 10

  /// The words and their style for a sample state.
  static func spans<Value>(
    _ sample: Sample<Value>, now: Date, freshWord: String = ""
  ) -> [Span] {
    switch sample.state {
    case .fresh(let at):
      [Span(freshWord + Age.since(at, now: now), Styles.dim)]
    case .stale(let since, let error):
      [Span("stale \(elapsed(since, now)): \(error)", Styles.warn)]
    case .loading(let since):
      [
        Span(
          "waiting \(elapsed(since, now))",
          slowAfter < now.timeIntervalSince(since) ? Styles.warn : Styles.dim)
      ]
    case .unavailable(let reason, let since):
      [Span("unavailable \(elapsed(since, now)): \(reason)", Styles.alarm)]
    }
  }

  /// The title's words: only how long the source has been failing when the
  /// body already gives the reason.
  static func title<Value>(
    _ sample: Sample<Value>, now: Date, freshWord: String = ""
  ) -> [Span] {
    if sample.value == nil, case .unavailable(_, let since) = sample.state {
      return [Span("unavailable \(elapsed(since, now))", Styles.alarm)]
    }
    return spans(sample, now: now, freshWord: freshWord)
  }

  /// What a panel says in place of data it never had; when another place
  /// shows the same failure, `sameAs` names it instead of the reason.
  static func placeholder<Value>(
    _ sample: Sample<Value>, now: Date, sameAs: String? = nil
  ) -> Span {
    switch sample.state {
    case .loading: Span("loading", Styles.dim)
    case .unavailable(let reason, _):
      Span("unavailable: " + (sameAs.map { "same error as \($0)" } ?? reason), Styles.alarm)
    case .stale(_, let error): Span("no data: \(error)", Styles.warn)
    case .fresh: Span("no data", Styles.dim)
    }
  }

  /// The placeholder of `panel`'s own source, pointing to where a failure
  /// it shares with other sources is shown in full.
  static func placeholder<Value>(
    _ sample: Sample<Value>, panel: Panel, state: AppState, now: Date
  ) -> Span {
    let sameAs = SharedFailure.shownElsewhere(sample, panel: panel, state: state, now: now)
    return placeholder(sample, now: now, sameAs: sameAs)
  }

  /// Seconds between two times in kubectl's short form.
  static func elapsed(_ since: Date, _ now: Date) -> String {
    Age.short(now.timeIntervalSince(since))
  }
}
