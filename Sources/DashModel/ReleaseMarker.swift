import Foundation

/// What the labels of helm's release Secrets say, read without spawning helm.
public struct ReleaseMarker: Sendable, Equatable {
  /// The highest `version` label among the release's Secrets.
  public var revision: Int
  /// That Secret's `status` label.
  public var status: String

  public init(revision: Int, status: String) {
    self.revision = revision
    self.status = status
  }
}
