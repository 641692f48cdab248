/// The answering side of one request: a plain reply or a chunked stream.
///
/// Used only by the connection thread that read the request.
final class HTTPExchange {
  /// The connected socket; owned by the connection.
  let fd: Int32
  /// Whether the connection may serve another request after this one.
  private(set) var reusable: Bool
  private var streaming = false

  init(fd: Int32, keepAlive: Bool) {
    self.fd = fd
    self.reusable = keepAlive
  }

  /// Sends a complete reply with a Content-Length.
  func respond(status: Int, contentType: String, body: [UInt8], headers: [String: String] = [:]) {
    var head = statusLine(status)
    head += "Content-Type: \(contentType)\r\nContent-Length: \(body.count)\r\n"
    for (name, value) in headers { head += "\(name): \(value)\r\n" }
    if !reusable { head += "Connection: close\r\n" }
    head += "\r\n"
    if !Syscalls.write(fd: fd, bytes: Array(head.utf8) + body) { reusable = false }
  }

  /// Sends a JSON reply.
  func respond(status: Int = 200, json: SimJSON, headers: [String: String] = [:]) {
    respond(status: status, contentType: "application/json", body: json.encoded(), headers: headers)
  }

  /// Sends an error as a Kubernetes `Status` object.
  func respond(error: SimError) {
    respond(status: error.httpStatus, json: error.statusObject)
  }

  /// Answers 101 Switching Protocols with `headers`; the connection then belongs to the
  /// new protocol and serves no further HTTP request. False when the peer is gone.
  func switchProtocols(headers: [String: String]) -> Bool {
    reusable = false
    var head = statusLine(101)
    for (name, value) in headers.sorted(by: { $0.key < $1.key }) { head += "\(name): \(value)\r\n" }
    return Syscalls.write(fd: fd, bytes: Array((head + "\r\n").utf8))
  }

  /// Starts a chunked reply; false when the peer is gone.
  func startStream(status: Int = 200, contentType: String) -> Bool {
    streaming = true
    var head = statusLine(status)
    head += "Content-Type: \(contentType)\r\nTransfer-Encoding: chunked\r\n"
    head += "Cache-Control: no-cache, private\r\n\r\n"
    return send(Array(head.utf8))
  }

  /// Sends one chunk of a stream; false when the peer is gone.
  func writeChunk(_ bytes: [UInt8]) -> Bool {
    guard !bytes.isEmpty else { return true }
    let size = Array((String(bytes.count, radix: 16) + "\r\n").utf8)
    return send(size + bytes + [13, 10])
  }

  /// Ends a chunked stream with the terminating empty chunk.
  func endStream() {
    _ = send(Array("0\r\n\r\n".utf8))
  }

  /// Waits up to `milliseconds` for the peer; true while it is still connected.
  func peerConnected(waiting milliseconds: Int32 = 0) -> Bool {
    if milliseconds > 0, !Syscalls.readable(fd: fd, milliseconds: milliseconds) { return true }
    if Syscalls.peerClosed(fd: fd) {
      reusable = false
      return false
    }
    return true
  }

  private func send(_ bytes: [UInt8]) -> Bool {
    let sent = Syscalls.write(fd: fd, bytes: bytes)
    if !sent { reusable = false }
    return sent
  }

  private func statusLine(_ status: Int) -> String {
    "HTTP/1.1 \(status) \(Self.phrase(status))\r\n"
  }

  /// The reason phrase of an HTTP status code.
  static func phrase(_ status: Int) -> String {
    switch status {
    case 101: "Switching Protocols"
    case 200: "OK"
    case 201: "Created"
    case 400: "Bad Request"
    case 403: "Forbidden"
    case 404: "Not Found"
    case 405: "Method Not Allowed"
    case 406: "Not Acceptable"
    case 409: "Conflict"
    case 410: "Gone"
    case 415: "Unsupported Media Type"
    case 422: "Unprocessable Entity"
    case 500: "Internal Server Error"
    case 503: "Service Unavailable"
    default: "Status"
    }
  }
}
