import Foundation

/// Go's RFC 3339 time with nanoseconds, as helm writes `first_deployed` and `updated`.
public enum GoTime {
  /// Formats `date` in UTC like Go's `time.RFC3339Nano` (trailing zeros of the fraction dropped).
  public static func format(_ date: Date) -> String {
    let whole = date.timeIntervalSince1970.rounded(.down)
    let nanos = Int(((date.timeIntervalSince1970 - whole) * 1e9).rounded())
    var components = calendar.dateComponents(
      [.year, .month, .day, .hour, .minute, .second],
      from: Date(timeIntervalSince1970: whole))
    components.nanosecond = nil
    let stamp = String(
      format: "%04d-%02d-%02dT%02d:%02d:%02d", components.year ?? 0,
      components.month ?? 0,
      components.day ?? 0, components.hour ?? 0, components.minute ?? 0,
      components.second ?? 0)
    guard nanos > 0, nanos < 1_000_000_000 else { return stamp + "Z" }
    var fraction = String(format: "%09d", nanos)
    while fraction.hasSuffix("0") { fraction.removeLast() }
    return stamp + "." + fraction + "Z"
  }

  /// Parses an RFC 3339 time with an optional fraction of up to nine digits and any offset.
  public static func parse(_ text: String) -> Date? {
    let pattern =
      #/^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(Z|z|[+-]\d{2}:\d{2})$/#
    guard let match = text.wholeMatch(of: pattern) else { return nil }
    var components = DateComponents()
    components.year = Int(match.1)
    components.month = Int(match.2)
    components.day = Int(match.3)
    components.hour = Int(match.4)
    components.minute = Int(match.5)
    components.second = Int(match.6)
    guard let base = calendar.date(from: components) else { return nil }
    let fraction = match.7.flatMap { Double("0" + $0) } ?? 0
    return base.addingTimeInterval(fraction - offsetSeconds(String(match.8)))
  }

  /// Seconds east of UTC for a zone suffix such as `Z` or `+02:00`.
  private static func offsetSeconds(_ zone: String) -> TimeInterval {
    guard zone.count == 6, let hours = Int(zone.dropFirst().prefix(2)),
      let minutes = Int(zone.suffix(2))
    else { return 0 }
    let sign: Double = zone.hasPrefix("-") ? -1 : 1
    return sign * Double(hours * 3600 + minutes * 60)
  }

  /// A Gregorian calendar fixed to UTC.
  private static var calendar: Calendar {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? TimeZone.current
    return calendar
  }
}
