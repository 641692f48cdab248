/// One parsed HTTP/1.1 request.
struct HTTPRequest: Sendable {
  /// The method in upper case, e.g. "GET".
  var method: String
  /// The decoded path without the query.
  var path: String
  /// Query parameters, decoded; a repeated name keeps the last value.
  var query: [String: String]
  /// Header values by lower-cased name.
  var headers: [String: String]
  /// The body bytes (after undoing chunked transfer encoding).
  var body: [UInt8]

  /// The path split into its non-empty segments.
  var segments: [String] { path.split(separator: "/").map(String.init) }

  /// Whether the client asked to keep the connection open (HTTP/1.1 default).
  var keepAlive: Bool { headers["connection"]?.lowercased() != "close" }

  /// Splits a request target into its path and decoded query parameters.
  static func split(target: String) -> (path: String, query: [String: String]) {
    let parts = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
    var query: [String: String] = [:]
    if parts.count > 1 {
      for pair in parts[1].split(separator: "&") {
        let field = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        let value = field.count > 1 ? decode(String(field[1])) : ""
        query[decode(String(field[0]))] = value
      }
    }
    return (decode(String(parts.first ?? ""), plusIsSpace: false), query)
  }

  /// Undoes percent-encoding and, in queries, `+` for space.
  static func decode(_ text: String, plusIsSpace: Bool = true) -> String {
    var bytes: [UInt8] = []
    var iterator = Array(text.utf8).makeIterator()
    while let byte = iterator.next() {
      if byte == UInt8(ascii: "+"), plusIsSpace {
        bytes.append(UInt8(ascii: " "))
      } else if byte == UInt8(ascii: "%"), let high = iterator.next(), let low = iterator.next(),
        let value = UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16)
      {
        bytes.append(value)
      } else {
        bytes.append(byte)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
