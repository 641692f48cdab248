/// The status of one release revision, spelled as helm stores and prints it.
public enum ReleaseStatus: String, Sendable, CaseIterable {
  case unknown
  case deployed
  case uninstalled
  case superseded
  case failed
  case uninstalling
  case pendingInstall = "pending-install"
  case pendingUpgrade = "pending-upgrade"
  case pendingRollback = "pending-rollback"

  /// Whether another operation is still running on this revision.
  public var isPending: Bool {
    switch self {
    case .pendingInstall, .pendingUpgrade, .pendingRollback: true
    default: false
    }
  }
}
