/// Sizes that depend on the screen, which the reducer needs to move by pages
/// and to stop scrolling at the end; the run loop copies them from the view.
public struct ScrollBounds: Sendable, Equatable {
  /// Rows a page key moves the selection or an overlay.
  public var pageRows: Int
  /// The largest useful scroll of the open overlay, in rows.
  public var overlayLimit: Int

  /// Before the first frame: pages of 10 rows, overlays scroll freely.
  public static let unknown = ScrollBounds(pageRows: 10, overlayLimit: .max)

  public init(pageRows: Int, overlayLimit: Int) {
    self.pageRows = max(1, pageRows)
    self.overlayLimit = max(0, overlayLimit)
  }
}
