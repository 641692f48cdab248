import Foundation
import SimCluster

/// A simulator started on free loopback ports with its kubeconfig in a temporary
/// directory, and the real kubectl pointed at it. Tests call `stop()` at the end.
public final class SimHarness: Sendable {
  /// The running simulator.
  public let simulator: Simulator
  /// Where it listens.
  public let endpoints: SimEndpoints
  /// The temporary directory holding the kubeconfig and kubectl's cache.
  public let directory: String
  /// The kubeconfig path.
  public var kubeconfig: String { directory + "/kubeconfig" }

  /// A pace that rolls a pod out in about a second.
  public static let fastTiming = SimTiming(
    tick: 0.05, scheduleDelay: 0.1, pullDelay: 0.2, readinessDelay: 0.5, terminationDelay: 0.3,
    crashDelay: 0.4, backOff: 0.5, flakyWatchLifetime: 1, slowReplyDelay: 1)

  /// Starts a simulator in `scenario`.
  public init(
    scenario: Scenario = .healthy, timing: SimTiming = SimHarness.fastTiming,
    certManagerInstalled: Bool = true
  ) throws {
    directory = NSTemporaryDirectory() + "sim-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    simulator = Simulator(
      scenario: scenario, timing: timing, certManagerInstalled: certManagerInstalled)
    endpoints = try simulator.start()
    try simulator.writeKubeconfig(to: directory + "/kubeconfig")
  }

  /// Stops the simulator and removes the temporary directory.
  public func stop() {
    simulator.stop()
    try? FileManager.default.removeItem(atPath: directory)
  }

  /// The arguments every kubectl call gets first.
  public var kubectlPrefix: [String] {
    ["--kubeconfig", kubeconfig, "--cache-dir", directory + "/cache", "--request-timeout", "20s"]
  }

  /// Runs kubectl to completion.
  public func kubectl(_ arguments: [String]) throws -> SimProcess.Result {
    try SimProcess.run(SimProcess.kubectl, kubectlPrefix + arguments)
  }

  /// Starts a long-running kubectl (watch, logs -f) whose output can be polled.
  public func kubectlStream(_ arguments: [String]) throws -> SimProcess {
    try SimProcess(SimProcess.kubectl, kubectlPrefix + arguments)
  }

  /// Calls `probe` until it returns a value or `seconds` pass; nil on timeout.
  public static func poll<T>(seconds: Double = 20, _ probe: () throws -> T?) rethrows -> T? {
    let deadline = Date().addingTimeInterval(seconds)
    repeat {
      if let value = try probe() { return value }
      Thread.sleep(forTimeInterval: 0.05)
    } while Date() < deadline
    return nil
  }
}
