import Foundation

/// Writes the relay's log lines: JSON events mixed with gunicorn access lines.
///
/// Line `index` of a container run is always the same text, so a tail, a
/// since-window and a follow agree with each other.
struct LogWriter: Sendable {
  /// One timed log line.
  struct Line: Sendable {
    let time: Date
    let text: String
  }

  /// The relay's request paths, weighted by how often a real relay sees them.
  private static let paths = [
    "/healthz", "/livez", "/healthz", "/livez", "/next_server", "/sink", "/faucet",
    "/api/v1/relay/requests", "/relay/diagnostics", "/api/v1/meta",
  ]

  /// The lines of one container run started at `start`, at `rate` lines per second,
  /// with indices in `range`.
  func lines(pod: String, run: Int, start: Date, rate: Double, range: Range<Int>) -> [Line] {
    range.map { index in
      let time = start.addingTimeInterval(Double(index) / rate)
      return Line(time: time, text: text(pod: pod, run: run, index: index, time: time))
    }
  }

  /// The number of lines a run started at `start` has written by `now`.
  func count(start: Date, rate: Double, now: Date) -> Int {
    max(0, Int(now.timeIntervalSince(start) * rate) + 1)
  }

  /// The last lines of a crashed run: the error that ended it.
  func crashLines(time: Date) -> [Line] {
    let stamp = SimTime.micros(time)
    let error = SimJSON.orderedText([
      "timestamp": .string(stamp), "level": "ERROR", "logger": "relay.startup",
      "message": "relay.startup_failed",
      "error": "RuntimeError: TOKENPLACE_RELAY_UPSTREAM_URL http://gpu-server:5015 unreachable",
    ])
    return [
      Line(time: time, text: error),
      Line(time: time, text: "[\(stamp)] [1] [ERROR] Worker (pid:7) exited with code 1"),
    ]
  }

  private func text(pod: String, run: Int, index: Int, time: Date) -> String {
    var seed = UInt64(truncatingIfNeeded: index &* 2_654_435_761 &+ run &* 97)
    for byte in pod.utf8 { seed = (seed ^ UInt64(byte)) &* 0x100_0000_01b3 }
    let pick = Int(seed % 100)
    let path = Self.paths[Int((seed >> 8) % UInt64(Self.paths.count))]
    let status = (seed >> 16) % 23 == 0 ? 503 : ((seed >> 16) % 11 == 0 ? 404 : 200)
    let duration = Double((seed >> 24) % 40_000) / 1000
    switch pick {
    case ..<55:
      let event = SimJSON.orderedText([
        "timestamp": .string(SimTime.micros(time)), "level": status == 200 ? "INFO" : "WARNING",
        "logger": "relay.http", "message": "http.request",
        "method": path == "/sink" || path == "/faucet" ? "POST" : "GET", "path": .string(path),
        "http_status": .int(Int(status)), "duration_ms": .double(duration),
        "remote_addr": "10.42.0.1",
      ])
      return event
    case ..<85:
      let agent =
        path == "/healthz" || path == "/livez" ? "kube-probe/1.32" : "python-requests/2.32.3"
      return "10.42.0.1 - - [\(SimTime.accessLog(time))] \"GET \(path) HTTP/1.1\" \(status)"
        + " \(40 + Int(seed % 400)) \"-\" \"\(agent)\""
    case ..<95:
      let event = SimJSON.orderedText([
        "timestamp": .string(SimTime.micros(time)), "level": "INFO", "logger": "relay.registry",
        "message": "relay.server_heartbeat", "known_servers": 1,
        "queue_depth": .int(Int(seed % 3)), "in_flight_count": .int(Int((seed >> 4) % 2)),
      ])
      return event
    default:
      let event = SimJSON.orderedText([
        "timestamp": .string(SimTime.micros(time)), "level": "WARNING",
        "logger": "relay.upstream", "message": "relay.upstream_check_failed",
        "upstream": "http://gpu-server:5015", "error": "Name or service not known",
      ])
      return event
    }
  }
}
