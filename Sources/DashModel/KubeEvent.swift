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
  /// `lastTimestamp`, else `series.lastObservedTime`, else `eventTime`, else
  /// `firstTimestamp`.
  public var lastSeen: Date?
  /// `involvedObject.kind`, e.g. "Pod".
  public var involvedKind: String
  /// `involvedObject.name`.
  public var involvedName: String
  /// `firstTimestamp`, else `eventTime`.
  public var firstSeen: Date?
  /// `source.component`, else `reportingComponent`, e.g. "kubelet".
  public var source: String?
  /// `metadata.namespace`.
  public var namespace: String

  public init(
    id: String, type: String, reason: String, object: String, message: String,
    count: Int,
    lastSeen: Date?, involvedKind: String = "", involvedName: String = "",
    firstSeen: Date? = nil, source: String? = nil, namespace: String = ""
  ) {
    self.id = id
    self.type = type
    self.reason = reason
    self.object = object
    self.message = message
    self.count = count
    self.lastSeen = lastSeen
    self.involvedKind = involvedKind
    self.involvedName = involvedName
    self.firstSeen = firstSeen
    self.source = source
    self.namespace = namespace
  }
}
