/// Reads HTTP/1.1 requests one after another from a connected socket.
struct HTTPReader {
  /// The connected socket; owned by the connection, not by the reader.
  let fd: Int32
  private var buffer: [UInt8] = []
  private var chunk = [UInt8](repeating: 0, count: 16_384)

  init(fd: Int32) { self.fd = fd }

  /// The next request, or nil when the peer closed or sent garbage.
  mutating func next() -> HTTPRequest? {
    guard let headerEnd = fill(until: { $0.firstRange(of: [13, 10, 13, 10]) }) else {
      return nil
    }
    let head = String(decoding: buffer[..<headerEnd.lowerBound], as: UTF8.self)
    buffer.removeSubrange(..<headerEnd.upperBound)
    let lines = head.split(separator: "\r\n", omittingEmptySubsequences: false)
    let requestLine = (lines.first ?? "").split(separator: " ")
    guard requestLine.count >= 2 else { return nil }
    var headers: [String: String] = [:]
    for line in lines.dropFirst() {
      guard let colon = line.firstIndex(of: ":") else { continue }
      let name = line[..<colon].lowercased()
      let value = line[line.index(after: colon)...].trimmingSpaces
      headers[name] = value
    }
    guard let body = readBody(headers: headers) else { return nil }
    let (path, query) = HTTPRequest.split(target: String(requestLine[1]))
    return HTTPRequest(
      method: requestLine[0].uppercased(), path: path, query: query, headers: headers, body: body)
  }

  private mutating func readBody(headers: [String: String]) -> [UInt8]? {
    if headers["transfer-encoding"]?.lowercased() == "chunked" { return readChunked() }
    let length = Int(headers["content-length"] ?? "0") ?? 0
    guard take(count: length) else { return nil }
    let body = Array(buffer[..<length])
    buffer.removeSubrange(..<length)
    return body
  }

  private mutating func readChunked() -> [UInt8]? {
    var body: [UInt8] = []
    while true {
      guard let lineEnd = fill(until: { $0.firstRange(of: [13, 10]) }) else { return nil }
      let sizeText = String(decoding: buffer[..<lineEnd.lowerBound], as: UTF8.self)
      buffer.removeSubrange(..<lineEnd.upperBound)
      let size = Int(sizeText.split(separator: ";").first ?? "", radix: 16) ?? 0
      guard take(count: size + 2) else { return nil }
      body.append(contentsOf: buffer[..<size])
      buffer.removeSubrange(..<(size + 2))
      if size == 0 { return body }
    }
  }

  private mutating func take(count: Int) -> Bool {
    fill(until: { $0.count >= count ? 0..<count : nil }) != nil
  }

  private mutating func fill(until found: ([UInt8]) -> Range<Int>?) -> Range<Int>? {
    while true {
      if let range = found(buffer) { return range }
      guard buffer.count < 16 * 1024 * 1024 else { return nil }
      let count = Syscalls.read(fd: fd, into: &chunk)
      guard count > 0 else { return nil }
      buffer.append(contentsOf: chunk[..<count])
    }
  }
}

extension Substring {
  /// The text without leading and trailing spaces and tabs.
  var trimmingSpaces: String {
    String(
      drop(while: { $0 == " " || $0 == "\t" }).reversed().drop(while: { $0 == " " || $0 == "\t" })
        .reversed())
  }
}
