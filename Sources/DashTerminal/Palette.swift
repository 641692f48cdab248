import DashViews

/// How each cell role looks: a colour pair and attributes, or attributes only.
///
/// With colour off (`NO_COLOR`, or a terminal without colours) roles are told
/// apart by bold, dim, underline and reverse alone.
public struct Palette: Sendable, Equatable {
  /// The look of one style: a pair number (0 is the terminal's default) and
  /// attribute flags.
  public struct Look: Sendable, Equatable {
    public var pair: Int16
    public var bold: Bool
    public var dim: Bool
    public var underline: Bool
    public var reverse: Bool
  }

  /// Whether roles map to colours.
  public let usesColor: Bool

  public init(usesColor: Bool) {
    self.usesColor = usesColor
  }

  /// The foreground colour number (curses' 8 basic colours) of each coloured role.
  public static let foregrounds: [(role: Role, color: Int16)] = [
    (.title, 6), (.ok, 2), (.warn, 3), (.alarm, 1), (.accent, 4),
  ]

  /// The colour pair number a role uses; 0 for the default pair.
  public static func pair(for role: Role) -> Int16 {
    guard let index = foregrounds.firstIndex(where: { $0.role == role }) else { return 0 }
    return Int16(index + 1)
  }

  /// The look of a style under this palette.
  public func look(for style: Style) -> Look {
    var look = Look(
      pair: usesColor ? Palette.pair(for: style.role) : 0, bold: style.bold, dim: false,
      underline: style.underline, reverse: style.reverse)
    switch style.role {
    case .dim: look.dim = true
    case .title: look.bold = true
    case .alarm:
      look.bold = true
      look.reverse = look.reverse || !usesColor
    case .warn, .accent: look.underline = look.underline || !usesColor
    case .normal, .ok: break
    }
    return look
  }
}
