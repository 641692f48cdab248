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
