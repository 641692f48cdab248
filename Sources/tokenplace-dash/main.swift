import DashApp
import Foundation
import SimCluster

// Called through the demo's `helm` link, this binary is the simulator's helm
// stand-in; otherwise it is the dashboard.
let arguments = CommandLine.arguments
if URL(fileURLWithPath: arguments.first ?? "").lastPathComponent == "helm" {
  exit(HelmCommand.main(Array(arguments.dropFirst())))
}
exit(
  Application.main(
    arguments: Array(arguments.dropFirst()), environment: ProcessInfo.processInfo.environment))
