import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A listening TCP socket on 127.0.0.1 with a kernel-chosen port.
public struct SourcesLoopbackSocket: Sendable {
  /// The listening descriptor.
  public let descriptor: Int32
  public let port: UInt16

  /// Binds 127.0.0.1:0 and listens.
  public static func listen() throws -> SourcesLoopbackSocket {
    let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard descriptor >= 0 else { throw SourcesSocketError.failed("socket", errno) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = 0
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafeMutablePointer(to: &address) { pointer in
      pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { socketAddress in
        bind(descriptor, socketAddress, length) == 0
          && getsockname(descriptor, socketAddress, &length) == 0
      }
    }
    guard bound, Glibc.listen(descriptor, 16) == 0 else {
      let code = errno
      Glibc.close(descriptor)
      throw SourcesSocketError.failed("bind/listen", code)
    }
    return SourcesLoopbackSocket(descriptor: descriptor, port: UInt16(bigEndian: address.sin_port))
  }

  /// Closes the socket.
  public func close() {
    _ = Glibc.close(descriptor)
  }
}

/// A socket call of a test helper failed.
public enum SourcesSocketError: Error, CustomStringConvertible {
  case failed(String, Int32)

  public var description: String {
    switch self {
    case .failed(let call, let code): "\(call) failed: \(String(cString: strerror(code)))"
    }
  }
}
