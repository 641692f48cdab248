import Foundation

/// A Warning event of the namespace (core v1 Event).
public struct KubeEvent: Sendable, Equatable, Identifiable {
  public var id: String
  /// "Warning" or "Normal".
  public var type: String
  public var reason: String
  /// The involved object as `Kind/name`.
  public var object: String
  public var message: String
  public var count: Int
  /// `lastTimestamp`, else `eventTime`, else `firstTimestamp`.
  public var lastSeen: Date?

  public init(
    id: String, type: String, reason: String, object: String, message: String, count: Int,
    lastSeen: Date?
  ) {
    self.id = id
    self.type = type
    self.reason = reason
    self.object = object
    self.message = message
    self.count = count
    self.lastSeen = lastSeen
  }
}
