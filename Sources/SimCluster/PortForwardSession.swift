import Foundation
import Synchronization

/// One upgraded `pods/NAME/portforward` connection: kubectl's SPDY/3.1 streams, each pair
/// of error and data stream proxied to a loopback port.
///
/// Runs on the HTTP connection thread that upgraded, which keeps owning `fd`; starts one
/// thread per forwarded connection and waits for all of them before `run` returns.
final class PortForwardSession: Sendable {
  /// Where a container port of the pod leads: a loopback port, or nil when nothing listens.
  typealias Target = @Sendable (Int) -> UInt16?

  /// The streams of one forwarded connection, tied together by kubectl's `requestid`.
  private struct Pair {
    var errorStream: UInt32?
    var dataStream: UInt32?
    /// The socket to the target; owned by the pair until `end` takes it.
    var socket: Int32?
  }

  /// Open pairs by request id, and the request id of every open stream.
  private struct State {
    var pairs: [String: Pair] = [:]
    var requests: [UInt32: String] = [:]
  }

  private let fd: Int32
  private let pod: String
  private let target: Target
  private let state = Mutex(State())
  /// Serialises frame writes together with the compression context their headers use.
  private let writer: Mutex<SPDYHeaderBlock.Deflater>
  /// One member per running pump thread.
  private let pumps = DispatchGroup()

  /// A session on the upgraded socket `fd` for pod `pod`.
  init(fd: Int32, pod: String, target: @escaping Target) throws(SimError) {
    self.fd = fd
    self.pod = pod
    self.target = target
    writer = Mutex(try SPDYHeaderBlock.Deflater())
  }

  /// Serves frames until kubectl closes the connection, sends GOAWAY or breaks the
  /// protocol; then closes every target socket and waits for the pump threads.
  func run() {
    defer { finish() }
    guard let inflater = try? SPDYHeaderBlock.Inflater() else { return }
    var buffer: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 16_384)
    while true {
      do throws(SimError) {
        while let (frame, length) = try SPDYFrame.decode(buffer[...]) {
          buffer.removeFirst(length)
          guard try handle(frame, inflater) else { return }
        }
      } catch {
        send(.goAway(lastStreamID: 0, status: SPDYFrame.protocolError))
        return
      }
      let count = Syscalls.read(fd: fd, into: &chunk)
      guard count > 0 else { return }
      buffer += chunk[..<count]
    }
  }

  /// Acts on one frame from kubectl; false when the connection should end.
  private func handle(_ frame: SPDYFrame, _ inflater: SPDYHeaderBlock.Inflater) throws(SimError)
    -> Bool
  {
    switch frame {
    case .synStream(let id, _, _, _, let block): open(id, try inflater.decompress(block))
    case .synReply(_, _, let block), .headers(_, _, let block): _ = try inflater.decompress(block)
    case .data(let id, let fin, let payload): forward(id, fin: fin, payload)
    case .rstStream(let id, _): reset(id)
    case .ping: send(frame)
    case .goAway: return false
    case .settings, .windowUpdate, .unknown: break
    }
    return true
  }

  /// Accepts a stream kubectl opened and, for a data stream, connects it to its target.
  private func open(_ id: UInt32, _ headers: SPDYHeaderBlock) {
    let request = headers["requestid"] ?? ""
    let kind = headers["streamtype"] ?? ""
    guard ["error", "data"].contains(kind) else {
      send(.rstStream(streamID: id, status: SPDYFrame.protocolError))
      return
    }
    state.withLock { state in
      state.requests[id] = request
      if kind == "error" {
        state.pairs[request, default: Pair()].errorStream = id
      } else {
        state.pairs[request, default: Pair()].dataStream = id
      }
    }
    guard reply(id), kind == "data" else { return }
    let port = headers["port"] ?? ""
    guard let number = Int(port), let loopback = target(number),
      let socket = try? Syscalls.connect(port: loopback)
    else {
      end(request, error: SimError.portNotServed(port: port, pod: pod))
      return
    }
    state.withLock { $0.pairs[request]?.socket = socket }
    pumps.enter()
    let thread = Thread { [self] in
      pump(socket, request: request, stream: id)
      pumps.leave()
    }
    thread.stackSize = 512 * 1024
    thread.start()
  }

  /// Copies kubectl's bytes of a data stream to its target; FIN half-closes the target.
  private func forward(_ id: UInt32, fin: Bool, _ payload: [UInt8]) {
    state.withLock { state in
      guard let request = state.requests[id], let pair = state.pairs[request],
        pair.dataStream == id, let socket = pair.socket
      else { return }
      if !payload.isEmpty, !Syscalls.write(fd: socket, bytes: payload) {
        Syscalls.shutdown(fd: socket)
      }
      if fin { Syscalls.shutdownWrite(fd: socket) }
    }
  }

  /// Forgets a stream kubectl reset; resetting a data stream ends its target connection.
  private func reset(_ id: UInt32) {
    state.withLock { state in
      guard let request = state.requests.removeValue(forKey: id) else { return }
      if state.pairs[request]?.dataStream == id {
        state.pairs[request]?.dataStream = nil
        state.pairs[request]?.socket.map { Syscalls.shutdown(fd: $0) }
      } else if state.pairs[request]?.errorStream == id {
        state.pairs[request]?.errorStream = nil
      }
    }
  }

  /// Copies the target's bytes to kubectl as DATA frames until either side goes away.
  private func pump(_ socket: Int32, request: String, stream id: UInt32) {
    var chunk = [UInt8](repeating: 0, count: 16_384)
    while true {
      let count = Syscalls.read(fd: socket, into: &chunk)
      guard count > 0, send(.data(streamID: id, fin: false, payload: Array(chunk[..<count])))
      else { break }
    }
    end(request, error: nil)
  }

  /// Closes a forwarded connection: its target socket, then FIN on its data stream and on
  /// its error stream, which carries `error` first when there is one.
  private func end(_ request: String, error: SimError?) {
    let pair = state.withLock { state -> Pair? in
      guard let pair = state.pairs.removeValue(forKey: request) else { return nil }
      for id in [pair.errorStream, pair.dataStream].compactMap({ $0 }) {
        state.requests[id] = nil
      }
      return pair
    }
    guard let pair else { return }
    pair.socket.map { Syscalls.close(fd: $0) }
    if let id = pair.dataStream { send(.data(streamID: id, fin: true, payload: [])) }
    if let id = pair.errorStream {
      let message = error.map { Array($0.description.utf8) } ?? []
      send(.data(streamID: id, fin: true, payload: message))
    }
  }

  /// Shuts every target socket down so the pumps end, and waits for them.
  private func finish() {
    state.withLock { state in
      for socket in state.pairs.values.compactMap(\.socket) { Syscalls.shutdown(fd: socket) }
    }
    pumps.wait()
  }

  /// Sends SYN_REPLY with an empty header block; false when kubectl is gone.
  private func reply(_ id: UInt32) -> Bool {
    writer.withLock { deflater in
      guard let block = try? deflater.compress(SPDYHeaderBlock()) else { return false }
      let frame = SPDYFrame.synReply(streamID: id, fin: false, headers: block)
      return Syscalls.write(fd: fd, bytes: frame.encoded)
    }
  }

  /// Sends one frame; false when kubectl is gone.
  @discardableResult
  private func send(_ frame: SPDYFrame) -> Bool {
    writer.withLock { _ in Syscalls.write(fd: fd, bytes: frame.encoded) }
  }
}
