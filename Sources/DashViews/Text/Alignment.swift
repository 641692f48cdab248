/// How a cell's text lines up in its column.
public enum Alignment: Sendable {
  case left
  case right
}
