import Foundation

/// The one-line answer to "is staging healthy, and if not, why not".
///
/// Derived by walking the chain public URL -> ingress -> certificate ->
/// service endpoints -> pods -> relay and naming the first broken link.
public enum Verdict: Sendable, Equatable {
  case healthy
  /// The first broken link and what is wrong with it,
  /// e.g. `.pods` and "0/1 ready (CrashLoopBackOff)".
  case degraded(link: Link, detail: String)
  /// The chain cannot be judged; the reason says which source is missing.
  case unknown(reason: String)

  /// A link of the chain, in the order it is walked.
  public enum Link: String, Sendable, CaseIterable {
    case publicURL = "public URL"
    case ingress
    case certificate
    case endpoints = "service endpoints"
    case pods
    case relay
  }
}

extension Verdict {
  /// The verdict as one line: "healthy", "degraded: pods 0/1 ready
  /// (CrashLoopBackOff)", "unknown: no pod data yet".
  public var summary: String {
    switch self {
    case .healthy: "healthy"
    case .degraded(let link, let detail): "degraded: \(link.rawValue) \(detail)"
    case .unknown(let reason): "unknown: \(reason)"
    }
  }

  /// The broken link, when degraded.
  public var brokenLink: Link? {
    if case .degraded(let link, _) = self { return link }
    return nil
  }
}
