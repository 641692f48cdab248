import Foundation

extension Certificate {
  /// Days left before a certificate counts as expiring (warning).
  public static let warningDays = 14
  /// Days left before a certificate counts as about to expire (alarm).
  public static let alarmDays = 3

  /// The reason a certificates sample carries when cert-manager's CRD is absent;
  /// the verdict skips the certificate link for it.
  public static let notInstalledReason = "cert-manager not installed"

  /// The `Ready` condition, when cert-manager has set one.
  public var ready: Condition? { condition("Ready") }

  /// The `Issuing` condition: present while a new certificate is being issued
  /// or after an issuance failed.
  public var issuing: Condition? { condition("Issuing") }

  /// The condition of that type, when present.
  public func condition(_ type: String) -> Condition? {
    conditions.first { $0.type == type }
  }

  /// Whole days from `now` until `notAfter`, rounded down, so negative exactly
  /// when expired (an hour past expiry is -1).
  public func daysLeft(now: Date) -> Int? {
    guard let notAfter else { return nil }
    let days = (notAfter.timeIntervalSince(now) / 86_400).rounded(.down)
    return days.isFinite && abs(days) < 1e12 ? Int(days) : nil
  }

  /// How close the certificate is to expiry.
  public func expiryLevel(now: Date) -> ExpiryLevel {
    guard let notAfter else { return .unknown }
    let left = notAfter.timeIntervalSince(now)
    if left < Double(Self.alarmDays) * 86_400 { return .alarm }
    if left < Double(Self.warningDays) * 86_400 { return .warning }
    return .ok
  }

  /// Whether `notAfter` has passed.
  public func isExpired(now: Date) -> Bool {
    notAfter.map { $0 <= now } ?? false
  }
}

/// How close a certificate is to its `notAfter`.
public enum ExpiryLevel: String, Sendable, Equatable, CaseIterable {
  /// 14 days or more left.
  case ok
  /// Under 14 days left.
  case warning
  /// Under 3 days left, or expired.
  case alarm
  /// No `notAfter` known.
  case unknown
}
