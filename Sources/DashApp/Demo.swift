import Foundation
import SimCluster

/// The simulated cluster behind `--demo`, running inside this process, with a
/// kubeconfig and a `helm` stand-in in a private temporary folder.
final class Demo {
  /// The folder holding the kubeconfig and the `helm` link; put first on PATH.
  let path: String
  let simulator: Simulator
  let endpoints: SimEndpoints

  /// The host the simulated Ingress serves; the health URL is the loopback
  /// relay, so the verdict judges the ingress by this name instead.
  let publicHost = "staging.token.place"

  /// The `helm` link to this executable, which answers as the helm stand-in
  /// when called by that name.
  var helmPath: String { path + "/helm" }

  init(scenario name: String, environment: [String: String]) throws {
    guard let scenario = Scenario(rawValue: name) else {
      throw AppError.demoFailed("no scenario '\(name)'")
    }
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("tokenplace-dash-demo-\(getpid())")
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      simulator = Simulator(scenario: scenario)
      endpoints = try simulator.start()
      try simulator.writeKubeconfig(to: folder.appendingPathComponent("kubeconfig").path)
      let helm = folder.appendingPathComponent("helm").path
      try? FileManager.default.removeItem(atPath: helm)
      try FileManager.default.createSymbolicLink(
        atPath: helm, withDestinationPath: Demo.ownExecutable())
    } catch {
      throw AppError.demoFailed(String(describing: error))
    }
    path = folder.path
  }

  /// Points the options at the simulated cluster and its relay.
  func adjust(_ options: inout Options) {
    options.kubeconfig = path + "/kubeconfig"
    options.context = nil
    options.healthURL = endpoints.relayHealthURL
  }

  /// Stops the simulator and removes the temporary folder.
  func stop() {
    simulator.stop()
    try? FileManager.default.removeItem(atPath: path)
  }

  /// The path of the running executable.
  static func ownExecutable() -> String {
    URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
  }
}
