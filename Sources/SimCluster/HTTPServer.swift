import Foundation
import Synchronization

/// A loopback HTTP/1.1 server: one accept thread, one thread per connection.
///
/// `stop()` shuts every socket down and waits for every thread it started.
final class HTTPServer: Sendable {
  /// Answers one request on the connection thread that read it.
  typealias Handler = @Sendable (HTTPRequest, HTTPExchange) -> Void

  /// Sockets and threads the server owns.
  private struct State {
    var listener: Int32?
    var connections: Set<Int32> = []
    var threads = 0
    var port: UInt16 = 0
  }

  private let handler: Handler
  private let state = Mutex(State())

  init(handler: @escaping Handler) {
    self.handler = handler
  }

  /// The bound port, 0 before the first start.
  var port: UInt16 { state.withLock { $0.port } }

  /// Whether the listener is open.
  var isListening: Bool { state.withLock { $0.listener != nil } }

  /// Binds 127.0.0.1:`port` (0 picks a free one) and starts accepting.
  @discardableResult
  func start(port: UInt16) throws(SimError) -> UInt16 {
    let fd = try Syscalls.tcpSocket()
    let bound: UInt16
    do {
      bound = try Syscalls.listen(fd: fd, port: port)
    } catch {
      Syscalls.close(fd: fd)
      throw error
    }
    state.withLock {
      $0.listener = fd
      $0.port = bound
      $0.threads += 1
    }
    spawn { [self] in acceptLoop(listener: fd) }
    return bound
  }

  /// Closes the listener and every connection, then waits for their threads.
  func stop() {
    state.withLock { state in
      state.listener.map { Syscalls.shutdown(fd: $0) }
      state.listener = nil
      state.connections.forEach { Syscalls.shutdown(fd: $0) }
    }
    let deadline = Date().addingTimeInterval(5)
    while state.withLock({ $0.threads }) > 0, Date() < deadline {
      usleep(5_000)
    }
  }

  /// The number of open client connections.
  var connectionCount: Int { state.withLock { $0.connections.count } }

  private func spawn(_ body: @escaping @Sendable () -> Void) {
    let thread = Thread(block: body)
    thread.stackSize = 512 * 1024
    thread.start()
  }

  private func acceptLoop(listener: Int32) {
    while let client = Syscalls.accept(fd: listener) {
      let accepted = state.withLock { state -> Bool in
        guard state.listener == listener else { return false }
        state.connections.insert(client)
        state.threads += 1
        return true
      }
      guard accepted else {
        Syscalls.close(fd: client)
        break
      }
      spawn { [self] in serve(client: client) }
    }
    Syscalls.close(fd: listener)
    state.withLock { $0.threads -= 1 }
  }

  private func serve(client: Int32) {
    var reader = HTTPReader(fd: client)
    while let request = reader.next() {
      let exchange = HTTPExchange(fd: client, keepAlive: request.keepAlive)
      handler(request, exchange)
      if !exchange.reusable { break }
    }
    state.withLock {
      $0.connections.remove(client)
      $0.threads -= 1
    }
    Syscalls.close(fd: client)
  }
}
