/// The styles the views use, named by meaning.
enum Styles {
  static let normal = Style()
  static let dim = Style(role: .dim)
  static let title = Style(role: .title)
  static let heading = Style(role: .title, bold: true)
  static let focusedTitle = Style(role: .accent, bold: true, reverse: true)
  static let header = Style(role: .dim, bold: true)
  static let ok = Style(role: .ok)
  static let warn = Style(role: .warn)
  static let alarm = Style(role: .alarm)
  static let alarmBold = Style(role: .alarm, bold: true)
  static let accent = Style(role: .accent)
  static let strong = Style(bold: true)

  /// The style of a severity.
  static func of(_ level: Level) -> Style {
    switch level {
    case .ok: ok
    case .warn: warn
    case .alarm: alarm
    case .neutral: normal
    }
  }
}
