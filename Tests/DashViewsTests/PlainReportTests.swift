import DashCore
import DashViews
import TestSupport
import Testing

@Suite("PlainReport")
struct PlainReportTests {
  static let snapshots = ViewsSnapshot(filePath: #filePath)

  @Test("report", arguments: ["healthy", "crashloop", "stale-with-errors", "hostile-strings"])
  func report(_ name: String) throws {
    let state = try #require(States.all.first { $0.name == name }?.state)
    let text = PlainReport.render(state, now: States.now, width: 80)
    if let difference = try Self.snapshots.compare(text, named: "report-" + name) {
      Issue.record(Comment(rawValue: difference))
    }
  }

  @Test("plain ASCII, no escape codes, within the width", arguments: States.all.map(\.name))
  func plain(_ name: String) throws {
    let state = try #require(States.all.first { $0.name == name }?.state)
    let text = PlainReport.render(state, now: States.now, width: 80)
    #expect(text.unicodeScalars.allSatisfy { $0.isASCII || $0.properties.isAlphabetic })
    #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || $0.value == 0x7F })
    #expect(text.split(separator: "\n").allSatisfy { String($0).columns <= 80 })
  }
}
