/// Where a started simulator listens.
public struct SimEndpoints: Sendable, Equatable {
  /// The API server, e.g. "http://127.0.0.1:40123".
  public let apiURL: String
  /// The relay's health URL, e.g. "http://127.0.0.1:40124/healthz".
  public let relayHealthURL: String
  public let apiPort: UInt16
  public let relayPort: UInt16

  init(apiPort: UInt16, relayPort: UInt16) {
    self.apiPort = apiPort
    self.relayPort = relayPort
    apiURL = "http://127.0.0.1:\(apiPort)"
    relayHealthURL = "http://127.0.0.1:\(relayPort)/healthz"
  }
}
