/// A named thing the operator can ask for; keys map to these, tests send them.
public enum Action: String, Sendable, CaseIterable, Hashable {
  case quit
  case help
  case refresh
  case nextPanel
  case previousPanel
  case down
  case up
  case pageDown
  case pageUp
  case top
  case bottom
  case open
  case back
  case repaint

  /// One sentence for the help screen.
  public var help: String {
    switch self {
    case .quit: "Quit and give the terminal back"
    case .help: "Show or hide this list of keys"
    case .refresh: "Fetch every source again now"
    case .nextPanel: "Focus the next panel"
    case .previousPanel: "Focus the previous panel"
    case .down: "Select the next row, or scroll down"
    case .up: "Select the previous row, or scroll up"
    case .pageDown: "Move down one page"
    case .pageUp: "Move up one page"
    case .top: "Jump to the first row"
    case .bottom: "Jump to the last row"
    case .open: "Open the detail of the selected row"
    case .back: "Close the detail or help view"
    case .repaint: "Redraw the whole terminal"
    }
  }

  /// A word or two for the footer.
  public var label: String {
    switch self {
    case .quit: "quit"
    case .help: "help"
    case .refresh: "refresh"
    case .nextPanel: "panel"
    case .previousPanel: "prev panel"
    case .down: "down"
    case .up: "up"
    case .pageDown: "page down"
    case .pageUp: "page up"
    case .top: "top"
    case .bottom: "bottom"
    case .open: "detail"
    case .back: "back"
    case .repaint: "repaint"
    }
  }
}
