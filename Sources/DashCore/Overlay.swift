/// What covers the panels, if anything.
public enum Overlay: Sendable, Equatable {
  case none
  /// The list of keys, scrolled down by `scroll` rows.
  case help(scroll: Int)
  /// The detail of one item of a panel, scrolled down by `scroll` rows.
  case detail(panel: Panel, itemID: String, scroll: Int)

  /// How far the overlay is scrolled, in rows; 0 without an overlay.
  public var scroll: Int {
    switch self {
    case .none: 0
    case .help(let scroll), .detail(_, _, let scroll): scroll
    }
  }

  /// The same overlay scrolled to `rows`.
  func scrolled(to rows: Int) -> Overlay {
    switch self {
    case .none: .none
    case .help: .help(scroll: rows)
    case .detail(let panel, let itemID, _): .detail(panel: panel, itemID: itemID, scroll: rows)
    }
  }
}
