import Foundation

/// Where one simulated pod is in its life; the controller owns and advances it.
struct PodLife: Sendable {
  /// The stages a pod passes through.
  enum Stage: Sendable, Equatable {
    case unscheduled, creating, pulling, pullFailed, pullBackOff, running, ready, crashed
  }

  let name: String
  let image: String
  let ip: String
  var stage: Stage = .unscheduled
  /// When the current stage began.
  var since: Date
  /// When the current container run started.
  var runStarted: Date?
  var restarts = 0
  /// Start and end of the previous run, after a crash.
  var lastRun: (started: Date, finished: Date)?
  /// Failed pulls or crashes in a row, for the doubling back-off.
  var failures = 0

  init(name: String, image: String, ip: String, since: Date) {
    self.name = name
    self.image = image
    self.ip = ip
    self.since = since
  }

  /// Whether the registry has this image: tag `main` or `sha-` with 7-40 hex digits,
  /// never one containing "dead".
  static func pullable(_ image: String) -> Bool {
    guard let tag = image.split(separator: ":").last.map(String.init), !tag.contains("dead")
    else { return false }
    if tag == "main" { return true }
    let digits = tag.dropFirst(4)
    return tag.hasPrefix("sha-") && (7...40).contains(digits.count)
      && digits.allSatisfy { "0123456789abcdef".contains($0) }
  }
}
