import Foundation
import SimCluster
import Testing

@Suite struct HelmGoTimeTests {
  @Test(arguments: [
    ("whole seconds", 1_796_000_000.0, "2026-11-30T00:53:20Z"),
    ("half second", 1_796_000_000.5, "2026-11-30T00:53:20.5Z"),
    ("epoch", 0.0, "1970-01-01T00:00:00Z"),
  ])
  func formatsLikeRFC3339Nano(id: String, seconds: Double, text: String) {
    #expect(GoTime.format(Date(timeIntervalSince1970: seconds)) == text)
  }

  @Test(arguments: [
    ("utc", "2026-11-30T00:53:20Z", 1_796_000_000.0),
    ("offset", "2026-11-30T01:53:20+01:00", 1_796_000_000.0),
    ("nanos", "2026-11-30T00:53:20.250000000Z", 1_796_000_000.25),
  ])
  func parses(id: String, text: String, seconds: Double) throws {
    let date = try #require(GoTime.parse(text))
    #expect(abs(date.timeIntervalSince1970 - seconds) < 1e-6)
  }

  @Test func rejectsHelmsEmptyTime() {
    #expect(GoTime.parse("") == nil)
  }
}
