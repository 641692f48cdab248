import Foundation

/// The command line of `tokenplace-dash`, with the staging runbook's defaults.
public struct Options: Sendable, Equatable {
  public var namespace = "tokenplace"
  public var release = "tokenplace-relay"
  public var chart = "apps/tokenplace-relay"
  /// Values files in helm's order; empty means the chart's dev then staging files.
  public var valuesFiles: [String] = []
  public var healthURL = "https://staging.token.place/healthz"
  public var defaultTag = "main"
  public var localPort = 5010
  public var context: String?
  /// `--kubeconfig`, else `KUBECONFIG` from the environment, else kubectl's default.
  public var kubeconfig: String?
  public var kubectl = "kubectl"
  public var helm = "helm"
  public var readOnly = false
  /// `--demo [SCENARIO]`: run against the built-in simulated cluster.
  public var demoScenario: String?
  public var once = false
  public var showHelp = false
  public var showVersion = false

  public init() {}

  /// The values files helm gets: the given ones, or the chart's two layers.
  public var effectiveValuesFiles: [String] {
    valuesFiles.isEmpty
      ? [chart + "/values.dev.yaml", chart + "/values.staging.yaml"] : valuesFiles
  }
}
