import DashModel
import Foundation
import Testing

@Suite("Age")
struct AgeTests {
  /// kubectl's HumanDuration boundaries, one row per rule.
  @Test(
    "short matches kubectl's AGE column",
    arguments: [
      (-3.0, "<invalid>"), (-1.5, "0s"), (0, "0s"), (45, "45s"),
      (119.9, "119s"),
      (120, "2m"), (150, "2m30s"), (599, "9m59s"), (600, "10m"),
      (10_799, "179m"),
      (10_800, "3h"), (11_100, "3h5m"), (28_799, "7h59m"), (28_800, "8h"),
      (172_799, "47h"), (172_800, "2d"), (187_200, "2d4h"), (691_199, "7d23h"),
      (691_200, "8d"), (63_071_999, "729d"), (63_072_000, "2y"),
      (66_528_000, "2y40d"),
      (252_288_000, "8y"),
    ])
  func short(seconds: Double, expected: String) {
    #expect(Age.short(seconds) == expected)
  }

  @Test(
    "values no clock can give read as invalid",
    arguments: [Double.nan, .infinity, 1e300])
  func invalid(seconds: Double) {
    #expect(Age.short(seconds) == "<invalid>")
  }

  @Test("since reads as a time ago and clamps the future to now")
  func since() {
    let now = Date(timeIntervalSince1970: 1_000_000)
    #expect(Age.since(now.addingTimeInterval(-2), now: now) == "2s ago")
    #expect(Age.since(now.addingTimeInterval(-400), now: now) == "6m40s ago")
    #expect(Age.since(now.addingTimeInterval(30), now: now) == "0s ago")
  }
}
