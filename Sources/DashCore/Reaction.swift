/// What the run loop must do after the reducer handled an action.
public enum Reaction: Sendable, Equatable {
  /// Nothing changed on screen.
  case none
  /// Draw the new state.
  case redraw
  /// Fetch every source again, then draw.
  case refetch
  /// Clear and redraw the whole terminal (after garbage from elsewhere).
  case repaint
  /// Give the terminal back and stop.
  case quit
}
