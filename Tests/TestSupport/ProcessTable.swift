import Foundation

/// Reads the process table from /proc, to check what a program left behind.
public enum ProcessTable {
  /// Whether a process exists and is not a zombie.
  public static func isRunning(_ pid: Int32) -> Bool {
    guard let status = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
      let close = status.lastIndex(of: ")")
    else { return false }
    let state = status[status.index(after: close)...].trimmingCharacters(in: .whitespaces).first
    return state != "Z"
  }

  /// The command line of every process, arguments joined by spaces.
  public static func commandLines() -> [String] {
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
    return entries.filter { $0.allSatisfy(\.isNumber) }.compactMap { pid in
      guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else {
        return nil
      }
      return String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\0", with: " ")
    }
  }
}
