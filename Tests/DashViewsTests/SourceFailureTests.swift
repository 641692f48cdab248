import DashCore
import DashViews
import TestSupport
import Testing

@Suite("Unavailable sources on screen")
struct SourceFailureTests {
  static func screen(_ state: AppState, width: Int, height: Int) -> [String] {
    DashboardView.render(state, now: States.now, width: width, height: height, glyphs: .unicode)
      .lines
  }

  @Test("each failing panel's title says how long it has failed", arguments: [80, 120])
  func titlesShowDuration(width: Int) {
    let lines = Self.screen(States.apiDown, width: width, height: 40)
    let ages = [
      ("Pods", "40s"), ("Ingress", "40s"), ("Certificate", "38s"), ("Warning events", "40s"),
    ]
    for (title, age) in ages {
      let rule = lines.first { $0.contains("─ \(title) ") } ?? ""
      let own = rule.components(separatedBy: "─ \(title) ").last?.split(separator: "┬").first
      #expect(own?.contains("unavailable \(age) ") == true, "\(title): \(rule)")
    }
  }

  @Test("a failure shared with the header is one short line per panel", arguments: [80, 120])
  func sharedFailureIsShort(width: Int) {
    let lines = Self.screen(States.apiDown, width: width, height: 40)
    let note = "unavailable: same error as the header"
    let bodies = lines.reduce(0) { $0 + $1.components(separatedBy: note).count - 1 }
    #expect(bodies == 4)
    let panels = lines.dropFirst(4)
    #expect(!panels.contains { $0.contains("connection refused") })
  }

  @Test("a failure of one source alone keeps its reason in the panel")
  func loneFailureKeepsReason() {
    let lines = Self.screen(States.staleWithErrors, width: 120, height: 40)
    #expect(lines.contains { $0.contains("unavailable: forbidden") })
  }

  @Test("the helm line keeps the remedy, cutting the middle", arguments: [60, 80, 120])
  func helmKeepsRemedy(width: Int) {
    let helm = Self.screen(States.apiDown, width: width, height: 24)[1]
    #expect(helm.contains("helm unavailable 35s: connectio"))
    #expect(helm.trimmingSuffixSpaces.hasSuffix("server address right?"))
  }
}

extension String {
  /// The string without trailing spaces.
  fileprivate var trimmingSuffixSpaces: Substring {
    self[..<(lastIndex { $0 != " " }.map(index(after:)) ?? startIndex)]
  }
}
