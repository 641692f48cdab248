import DashModel
import Foundation
import Testing

@Suite("RFC 3339 times")
struct RFC3339Tests {
  @Test(
    "times as Kubernetes and helm print them",
    arguments: [
      ("2026-11-30T10:00:00Z", 1_796_032_800.0),
      ("2026-11-30T10:00:00.123456789Z", 1_796_032_800.123456789),
      ("2026-11-30T03:00:00-07:00", 1_796_032_800.0),
      ("2026-11-30T11:00:00.5+01:00", 1_796_032_800.5),
      ("1970-01-01T00:00:00Z", 0.0),
      ("2024-02-29T23:59:59z", 1_709_251_199.0),
    ])
  func parses(text: String, seconds: Double) throws {
    let date = try #require(RFC3339.date(from: text))
    #expect(abs(date.timeIntervalSince1970 - seconds) < 0.000_001)
  }

  @Test(
    "text that is not RFC 3339",
    arguments: [
      "", "2026-11-30", "2026-11-30T10:00:00", "2026-13-01T00:00:00Z",
      "2026-11-30T10:00:00.Z",
      "2026-11-30T10:00:00+0100", "Sun, 29 Nov 2026 09:00:00 UTC",
      "2026-11-30T10:00:00Zjunk",
    ])
  func rejects(text: String) {
    #expect(RFC3339.date(from: text) == nil)
  }

  @Test("formats UTC to the second and reads back")
  func roundTrip() throws {
    let date = Date(timeIntervalSince1970: 1_796_033_400)
    #expect(RFC3339.string(from: date) == "2026-11-30T10:10:00Z")
    #expect(
      RFC3339.string(from: Date(timeIntervalSince1970: -1))
        == "1969-12-31T23:59:59Z")
    #expect(RFC3339.date(from: RFC3339.string(from: date)) == date)
  }
}
