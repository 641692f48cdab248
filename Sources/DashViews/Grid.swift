/// A rectangle of the screen, in cells.
public struct Rect: Sendable, Equatable {
  public var row: Int
  public var col: Int
  public var width: Int
  public var height: Int

  public init(row: Int, col: Int, width: Int, height: Int) {
    self.row = row
    self.col = col
    self.width = max(0, width)
    self.height = max(0, height)
  }
}

/// A cell position: row and column from the top left, zero-based.
public struct Position: Sendable, Equatable {
  public var row: Int
  public var col: Int

  public init(row: Int, col: Int) {
    self.row = row
    self.col = col
  }
}

/// What a cell means; the terminal layer maps each role to colours or attributes.
public enum Role: UInt8, Sendable, CaseIterable {
  case normal
  case dim
  case title
  case ok
  case warn
  case alarm
  case accent
}

/// How one cell is drawn.
public struct Style: Sendable, Equatable, Hashable {
  public var role: Role
  public var bold: Bool
  public var reverse: Bool
  public var underline: Bool

  public static let normal = Style()

  public init(
    role: Role = .normal, bold: Bool = false, reverse: Bool = false, underline: Bool = false
  ) {
    self.role = role
    self.bold = bold
    self.reverse = reverse
    self.underline = underline
  }
}

/// One screen cell: a printable grapheme cluster and its style.
///
/// A double-width grapheme occupies its cell and marks the next cell as a
/// continuation, which the terminal layer skips.
public struct Cell: Sendable, Equatable {
  /// The grapheme cluster drawn here; never a control character.
  public var text: String
  public var style: Style
  /// True for the right half of a double-width grapheme.
  public var isContinuation: Bool

  public static let blank = Cell(text: " ", style: .normal, isContinuation: false)

  public init(text: String, style: Style, isContinuation: Bool = false) {
    self.text = text
    self.style = style
    self.isContinuation = isContinuation
  }
}

/// A grid of styled cells the size of the screen: what views draw into.
public struct Grid: Sendable, Equatable {
  public let width: Int
  public let height: Int
  /// Row-major cells, `width * height` of them.
  public private(set) var cells: [Cell]
  /// Where the terminal should leave the cursor, if anywhere.
  public var cursor: Position?

  public init(width: Int, height: Int) {
    self.width = max(0, width)
    self.height = max(0, height)
    self.cells = Array(repeating: .blank, count: self.width * self.height)
  }

  /// The cell at a position; a blank cell outside the grid.
  public subscript(row: Int, col: Int) -> Cell {
    get {
      guard contains(row: row, col: col) else { return .blank }
      return cells[row * width + col]
    }
    set {
      guard contains(row: row, col: col) else { return }
      cells[row * width + col] = newValue
    }
  }

  /// Whether a position lies inside the grid.
  public func contains(row: Int, col: Int) -> Bool {
    row >= 0 && row < height && col >= 0 && col < width
  }

  /// The grid's rows as plain text, continuation cells left out.
  public var lines: [String] {
    (0..<height).map { row in
      (0..<width).reduce(into: "") { line, col in
        let cell = self[row, col]
        if !cell.isContinuation { line += cell.text }
      }
    }
  }
}
