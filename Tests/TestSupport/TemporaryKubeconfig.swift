import Foundation

/// A kubeconfig file in a temporary folder, for tests that need a cluster
/// that cannot be reached.
public struct TemporaryKubeconfig {
  public let path: String
  /// The loopback port the kubeconfig's server names.
  public let port: UInt16

  /// A kubeconfig whose server is a loopback port nothing listens on
  /// (bound, then closed), so kubectl gets "connection refused".
  public static func closedPort() throws -> TemporaryKubeconfig {
    let port = try SourcesProcessTable.closedLoopbackPort()
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("kubeconfig-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let path = folder.appendingPathComponent("config").path
    let text = """
      apiVersion: v1
      kind: Config
      clusters:
      - name: closed
        cluster:
          server: http://127.0.0.1:\(port)
      users:
      - name: nobody
        user: {}
      contexts:
      - name: closed
        context:
          cluster: closed
          user: nobody
          namespace: tokenplace
      current-context: closed

      """
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return TemporaryKubeconfig(path: path, port: port)
  }

  /// Deletes the file and its folder.
  public func remove() {
    try? FileManager.default.removeItem(
      atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path)
  }
}
