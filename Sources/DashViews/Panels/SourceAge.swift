import DashModel
import Foundation

/// How fresh a source is, in words: "2s ago", "stale 40s: connection
/// refused", "waiting 12s", "unavailable: forbidden".
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
    case .unavailable(let reason, _):
      [Span("unavailable: \(reason)", Styles.alarm)]
    }
  }

  /// The title's words: none when the body already says the source is
  /// unavailable.
  static func title<Value>(
    _ sample: Sample<Value>, now: Date, freshWord: String = ""
  ) -> [Span] {
    if sample.value == nil, case .unavailable = sample.state { return [] }
    return spans(sample, now: now, freshWord: freshWord)
  }

  /// What a panel says in place of data it never had.
  static func placeholder<Value>(_ sample: Sample<Value>, now: Date) -> Span {
    switch sample.state {
    case .loading: Span("loading", Styles.dim)
    case .unavailable(let reason, _): Span("unavailable: \(reason)", Styles.alarm)
    case .stale(_, let error): Span("no data: \(error)", Styles.warn)
    case .fresh: Span("no data", Styles.dim)
    }
  }

  /// Seconds between two times in kubectl's short form.
  static func elapsed(_ since: Date, _ now: Date) -> String {
    Age.short(now.timeIntervalSince(since))
  }
}
