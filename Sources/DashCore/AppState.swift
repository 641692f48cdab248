import DashModel
import Foundation

/// Everything the screen shows and the keys change; owned by the run loop.
public struct AppState: Sendable {
  /// The latest data of every source.
  public var snapshot: ClusterSnapshot
  public var target: Target
  /// The panel the movement keys act on.
  public var focus: Panel
  /// The selected row of each panel that has had one.
  public var selections: [Panel: Selection]
  public var overlay: Overlay
  /// A transient message for the footer; the run loop may clear it on a timer.
  public var status: StatusMessage?
  /// Page and scroll sizes of the current screen; the run loop keeps them current.
  public var bounds: ScrollBounds

  public init(
    snapshot: ClusterSnapshot, target: Target, focus: Panel = .pods,
    selections: [Panel: Selection] = [:], overlay: Overlay = .none,
    status: StatusMessage? = nil, bounds: ScrollBounds = .unknown
  ) {
    self.snapshot = snapshot
    self.target = target
    self.focus = focus
    self.selections = selections
    self.overlay = overlay
    self.status = status
    self.bounds = bounds
  }
}
