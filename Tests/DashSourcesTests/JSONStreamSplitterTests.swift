import DashModel
import DashSources
import Foundation
import TestSupport
import Testing

@Suite("JSONStreamSplitter")
struct JSONStreamSplitterTests {
  typealias Item = JSONStreamSplitter.Item

  /// Feeds `text` in chunks of `chunkSize` bytes and collects everything, finish included.
  func split(
    _ text: String, chunkSize: Int = 7, layout: JSONStreamSplitter.Layout = .any,
    limit: Int = 1 << 20
  ) -> [Item] {
    var splitter = JSONStreamSplitter(layout: layout, maximumDocumentBytes: limit)
    let bytes = Data(text.utf8)
    var items: [Item] = []
    var offset = 0
    while offset < bytes.count {
      let end = min(offset + chunkSize, bytes.count)
      items += splitter.feed(bytes.subdata(in: offset..<end))
      offset = end
    }
    return items + splitter.finish()
  }

  func document(_ text: String) throws -> Item {
    .document(try JSONValue(data: Data(text.utf8)))
  }

  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var input: String
    var documents: [String]
    var garbage: [String] = []
    var malformed = 0
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(
      name: "compact lines", input: "{\"a\":1}\n{\"b\":2}\n",
      documents: ["{\"a\":1}", "{\"b\":2}"]),
    Case(
      name: "pretty-printed", input: "{\n    \"items\": [\n        {\"a\": 1}\n    ]\n}\n{\n}\n",
      documents: ["{\"items\":[{\"a\":1}]}", "{}"]),
    Case(
      name: "back to back", input: "{\"a\":1}{\"b\":2} [3]",
      documents: ["{\"a\":1}", "{\"b\":2}", "[3]"]),
    Case(
      name: "braces and escapes in strings",
      input: #"{"s":"}{ \"quoted\" ][ \\","t":"\\\\"}"# + "\n",
      documents: [#"{"s":"}{ \"quoted\" ][ \\","t":"\\\\"}"#]),
    Case(
      name: "garbage between documents",
      input: "W1203 warning {not json}\n{\"a\":1}\nerror: x\n{\"b\":2}\n",
      documents: ["{\"a\":1}", "{\"b\":2}"], garbage: ["W1203 warning {not json}", "error: x"]),
    Case(
      name: "cut off inside a string", input: "{\"a\":\"cut\n{\"b\":2}\n",
      documents: ["{\"b\":2}"], malformed: 1),
    Case(
      name: "cut off at the end", input: "{\"a\":1}\n{\"b\":", documents: ["{\"a\":1}"],
      malformed: 1),
    Case(
      name: "invalid inside", input: "{\"a\":tru}\n{\"b\":2}", documents: ["{\"b\":2}"],
      malformed: 1),
  ]

  @Test("cuts documents out of a stream", arguments: cases)
  func cuts(_ testCase: Case) throws {
    for chunkSize in [1, 7, 4096] {
      let items = split(testCase.input, chunkSize: chunkSize)
      let documents = try testCase.documents.map(document)
      #expect(items.filter { if case .document = $0 { true } else { false } } == documents)
      #expect(
        items.filter { if case .garbage = $0 { true } else { false } }
          == testCase.garbage.map(Item.garbage))
      #expect(
        items.filter { if case .malformed = $0 { true } else { false } }.count == testCase.malformed
      )
    }
  }

  @Test("one document per line resynchronises after a cut-off compact event")
  func oneDocumentPerLine() throws {
    let input = "{\"type\":\"ADDED\",\"object\":{\"metadata\":{\"uid\":\"x\"}\n{\"b\":2}\n"
    let items = split(input, layout: .oneDocumentPerLine)
    #expect(
      items == [.malformed("a document cut off at the end of its line"), try document("{\"b\":2}")])
  }

  @Test("a huge object arrives whole")
  func hugeObject() throws {
    let names = (0..<50_000).map { "\"tokenplace-relay-pod-\($0)-{}[]\\\"\"" }
    let input = "{\"items\":[" + names.joined(separator: ",") + "]}\n{\"after\":true}\n"
    let items = split(input, chunkSize: 65_536, limit: 64 << 20)
    #expect(items.count == 2)
    #expect(
      items.first.flatMap { if case .document(let value) = $0 { value } else { nil } }?["items"]?
        .array?.count == 50_000)
    #expect(items.last == (try document("{\"after\":true}")))
  }

  @Test("a document past the size limit is skipped and reported")
  func sizeLimit() throws {
    let input = "{\"big\":\"" + String(repeating: "x", count: 5000) + "\"}\n{\"small\":1}\n"
    let items = split(input, chunkSize: 512, limit: 1000)
    #expect(
      items == [
        .malformed("a document larger than 1000 bytes was skipped"), try document("{\"small\":1}"),
      ])
  }
}
