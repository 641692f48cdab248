import Foundation
import Testing

@testable import SimCluster

/// SimJSON's numbers, merge and the two ways it writes JSON.
@Suite struct SimJSONTests {
  @Test(arguments: [
    ("whole", 42.0, SimJSON.int(42)), ("negative zero", -0.0, .int(0)),
    ("fraction", 0.5, .double(0.5)), ("beyond 9e15", 1e20, .double(1e20)),
  ])
  func numberKeepsWholeFloatsAsIntegers(
    id: String, number: Double, expected: SimJSON
  ) {
    #expect(SimJSON.number(number) == expected)
  }

  @Test(arguments: [
    ("whole double", SimJSON.double(3), Int?.some(3)), ("fraction", .double(0.5), nil),
    ("beyond 9e15", .double(1e20), nil), ("text", .string("3"), nil),
  ])
  func intReadsOnlyWholeNumbersItCanHold(
    id: String, value: SimJSON, expected: Int?
  ) {
    #expect(value.int == expected)
  }

  @Test func foundationReaderComparesWholeFractionsAsIntegers() throws {
    let fraction = try SimJSON(json: Data("[1.0, 2.5]".utf8))
    #expect(fraction == [1, 2.5])
    #expect(throws: HelmError.self) { try SimJSON(json: Data("{".utf8)) }
  }

  @Test func mergingIsDeepAndKeepsNullsUntilRemoved() {
    let base: SimJSON = ["image": ["tag": "a", "pull": "x"], "log": "info"]
    let overlay: SimJSON = ["image": ["tag": "b"], "log": .null]
    let merged = base.merging(overlay)
    #expect(merged == ["image": ["tag": "b", "pull": "x"], "log": .null])
    #expect(merged.removingNulls == ["image": ["tag": "b", "pull": "x"]])
  }

  @Test func goTextEscapesHTMLWhileTheAPIServersTextDoesNot() {
    let value: SimJSON = ["b": "<a&b>", "a": 1]
    #expect(value.jsonText == #"{"a":1,"b":"\u003ca\u0026b\u003e"}"#)
    #expect(value.scalarText == nil)
    #expect(SimJSON.string("<a&b>").text == #""<a&b>""#)
  }
}
