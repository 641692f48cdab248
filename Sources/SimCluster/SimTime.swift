import Foundation
import Glibc

/// Timestamps in the formats the Kubernetes API and the relay's logs use.
enum SimTime {
  /// RFC 3339 in UTC to the second, e.g. "2026-12-03T15:44:47Z".
  static func seconds(_ date: Date) -> String {
    let (parts, _) = split(date)
    return parts + "Z"
  }

  /// RFC 3339 in UTC to the microsecond, as `eventTime` is written.
  static func micros(_ date: Date) -> String {
    let (parts, fraction) = split(date)
    return parts + "." + pad(Int(fraction * 1_000_000), 6) + "Z"
  }

  /// RFC 3339 in UTC to the nanosecond, as kubectl's `--timestamps` shows.
  static func nanos(_ date: Date) -> String {
    let (parts, fraction) = split(date)
    return parts + "." + pad(Int(fraction * 1_000_000_000), 9) + "Z"
  }

  /// The gunicorn access-log form, e.g. "03/Dec/2026:15:44:47 +0000".
  static func accessLog(_ date: Date) -> String {
    let fields = broken(date)
    let months = [
      "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]
    let month = months[Int(fields.tm_mon) % 12]
    return "\(pad(Int(fields.tm_mday), 2))/\(month)/\(1900 + Int(fields.tm_year)):"
      + "\(pad(Int(fields.tm_hour), 2)):\(pad(Int(fields.tm_min), 2)):"
      + "\(pad(Int(fields.tm_sec), 2)) +0000"
  }

  /// Parses RFC 3339 UTC text with or without a fraction; nil when malformed.
  static func parse(_ text: String) -> Date? {
    let numbers = text.prefix(19).split { !$0.isNumber }.compactMap { Int32($0) }
    guard text.count >= 19, numbers.count == 6 else { return nil }
    var fields = tm()
    fields.tm_year = numbers[0] - 1900
    fields.tm_mon = numbers[1] - 1
    fields.tm_mday = numbers[2]
    fields.tm_hour = numbers[3]
    fields.tm_min = numbers[4]
    fields.tm_sec = numbers[5]
    var fraction = 0.0
    if text.count > 20, text.dropFirst(19).first == "." {
      fraction = Double("0" + text.dropFirst(19).prefix { $0 != "Z" }) ?? 0
    }
    return Date(timeIntervalSince1970: Double(timegm(&fields)) + fraction)
  }

  /// kubectl's short age: "45s", "3m", "2h", "5d".
  static func age(since date: Date, now: Date) -> String {
    let seconds = max(0, Int(now.timeIntervalSince(date)))
    switch seconds {
    case ..<120: return "\(seconds)s"
    case ..<(600): return "\(seconds / 60)m\(seconds % 60 == 0 ? "" : "\(seconds % 60)s")"
    case ..<(3 * 3600): return "\(seconds / 60)m"
    case ..<(8 * 3600):
      let minutes = (seconds % 3600) / 60
      return "\(seconds / 3600)h" + (minutes == 0 ? "" : "\(minutes)m")
    case ..<(48 * 3600): return "\(seconds / 3600)h"
    default: return "\(seconds / 86400)d"
    }
  }

  private static func broken(_ date: Date) -> tm {
    var time = time_t(date.timeIntervalSince1970.rounded(.down))
    var fields = tm()
    gmtime_r(&time, &fields)
    return fields
  }

  private static func split(_ date: Date) -> (String, Double) {
    let whole = date.timeIntervalSince1970.rounded(.down)
    let fields = broken(date)
    let text =
      "\(1900 + Int(fields.tm_year))-\(pad(Int(fields.tm_mon) + 1, 2))-"
      + "\(pad(Int(fields.tm_mday), 2))T\(pad(Int(fields.tm_hour), 2)):"
      + "\(pad(Int(fields.tm_min), 2)):\(pad(Int(fields.tm_sec), 2))"
    return (text, date.timeIntervalSince1970 - whole)
  }

  private static func pad(_ value: Int, _ width: Int) -> String {
    let text = String(value)
    return String(repeating: "0", count: max(0, width - text.count)) + text
  }
}
