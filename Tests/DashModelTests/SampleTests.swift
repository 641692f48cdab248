import DashModel
import Foundation
import Testing

@Suite struct SampleTests {
  static let start = Date(timeIntervalSince1970: 1_000_000)

  @Test func aFailureBeforeAnyValueIsUnavailableSinceTheFirstFailure() {
    var sample = Sample<Int>.loading(since: Self.start)
    sample.fail("connection refused", at: Self.start.addingTimeInterval(1))
    sample.fail("connection refused", at: Self.start.addingTimeInterval(9))
    #expect(
      sample.state
        == .unavailable(reason: "connection refused", since: Self.start.addingTimeInterval(1)))
  }

  @Test func aFailureAfterAValueKeepsItStaleSinceItWasFresh() {
    var sample = Sample<Int>.loading(since: Self.start)
    sample.update(3, at: Self.start.addingTimeInterval(2))
    sample.fail("timeout", at: Self.start.addingTimeInterval(5))
    sample.fail("refused", at: Self.start.addingTimeInterval(8))
    #expect(sample.value == 3)
    #expect(sample.state == .stale(since: Self.start.addingTimeInterval(2), error: "refused"))
  }

  @Test func aFreshValueEndsTheFailure() {
    var sample = Sample<Int>.loading(since: Self.start)
    sample.fail("refused", at: Self.start)
    sample.update(1, at: Self.start.addingTimeInterval(4))
    #expect(sample.state == .fresh(at: Self.start.addingTimeInterval(4)))
  }
}
