/// A SPDY/3 name/value header block, as carried (compressed) by SYN_STREAM, SYN_REPLY
/// and HEADERS frames.
struct SPDYHeaderBlock: Equatable, Sendable {
  /// Values by lower-case name; several values of one name are joined by NUL, as on the wire.
  var fields: [String: String]

  init(_ fields: [String: String] = [:]) {
    self.fields = fields
  }

  /// The value of `name` (lower case).
  subscript(name: String) -> String? { fields[name] }

  /// The uncompressed layout: a 32-bit count, then each name and value after its 32-bit
  /// length, names sorted.
  var encoded: [UInt8] {
    var bytes = Self.bigEndianBytes(UInt32(fields.count))
    for (name, value) in fields.sorted(by: { $0.key < $1.key }) {
      bytes += Self.bigEndianBytes(UInt32(name.utf8.count)) + Array(name.utf8)
      bytes += Self.bigEndianBytes(UInt32(value.utf8.count)) + Array(value.utf8)
    }
    return bytes
  }

  /// Reads the uncompressed layout.
  init(decoding bytes: [UInt8]) throws(SimError) {
    var offset = 0
    func take(_ count: Int) throws(SimError) -> ArraySlice<UInt8> {
      guard count >= 0, bytes.count - offset >= count else {
        throw SimError.spdy("a header block ends inside a field")
      }
      defer { offset += count }
      return bytes[offset..<(offset + count)]
    }
    func length() throws(SimError) -> Int {
      Int(try take(4).reduce(UInt32(0)) { $0 << 8 | UInt32($1) })
    }
    var fields: [String: String] = [:]
    for _ in 0..<(try length()) {
      let name = String(decoding: try take(try length()), as: UTF8.self)
      fields[name.lowercased()] = String(decoding: try take(try length()), as: UTF8.self)
    }
    guard offset == bytes.count else {
      throw SimError.spdy("a header block has \(bytes.count - offset) bytes after its fields")
    }
    self.fields = fields
  }
}
