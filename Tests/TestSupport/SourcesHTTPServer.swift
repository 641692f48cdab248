import Foundation
import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// A tiny HTTP/1.1 server on 127.0.0.1 for the health prober tests: answers every request
/// with one canned response, or never answers when `silent`.
public final class SourcesHTTPServer: Sendable {
  /// The canned reply.
  public struct Reply: Sendable {
    public var status: Int
    public var reason: String
    public var headers: [String: String]
    public var body: Data
    /// Accept the connection and read the request, but never answer.
    public var silent: Bool

    public init(
      status: Int, reason: String = "", headers: [String: String] = [:], body: Data = Data(),
      silent: Bool = false
    ) {
      self.status = status
      self.reason = reason
      self.headers = headers
      self.body = body
      self.silent = silent
    }
  }

  public let port: UInt16
  private let listener: SourcesLoopbackSocket
  private let reply: Reply
  private let stopped = Atomic(false)
  private let done = DispatchSemaphore(value: 0)
  /// How many requests were read.
  public let requests = Atomic(0)

  /// Starts serving on a free port.
  public init(reply: Reply) throws {
    self.listener = try SourcesLoopbackSocket.listen()
    self.port = listener.port
    self.reply = reply
    Thread.detachNewThread { [self] in serve() }
  }

  /// `http://127.0.0.1:PORT/healthz`.
  public var url: URL {
    URL(string: "http://127.0.0.1:\(port)/healthz") ?? URL(fileURLWithPath: "/")
  }

  /// Stops accepting, closes every socket and waits for the server thread.
  public func stop() {
    stopped.store(true, ordering: .sequentiallyConsistent)
    done.wait()
    listener.close()
  }

  private func serve() {
    var held: [Int32] = []
    while !stopped.load(ordering: .sequentiallyConsistent) {
      var descriptor = pollfd(fd: listener.descriptor, events: Int16(POLLIN), revents: 0)
      guard poll(&descriptor, 1, 50) > 0 else { continue }
      let connection = accept(listener.descriptor, nil, nil)
      guard connection >= 0 else { continue }
      readRequest(connection)
      requests.add(1, ordering: .sequentiallyConsistent)
      if reply.silent {
        held.append(connection)
      } else {
        send(connection)
        Glibc.close(connection)
      }
    }
    held.forEach { _ = Glibc.close($0) }
    done.signal()
  }

  /// Reads up to the blank line ending the request head; stops early on bytes that cannot
  /// start an HTTP request (a TLS ClientHello), so the reply goes out at once.
  private func readRequest(_ connection: Int32) {
    var request = Data()
    var buffer = [UInt8](repeating: 0, count: 4096)
    while request.range(of: Data("\r\n\r\n".utf8)) == nil {
      let count = recv(connection, &buffer, buffer.count, 0)
      guard count > 0 else { return }
      request.append(contentsOf: buffer[0..<count])
      if let first = request.first, !(0x41...0x5A).contains(first) { return }
    }
  }

  private func send(_ connection: Int32) {
    var head = "HTTP/1.1 \(reply.status) \(reply.reason)\r\n"
    head += "Content-Length: \(reply.body.count)\r\nConnection: close\r\n"
    for (name, value) in reply.headers { head += "\(name): \(value)\r\n" }
    let bytes = Data((head + "\r\n").utf8) + reply.body
    bytes.withUnsafeBytes { raw in
      var offset = 0
      while offset < raw.count {
        let sent = Glibc.send(
          connection, raw.baseAddress?.advanced(by: offset), raw.count - offset, 0)
        guard sent > 0 else { return }
        offset += sent
      }
    }
  }
}
