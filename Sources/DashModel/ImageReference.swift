import Foundation

/// A container image reference split into repository, tag and digest,
/// e.g. `ghcr.io/democratizedspace/tokenplace-relay:sha-00797df`.
public struct ImageReference: Sendable, Equatable {
  /// Everything before the tag and digest, registry host and port included.
  public var repository: String
  /// The text after the last `:` of the name, when that is not a registry port.
  public var tag: String?
  /// The digest after `@`, e.g. `sha256:` and 64 hex digits.
  public var digest: String?

  /// Hex digits of a digest kept by `displayTag`.
  public static let shortDigestLength = 12

  /// Splits a reference as written in a pod spec or status.
  public init(_ reference: String) {
    var name = Substring(reference)
    if let at = reference.firstIndex(of: "@") {
      digest = String(reference[reference.index(after: at)...])
      name = reference[..<at]
    }
    if let colon = name.lastIndex(of: ":"), !name[colon...].contains("/") {
      tag = String(name[name.index(after: colon)...])
      name = name[..<colon]
    }
    repository = String(name)
  }

  /// The tag to show: the tag, else the digest shortened to
  /// `sha256:` and 12 hex digits, else "latest" (what the runtime pulls).
  public var displayTag: String {
    if let tag, !tag.isEmpty { return tag }
    guard let digest else { return "latest" }
    guard let colon = digest.firstIndex(of: ":") else {
      return String(digest.prefix(Self.shortDigestLength))
    }
    let hex = digest[digest.index(after: colon)...].prefix(
      Self.shortDigestLength)
    return String(digest[...colon] + hex)
  }
}
