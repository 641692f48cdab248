import DashModel
import DashSources
import Foundation

extension Sample {
  /// Folds a watcher's state, and the value decoded from its items, into the sample.
  ///
  /// The routine end of a watch (kubectl exits every 30 to 60 minutes and is
  /// restarted) keeps the sample fresh; any other trouble turns a known value
  /// stale and an unknown one unavailable, with the error's wording.
  mutating func absorb(_ decoded: Value?, state: WatchState, at time: Date) {
    switch state {
    case .connecting, .stopped:
      if let decoded { update(decoded, at: time) }
    case .live, .polling, .retrying(.watchEnded, _):
      if let decoded { update(decoded, at: time) }
    case .retrying(let error, _), .failed(let error):
      if let decoded { value = decoded }
      fail(Self.reason(for: error), at: time)
    }
  }

  /// The wording a failure shows with; a missing cert-manager CRD gets the
  /// model's own reason so the verdict can skip the certificate link.
  static func reason(for error: SourceError) -> String {
    if case .resourceTypeNotFound(let resource) = error, resource.hasPrefix("certificates") {
      return Certificate.notInstalledReason
    }
    return error.description
  }
}
