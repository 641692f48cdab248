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
    let port = try LoopbackPort.unused()
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

/// Finds loopback ports for tests.
public enum LoopbackPort {
  /// A port the kernel just handed out and that is closed again.
  public static func unused() throws -> UInt16 {
    let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard descriptor >= 0 else { throw HarnessError.noLoopbackPort }
    defer { close(descriptor) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = 0
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafeMutablePointer(to: &address) { pointer in
      pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { generic in
        bind(descriptor, generic, length) == 0 && getsockname(descriptor, generic, &length) == 0
      }
    }
    guard bound else { throw HarnessError.noLoopbackPort }
    return UInt16(bigEndian: address.sin_port)
  }
}
