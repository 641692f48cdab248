/// The situations the simulated namespace can be switched into while it runs.
public enum Scenario: String, CaseIterable, Sendable {
  case healthy
  case rollingUpdate = "rolling-update"
  case crashloop
  case imagePullBackoff = "image-pull-backoff"
  case certFailing = "cert-failing"
  case certExpiring = "cert-expiring"
  case relayDraining = "relay-draining"
  case apiFlaky = "api-flaky"
  case apiDown = "api-down"
  case slowAPI = "slow-api"
  case manyPods = "many-pods"

  /// The scenario named `name`; throws `SimError.unknownScenario` listing the valid ones.
  public static func named(_ name: String) throws(SimError) -> Scenario {
    guard let scenario = Scenario(rawValue: name) else { throw SimError.unknownScenario(name) }
    return scenario
  }
}
