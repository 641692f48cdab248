import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// What /proc says about this test process: its zombie children and open descriptors.
public enum SourcesProcessTable {
  /// Pids of this process's children that are zombies (exited, not reaped).
  public static func zombieChildren() -> [Int32] {
    let me = getpid()
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
    return entries.compactMap(Int32.init).filter { pid in
      guard let fields = statFields(pid) else { return false }
      return fields.state == "Z" && fields.parent == me
    }
  }

  /// Whether `pid` is gone or a zombie.
  public static func isDead(_ pid: Int32) -> Bool {
    guard let fields = statFields(pid) else { return true }
    return fields.state == "Z" || fields.state == "X"
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

  /// The number of open file descriptors of this process.
  public static func openDescriptorCount() -> Int {
    ((try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []).count
  }

  /// A loopback TCP port that nothing listens on (bound, then closed).
  public static func closedLoopbackPort() throws -> UInt16 {
    let listener = try SourcesLoopbackSocket.listen()
    let port = listener.port
    listener.close()
    return port
  }

  /// State letter and parent pid from /proc/PID/stat.
  private static func statFields(_ pid: Int32) -> (state: String, parent: Int32)? {
    guard let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
      let close = text.range(of: ")", options: .backwards)
    else { return nil }
    let fields = text[close.upperBound...].split(separator: " ")
    guard fields.count > 2, let parent = Int32(fields[1]) else { return nil }
    return (String(fields[0]), parent)
  }
}
