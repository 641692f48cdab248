import Foundation

/// kubectl's STATUS and RESTARTS columns of a pod, computed as kubectl does.
enum PodStatusText {
  /// The STATUS column: waiting or terminated reasons win, Terminating last.
  static func status(of pod: SimJSON) -> String {
    var reason =
      pod.value(atPath: "status.reason").string
      ?? pod.value(atPath: "status.phase").string ?? "Unknown"
    let statuses = pod.value(atPath: "status.containerStatuses").array ?? []
    for status in statuses.reversed() {
      if let waiting = status["state"]["waiting"]["reason"].string, !waiting.isEmpty {
        reason = waiting
      } else if status["state"]["terminated"] != .null {
        let terminated = status["state"]["terminated"]
        reason = terminated["reason"].string ?? "ExitCode:\(terminated["exitCode"].int ?? 0)"
      }
    }
    if pod.value(atPath: "metadata.deletionTimestamp") != .null { return "Terminating" }
    return reason
  }

  /// The RESTARTS column, e.g. "3 (42s ago)".
  static func restarts(of pod: SimJSON, now: Date) -> String {
    let statuses = pod.value(atPath: "status.containerStatuses").array ?? []
    let count = statuses.reduce(0) { $0 + ($1["restartCount"].int ?? 0) }
    let finished = statuses.compactMap {
      SimTime.parse($0["lastState"]["terminated"]["finishedAt"].string ?? "")
    }.max()
    guard count > 0, let finished else { return String(count) }
    return "\(count) (\(SimTime.age(since: finished, now: now)) ago)"
  }
}
