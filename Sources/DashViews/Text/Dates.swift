import Foundation

/// Calendar dates as the screen prints them, always in UTC.
enum Dates {
  /// "2027-02-01".
  static func day(_ date: Date) -> String {
    let parts = calendar.dateComponents([.year, .month, .day], from: date)
    return "\(parts.year ?? 0)-\(two(parts.month))-\(two(parts.day))"
  }

  /// "2027-02-01 15:04Z".
  static func minute(_ date: Date) -> String {
    let parts = calendar.dateComponents([.hour, .minute], from: date)
    return "\(day(date)) \(two(parts.hour)):\(two(parts.minute))Z"
  }

  private static var calendar: Calendar {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
    return calendar
  }

  private static func two(_ value: Int?) -> String {
    let number = value ?? 0
    return number < 10 ? "0\(number)" : "\(number)"
  }
}
