import Foundation
import SimCluster

/// Prints to standard error.
func complain(_ message: String) {
  FileHandle.standardError.write(Data((message + "\n").utf8))
}

/// Blocks SIGINT and SIGTERM in every thread started afterwards, so that
/// `sigwait` receives them; un-ignores SIGINT, which shells ignore for `&` jobs.
func blockStopSignals() -> sigset_t {
  var set = sigset_t()
  sigemptyset(&set)
  for signal in [SIGINT, SIGTERM] {
    Glibc.signal(signal, SIG_DFL)
    sigaddset(&set, signal)
  }
  pthread_sigmask(SIG_BLOCK, &set, nil)
  return set
}

/// Serves until SIGINT or SIGTERM, after printing the three contract lines.
func serve(_ arguments: [String]) -> Int32 {
  do {
    let options = try SimCommand.parseServe(arguments)
    let kubeconfig =
      options.kubeconfig ?? FileManager.default.currentDirectoryPath + "/sim.kubeconfig"
    var set = blockStopSignals()
    let simulator = Simulator(scenario: options.scenario)
    if let rate = options.logRate { simulator.setLogRate(linesPerSecond: rate) }
    let endpoints = try simulator.start(apiPort: options.port, relayPort: options.relayPort)
    try simulator.writeKubeconfig(to: kubeconfig)
    let lines = [
      "api \(endpoints.apiURL)", "relay \(endpoints.relayHealthURL)", "kubeconfig \(kubeconfig)",
    ]
    FileHandle.standardOutput.write(Data((lines.joined(separator: "\n") + "\n").utf8))
    var received: Int32 = 0
    sigwait(&set, &received)
    simulator.stop()
    return 0
  } catch {
    complain("tokenplace-sim: \(error)")
    return 2
  }
}

/// Switches the scenario of a running simulator.
func switchScenario(_ arguments: [String]) -> Int32 {
  do {
    let (name, kubeconfig) = try SimCommand.parseScenario(arguments)
    let scenario = try ControlClient.switchScenario(name, kubeconfig: kubeconfig)
    print("scenario \(scenario.rawValue)")
    return 0
  } catch SimError.unknownScenario(let name) {
    complain("tokenplace-sim: \(SimError.unknownScenario(name))")
    return 2
  } catch {
    complain("tokenplace-sim: \(error)")
    return 1
  }
}

let arguments = CommandLine.arguments
let status: Int32
switch arguments.dropFirst().first {
case "serve": status = serve(Array(arguments.dropFirst(2)))
case "scenario": status = switchScenario(Array(arguments.dropFirst(2)))
case "helm": status = HelmCommand.main(Array(arguments.dropFirst(2)))
default:
  complain(SimCommand.usage)
  status = 2
}
exit(status)
