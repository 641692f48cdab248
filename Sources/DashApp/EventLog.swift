import Foundation
import Synchronization

/// The log file named by `TOKENPLACE_DASH_LOG`: one line per event with
/// sorted `key=value` fields. Off (writes nothing) when no file is named.
public final class EventLog: Sendable {
  /// How much an event matters.
  public enum Level: String, Sendable, Comparable {
    case debug, info, warning, error

    public static func < (lhs: Level, rhs: Level) -> Bool {
      let order: [Level] = [.debug, .info, .warning, .error]
      return (order.firstIndex(of: lhs) ?? 0) < (order.firstIndex(of: rhs) ?? 0)
    }
  }

  private let output: Mutex<FileHandle?>
  private let clock: @Sendable () -> Date
  private let minimum: Level
  /// Conditions already warned about, so a warning is logged once per condition.
  private let warned = Mutex<Set<String>>([])

  /// A log writing to `handle`, or a silent one when `handle` is nil.
  public init(
    handle: FileHandle?, minimum: Level = .info, clock: @escaping @Sendable () -> Date = Date.init
  ) {
    self.output = Mutex(handle)
    self.minimum = minimum
    self.clock = clock
  }

  /// Opens the file `TOKENPLACE_DASH_LOG` names (appending), or a silent log.
  public static func fromEnvironment(_ environment: [String: String]) -> EventLog {
    guard let path = environment["TOKENPLACE_DASH_LOG"], !path.isEmpty else {
      return EventLog(handle: nil)
    }
    if !FileManager.default.fileExists(atPath: path) {
      _ = FileManager.default.createFile(atPath: path, contents: nil)
    }
    let handle = FileHandle(forWritingAtPath: path)
    _ = try? handle?.seekToEnd()
    let level = environment["TOKENPLACE_DASH_LOG_LEVEL"].flatMap(Level.init(rawValue:)) ?? .info
    return EventLog(handle: handle, minimum: level)
  }

  /// Writes one event line.
  public func log(_ level: Level, _ event: String, _ fields: [String: String] = [:]) {
    guard level >= minimum else { return }
    let line = EventLog.format(time: clock(), level: level, event: event, fields: fields)
    output.withLock { handle in
      handle?.write(Data((line + "\n").utf8))
    }
  }

  /// Logs a warning the first time `condition` is seen; later calls are silent
  /// until `clear(condition)`.
  public func warnOnce(_ condition: String, _ event: String, _ fields: [String: String] = [:]) {
    let isNew = warned.withLock { $0.insert(condition).inserted }
    if isNew { log(.warning, event, fields) }
  }

  /// Forgets a condition, so the next `warnOnce` for it logs again.
  public func clear(_ condition: String) {
    _ = warned.withLock { $0.remove(condition) }
  }

  /// One log line: time, level, event, then fields sorted by key, values
  /// quoted when they hold spaces, quotes or control characters.
  static func format(time: Date, level: Level, event: String, fields: [String: String]) -> String {
    let stamp = time.formatted(.iso8601)
    let pairs = fields.keys.sorted().map { key in "\(key)=\(quote(fields[key] ?? ""))" }
    return ([stamp, level.rawValue, event] + pairs).joined(separator: " ")
  }

  private static func quote(_ value: String) -> String {
    let plain =
      !value.isEmpty
      && value.unicodeScalars.allSatisfy { scalar in
        scalar.value > 32 && scalar.value != 34 && scalar.value != 127 && scalar.value != 61
      }
    if plain { return value }
    let escaped = value.unicodeScalars.map { scalar -> String in
      switch scalar {
      case "\"": return "\\\""
      case "\\": return "\\\\"
      case "\n": return "\\n"
      default:
        return scalar.value < 32 || scalar.value == 127
          ? String(format: "\\x%02x", scalar.value) : String(scalar)
      }
    }
    return "\"" + escaped.joined() + "\""
  }
}
