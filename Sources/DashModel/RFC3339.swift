import Foundation

/// Times as Kubernetes and helm print them: RFC 3339 with optional fractional
/// seconds of any length and a `Z` or `±hh:mm` zone, e.g.
/// "2026-11-30T10:00:00.123456789-07:00".
public enum RFC3339 {
  /// The moment a timestamp names; nil when it is not RFC 3339.
  public static func date(from text: String) -> Date? {
    var scanner = DigitScanner(Array(text.utf8))
    guard let year = scanner.number(digits: 4), scanner.skip("-"),
      let month = scanner.number(digits: 2), scanner.skip("-"),
      let day = scanner.number(digits: 2), scanner.skip(anyOf: "Tt "),
      let hour = scanner.number(digits: 2), scanner.skip(":"),
      let minute = scanner.number(digits: 2), scanner.skip(":"),
      let second = scanner.number(digits: 2)
    else { return nil }
    guard (1...12).contains(month), (1...31).contains(day), hour < 24,
      minute < 60,
      second < 61
    else { return nil }
    let fraction = scanner.skip(".") ? scanner.fraction() : 0
    guard let fraction, let offset = scanner.zoneOffset(), scanner.atEnd else {
      return nil
    }
    let days = daysSinceEpoch(year: year, month: month, day: day)
    let seconds = days * 86_400 + hour * 3_600 + minute * 60 + second - offset
    return Date(timeIntervalSince1970: Double(seconds) + fraction)
  }

  /// A moment in UTC to the second, e.g. "2026-11-30T10:00:00Z".
  public static func string(from date: Date) -> String {
    let total = Int(date.timeIntervalSince1970.rounded(.down))
    let days = total >= 0 ? total / 86_400 : (total - 86_399) / 86_400
    let seconds = total - days * 86_400
    let (year, month, day) = civil(fromDays: days)
    let clock = [seconds / 3_600, seconds / 60 % 60, seconds % 60].map(
      twoDigits)
    let yearText =
      String(repeating: "0", count: max(0, 4 - String(year).count))
      + String(year)
    return "\(yearText)-\(twoDigits(month))-\(twoDigits(day))T"
      + clock.joined(separator: ":")
      + "Z"
  }

  private static func twoDigits(_ value: Int) -> String {
    value < 10 ? "0\(value)" : "\(value)"
  }

  /// Days from 1970-01-01 to a date of the proleptic Gregorian calendar.
  static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
    let shiftedYear = month <= 2 ? year - 1 : year
    let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
    let yearOfEra = shiftedYear - era * 400
    let dayOfYear =
      (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// The calendar date `days` after 1970-01-01.
  static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
    let shifted = days + 719_468
    let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
    let dayOfEra = shifted - era * 146_097
    let yearOfEra =
      (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096)
      / 365
    let dayOfYear =
      dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }
}

/// Reads fixed-width numbers and separators from the bytes of a timestamp.
private struct DigitScanner {
  private let bytes: [UInt8]
  private var index = 0

  init(_ bytes: [UInt8]) {
    self.bytes = bytes
  }

  var atEnd: Bool { index == bytes.count }

  /// A number of exactly `digits` decimal digits.
  mutating func number(digits: Int) -> Int? {
    guard index + digits <= bytes.count else { return nil }
    var value = 0
    for byte in bytes[index..<index + digits] {
      guard let digit = Self.digit(byte) else { return nil }
      value = value * 10 + digit
    }
    index += digits
    return value
  }

  /// The digits after a decimal point, as a fraction of a second.
  mutating func fraction() -> Double? {
    var value = 0.0
    var scale = 1.0
    let start = index
    while index < bytes.count, let digit = Self.digit(bytes[index]) {
      scale /= 10
      value += Double(digit) * scale
      index += 1
    }
    return index > start ? value : nil
  }

  /// `Z` as 0, or `±hh:mm` as seconds east of UTC.
  mutating func zoneOffset() -> Int? {
    if skip(anyOf: "Zz") { return 0 }
    let sign: Int
    if skip("+") {
      sign = 1
    } else if skip("-") {
      sign = -1
    } else {
      return nil
    }
    guard let hours = number(digits: 2), skip(":"),
      let minutes = number(digits: 2)
    else {
      return nil
    }
    return sign * (hours * 3_600 + minutes * 60)
  }

  mutating func skip(_ character: Character) -> Bool {
    skip(anyOf: String(character))
  }

  mutating func skip(anyOf characters: String) -> Bool {
    guard index < bytes.count, characters.utf8.contains(bytes[index]) else {
      return false
    }
    index += 1
    return true
  }

  private static func digit(_ byte: UInt8) -> Int? {
    (48...57).contains(byte) ? Int(byte - 48) : nil
  }
}
