import Foundation

/// Durations as kubectl prints them in its AGE column.
public enum Age {
  /// kubectl's human duration: "90s", "3m20s", "45m", "2h5m", "12h", "3d4h",
  /// "45d", "2y30d"; "0s" for up to a second in the future, "<invalid>" beyond
  /// (and for values that are not finite or exceed a million years).
  public static func short(_ seconds: TimeInterval) -> String {
    guard seconds.isFinite, abs(seconds) < 3e13 else { return "<invalid>" }
    let whole = Int(seconds.rounded(.towardZero))
    if whole < -1 { return "<invalid>" }
    if whole < 0 { return "0s" }
    if whole < 120 { return "\(whole)s" }
    let minutes = whole / 60
    if minutes < 10 { return compound(minutes, "m", whole % 60, "s") }
    if minutes < 180 { return "\(minutes)m" }
    let hours = minutes / 60
    if hours < 8 { return compound(hours, "h", minutes % 60, "m") }
    if hours < 48 { return "\(hours)h" }
    if hours < 24 * 8 { return compound(hours / 24, "d", hours % 24, "h") }
    if hours < 24 * 365 * 2 { return "\(hours / 24)d" }
    if hours < 24 * 365 * 8 {
      return compound(hours / 24 / 365, "y", hours / 24 % 365, "d")
    }
    return "\(hours / 24 / 365)y"
  }

  /// How long ago `date` was, e.g. "2s ago"; a date in the future reads "0s ago".
  public static func since(_ date: Date, now: Date) -> String {
    short(max(0, now.timeIntervalSince(date))) + " ago"
  }

  /// "3m" or "3m20s": the second unit only when it is not zero.
  private static func compound(
    _ major: Int, _ majorUnit: String, _ minor: Int, _ minorUnit: String
  ) -> String {
    minor == 0
      ? "\(major)\(majorUnit)" : "\(major)\(majorUnit)\(minor)\(minorUnit)"
  }
}
