import DashViews
import Foundation

/// Whole-screen text snapshots stored next to the tests that take them.
///
/// A missing snapshot is written and reported as a failure; with
/// `SNAPSHOT_RECORD=1` every snapshot is rewritten.
public struct ViewsSnapshot: Sendable {
  /// The folder the snapshots live in.
  public let folder: URL

  /// Snapshots in `Snapshots/` beside the test file that passes its `#filePath`.
  public init(filePath: String) {
    folder = URL(fileURLWithPath: filePath).deletingLastPathComponent()
      .appendingPathComponent("Snapshots")
  }

  /// Compares `text` with the stored snapshot `name`; returns a readable line
  /// diff when they differ, nil when they match.
  public func compare(_ text: String, named name: String) throws -> String? {
    let url = folder.appendingPathComponent(name + ".txt")
    let recording = ProcessInfo.processInfo.environment["SNAPSHOT_RECORD"] == "1"
    guard !recording, let stored = try? String(contentsOf: url, encoding: .utf8) else {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try text.write(to: url, atomically: true, encoding: .utf8)
      return recording ? nil : "recorded a new snapshot at \(url.path); run again"
    }
    return stored == text ? nil : Self.diff(expected: stored, actual: text, name: name)
  }

  /// The lines that differ, numbered, stored first ("-") then rendered ("+").
  public static func diff(expected: String, actual: String, name: String) -> String {
    let old = expected.components(separatedBy: "\n")
    let new = actual.components(separatedBy: "\n")
    var report = ["snapshot \(name) differs (- stored, + rendered):"]
    for index in 0..<max(old.count, new.count) {
      let before = index < old.count ? old[index] : nil
      let after = index < new.count ? new[index] : nil
      guard before != after else { continue }
      let number = String(format: "%3d", index + 1)
      if let before { report.append("\(number) -|\(before)|") }
      if let after { report.append("\(number) +|\(after)|") }
    }
    return report.joined(separator: "\n")
  }

  /// The grid's text framed so trailing spaces and the edges show.
  public static func text(_ grid: Grid) -> String {
    let edge = "+" + String(repeating: "-", count: grid.width) + "+"
    return ([edge] + grid.lines.map { "|" + $0 + "|" } + [edge]).joined(separator: "\n") + "\n"
  }

  /// A second layer with one letter per cell for its role, upper case when
  /// reversed: n normal, d dim, t title, o ok, w warn, a alarm, c accent.
  public static func roles(_ grid: Grid) -> String {
    let rows = (0..<grid.height).map { row in
      (0..<grid.width).reduce(into: "") { line, col in
        let cell = grid[row, col]
        let letter = cell.text == " " && !cell.style.reverse ? " " : letter(for: cell.style.role)
        line += cell.style.reverse ? letter.uppercased() : letter
      }
    }
    return rows.joined(separator: "\n") + "\n"
  }

  static func letter(for role: Role) -> String {
    switch role {
    case .normal: "n"
    case .dim: "d"
    case .title: "t"
    case .ok: "o"
    case .warn: "w"
    case .alarm: "a"
    case .accent: "c"
    }
  }
}
