/// The lines and symbols the screen is drawn with; the app picks `unicode`
/// in a UTF-8 locale and `ascii` otherwise.
public struct Glyphs: Sendable, Equatable {
  /// A horizontal rule segment.
  public var horizontal: String
  /// A vertical divider between panels side by side.
  public var vertical: String
  /// Where a divider meets a rule above it.
  public var teeDown: String
  /// Marks what is cut short.
  public var ellipsis: String
  /// Separates facts on one line.
  public var separator: String
  /// Leads the verdict line for each role.
  public var okMark: String
  public var warnMark: String
  public var alarmMark: String
  public var unknownMark: String
  /// Points from a name to where it leads, e.g. host to service.
  public var arrow: String
  /// Shown at the edge of a list that continues above or below.
  public var moreAbove: String
  public var moreBelow: String

  /// Box drawing and symbols for UTF-8 terminals.
  public static let unicode = Glyphs(
    horizontal: "\u{2500}", vertical: "\u{2502}", teeDown: "\u{252C}", ellipsis: "\u{2026}",
    separator: " \u{00B7} ", okMark: "\u{25CF}", warnMark: "\u{25B2}", alarmMark: "\u{2716}",
    unknownMark: "\u{25CC}", arrow: "\u{2192}", moreAbove: "\u{2191}", moreBelow: "\u{2193}")

  /// Plain ASCII for terminals and locales without UTF-8.
  public static let ascii = Glyphs(
    horizontal: "-", vertical: "|", teeDown: "+", ellipsis: "~", separator: " | ", okMark: "*",
    warnMark: "!", alarmMark: "x", unknownMark: "?", arrow: "->", moreAbove: "^",
    moreBelow: "v")

  public init(
    horizontal: String, vertical: String, teeDown: String, ellipsis: String, separator: String,
    okMark: String, warnMark: String, alarmMark: String, unknownMark: String, arrow: String,
    moreAbove: String, moreBelow: String
  ) {
    self.horizontal = horizontal
    self.vertical = vertical
    self.teeDown = teeDown
    self.ellipsis = ellipsis
    self.separator = separator
    self.okMark = okMark
    self.warnMark = warnMark
    self.alarmMark = alarmMark
    self.unknownMark = unknownMark
    self.arrow = arrow
    self.moreAbove = moreAbove
    self.moreBelow = moreBelow
  }
}
