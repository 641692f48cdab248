import DashCore
import DashModel
import Foundation

/// Where a failure that several sources share is already spelled out, so a
/// panel can point there in one short line instead of repeating it.
enum SharedFailure {
  /// "the header" when the verdict or the helm line shows `sample`'s reason
  /// and another source fails the same way; else the title of the first
  /// panel that shows it, nil for that panel itself or an unshared reason.
  static func shownElsewhere<Value>(
    _ sample: Sample<Value>, panel: Panel, state: AppState, now: Date
  ) -> String? {
    guard sample.value == nil, case .unavailable(let reason, _) = sample.state else { return nil }
    let sources = failures(state)
    guard sources.filter({ $0.reason == reason }).count > 1 else { return nil }
    if inHeader(reason, state: state, now: now) { return "the header" }
    let first = sources.first { $0.reason == reason && $0.panel != nil }?.panel
    return first == panel ? nil : first?.title
  }

  /// The reason of every source without data, in screen order; the helm
  /// release has no panel.
  static func failures(_ state: AppState) -> [(panel: Panel?, reason: String)] {
    let snapshot = state.snapshot
    let reasons: [(Panel?, String?)] = [
      (nil, reason(snapshot.release)), (.pods, reason(snapshot.pods)),
      (.ingress, reason(snapshot.ingresses)), (.certificate, reason(snapshot.certificates)),
      (.events, reason(snapshot.events)),
    ]
    return reasons.compactMap { panel, reason in reason.map { (panel, $0) } }
  }

  /// Why a source without data is unavailable, nil while it has data.
  static func reason<Value>(_ sample: Sample<Value>) -> String? {
    guard sample.value == nil, case .unavailable(let reason, _) = sample.state else { return nil }
    return reason
  }

  /// Whether the verdict or the helm line carries `reason`.
  static func inHeader(_ reason: String, state: AppState, now: Date) -> Bool {
    Verdict.derive(from: state.snapshot, now: now).summary.contains(reason)
      || Self.reason(state.snapshot.release) == reason
  }
}
