import Foundation

/// The kubeconfig the simulator writes, and the ports read back from one.
enum SimKubeconfig {
  /// The comment line that names the control port (the relay port), which keeps
  /// answering scenario switches while the API is down.
  static let controlMarker = "# tokenplace-sim control port "

  /// YAML with one cluster, user and context `sim` in namespace tokenplace.
  static func text(apiPort: UInt16, relayPort: UInt16) -> String {
    """
    \(controlMarker)\(relayPort)
    apiVersion: v1
    kind: Config
    clusters:
    - name: sim
      cluster:
        server: http://127.0.0.1:\(apiPort)
    users:
    - name: sim
      user:
        token: tokenplace-sim
    contexts:
    - name: sim
      context:
        cluster: sim
        user: sim
        namespace: tokenplace
    current-context: sim
    preferences: {}

    """
  }

  /// The API port and control port named in the kubeconfig at `path`.
  static func ports(path: String) throws(SimError) -> (api: UInt16, control: UInt16?) {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
      throw SimError.kubeconfig(path: path, reason: "the file cannot be read")
    }
    var api: UInt16?
    var control: UInt16?
    for line in text.split(separator: "\n") {
      let trimmed = Substring(line).trimmingSpaces
      if trimmed.hasPrefix("server: http://127.0.0.1:") {
        api = UInt16(trimmed.dropFirst("server: http://127.0.0.1:".count))
      }
      if trimmed.hasPrefix(controlMarker) {
        control = UInt16(trimmed.dropFirst(controlMarker.count))
      }
    }
    guard let api else {
      throw SimError.kubeconfig(path: path, reason: "it names no http://127.0.0.1 server")
    }
    return (api, control)
  }
}
