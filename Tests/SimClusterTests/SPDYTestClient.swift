import Foundation

@testable import SimCluster

/// A bare SPDY/3.1 client over a socket, built on the simulator's own codec: what kubectl
/// does, one frame at a time, for the cases kubectl never shows (PING, GOAWAY).
final class SPDYTestClient {
  let fd: Int32
  private let deflater: SPDYHeaderBlock.Deflater
  private let inflater: SPDYHeaderBlock.Inflater
  private var buffer: [UInt8] = []

  /// Connects to `port` and upgrades `pods/POD/portforward`; nil unless the answer is 101.
  init?(port: UInt16, pod: String) throws {
    fd = try Syscalls.connect(port: port)
    deflater = try SPDYHeaderBlock.Deflater()
    inflater = try SPDYHeaderBlock.Inflater()
    let request =
      "POST /api/v1/namespaces/tokenplace/pods/\(pod)/portforward HTTP/1.1\r\nHost: sim\r\n"
      + "Connection: Upgrade\r\nUpgrade: SPDY/3.1\r\n"
      + "X-Stream-Protocol-Version: portforward.k8s.io\r\nContent-Length: 0\r\n\r\n"
    guard Syscalls.write(fd: fd, bytes: Array(request.utf8)),
      fill(until: { bytes in
        bytes.firstRange(of: [13, 10, 13, 10]).map { $0.upperBound }
      }) != nil
    else {
      Syscalls.close(fd: fd)
      return nil
    }
    let end = buffer.firstRange(of: [13, 10, 13, 10])?.upperBound ?? 0
    let head = String(decoding: buffer[..<end], as: UTF8.self)
    buffer.removeFirst(end)
    guard head.hasPrefix("HTTP/1.1 101 Switching Protocols") else {
      Syscalls.close(fd: fd)
      return nil
    }
  }

  deinit { Syscalls.close(fd: fd) }

  /// Sends one frame.
  func send(_ frame: SPDYFrame) -> Bool {
    Syscalls.write(fd: fd, bytes: frame.encoded)
  }

  /// Opens stream `id` with kubectl's port-forward headers.
  func open(_ id: UInt32, type: String, port: Int, request: Int) throws -> Bool {
    let headers = SPDYHeaderBlock([
      "streamtype": type, "port": String(port), "requestid": String(request),
    ])
    return send(
      .synStream(
        streamID: id, associatedTo: 0, priority: 0, fin: false,
        headers: try deflater.compress(headers)))
  }

  /// The next frame within ten seconds; nil when the connection ended or stayed silent.
  /// Header blocks of replies are read through this connection's inflater.
  func next() throws -> SPDYFrame? {
    var decoded: (frame: SPDYFrame, length: Int)?
    _ = fill { bytes in
      decoded = try? SPDYFrame.decode(bytes[...])
      return decoded?.length
    }
    guard let decoded else { return nil }
    buffer.removeFirst(decoded.length)
    if case .synReply(_, _, let block) = decoded.frame { _ = try inflater.decompress(block) }
    return decoded.frame
  }

  /// Whether the server closed the connection within ten seconds.
  func closedByServer() -> Bool {
    fill { _ in nil } == nil && reachedEnd
  }

  private var reachedEnd = false

  /// Reads until `found` sees enough bytes; nil at the end of the stream or after ten
  /// seconds of silence.
  private func fill(until found: ([UInt8]) -> Int?) -> Int? {
    let deadline = Date().addingTimeInterval(10)
    while Date() < deadline {
      if let count = found(buffer) { return count }
      guard Syscalls.readable(fd: fd, milliseconds: 250) else { continue }
      var chunk = [UInt8](repeating: 0, count: 16_384)
      let count = Syscalls.read(fd: fd, into: &chunk)
      guard count > 0 else {
        reachedEnd = true
        return nil
      }
      buffer += chunk[..<count]
    }
    return nil
  }
}
