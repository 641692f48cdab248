/// One SPDY/3.1 frame as it crosses an upgraded connection; header blocks stay compressed
/// (see `SPDYHeaderBlock`).
enum SPDYFrame: Equatable, Sendable {
  /// Stream bytes; `fin` ends the sender's half of the stream.
  case data(streamID: UInt32, fin: Bool, payload: [UInt8])
  /// Opens a stream (odd ids from the client).
  case synStream(
    streamID: UInt32, associatedTo: UInt32, priority: UInt8, fin: Bool, headers: [UInt8])
  /// Accepts a stream.
  case synReply(streamID: UInt32, fin: Bool, headers: [UInt8])
  /// Aborts a stream with a status code (5 is CANCEL).
  case rstStream(streamID: UInt32, status: UInt32)
  /// Connection settings, kept as their raw payload.
  case settings(flags: UInt8, payload: [UInt8])
  /// A liveness probe; the receiver echoes it unchanged.
  case ping(id: UInt32)
  /// The sender opens no more streams after `lastStreamID`.
  case goAway(lastStreamID: UInt32, status: UInt32)
  /// More headers for an open stream.
  case headers(streamID: UInt32, fin: Bool, headers: [UInt8])
  /// Grants the sender `delta` more bytes of a stream (flow control).
  case windowUpdate(streamID: UInt32, delta: UInt32)
  /// A control frame of a type this codec does not interpret.
  case unknown(type: UInt16, flags: UInt8, payload: [UInt8])

  /// The protocol version in every control frame.
  static let version: UInt16 = 3
  /// The FIN flag of data, SYN_STREAM, SYN_REPLY and HEADERS frames.
  static let finFlag: UInt8 = 0x01
  /// Bytes before every frame's payload.
  static let headerLength = 8
  /// The largest payload a frame can declare (24-bit length).
  static let maxPayload = 0xff_ffff
  /// RST_STREAM status for a stream the sender gave up on.
  static let cancel: UInt32 = 5
  /// RST_STREAM status for a malformed stream.
  static let protocolError: UInt32 = 1
}

extension SPDYFrame {
  /// The frame's wire bytes.
  var encoded: [UInt8] {
    switch self {
    case .data(let id, let fin, let payload):
      return Self.word(id & 0x7fff_ffff) + Self.lengthWord(fin ? Self.finFlag : 0, payload)
    case .synStream(let id, let associated, let priority, let fin, let headers):
      let body = Self.word(id) + Self.word(associated) + [priority << 5, 0] + headers
      return Self.control(1, fin ? Self.finFlag : 0, body)
    case .synReply(let id, let fin, let headers):
      return Self.control(2, fin ? Self.finFlag : 0, Self.word(id) + headers)
    case .rstStream(let id, let status):
      return Self.control(3, 0, Self.word(id) + Self.word(status))
    case .settings(let flags, let payload):
      return Self.control(4, flags, payload)
    case .ping(let id):
      return Self.control(6, 0, Self.word(id))
    case .goAway(let last, let status):
      return Self.control(7, 0, Self.word(last) + Self.word(status))
    case .headers(let id, let fin, let headers):
      return Self.control(8, fin ? Self.finFlag : 0, Self.word(id) + headers)
    case .windowUpdate(let id, let delta):
      return Self.control(9, 0, Self.word(id) + Self.word(delta))
    case .unknown(let type, let flags, let payload):
      return Self.control(type, flags, payload)
    }
  }

  /// The first whole frame at the start of `bytes` and its length in bytes; nil while
  /// the frame is still incomplete.
  static func decode(_ bytes: ArraySlice<UInt8>) throws(SimError) -> (
    frame: SPDYFrame, length: Int
  )? {
    guard bytes.count >= headerLength else { return nil }
    let start = bytes.startIndex
    let first = word(at: start, in: bytes)
    let flags = bytes[start + 4]
    let length = Int(word(at: start + 4, in: bytes) & 0xff_ffff)
    guard bytes.count >= headerLength + length else { return nil }
    let payload = Array(bytes[(start + headerLength)..<(start + headerLength + length)])
    let total = headerLength + length
    guard first & 0x8000_0000 != 0 else {
      return (
        .data(streamID: first & 0x7fff_ffff, fin: flags & finFlag != 0, payload: payload), total
      )
    }
    let frameVersion = UInt16((first >> 16) & 0x7fff)
    guard frameVersion == version else {
      throw SimError.spdy("a control frame has version \(frameVersion), not \(version)")
    }
    return (try control(type: UInt16(first & 0xffff), flags: flags, payload), total)
  }

  private static func control(type: UInt16, flags: UInt8, _ payload: [UInt8]) throws(SimError)
    -> SPDYFrame
  {
    let fin = flags & finFlag != 0
    func need(_ count: Int, _ name: String) throws(SimError) {
      guard payload.count >= count else {
        throw SimError.spdy("a \(name) frame has \(payload.count) bytes, fewer than \(count)")
      }
    }
    func id(_ offset: Int) -> UInt32 { word(at: offset, in: payload[...]) & 0x7fff_ffff }
    switch type {
    case 1:
      try need(10, "SYN_STREAM")
      return .synStream(
        streamID: id(0), associatedTo: id(4), priority: payload[8] >> 5, fin: fin,
        headers: Array(payload[10...]))
    case 2:
      try need(4, "SYN_REPLY")
      return .synReply(streamID: id(0), fin: fin, headers: Array(payload[4...]))
    case 3:
      try need(8, "RST_STREAM")
      return .rstStream(streamID: id(0), status: word(at: 4, in: payload[...]))
    case 4: return .settings(flags: flags, payload: payload)
    case 6:
      try need(4, "PING")
      return .ping(id: word(at: 0, in: payload[...]))
    case 7:
      try need(8, "GOAWAY")
      return .goAway(lastStreamID: id(0), status: word(at: 4, in: payload[...]))
    case 8:
      try need(4, "HEADERS")
      return .headers(streamID: id(0), fin: fin, headers: Array(payload[4...]))
    case 9:
      try need(8, "WINDOW_UPDATE")
      return .windowUpdate(streamID: id(0), delta: id(4))
    default: return .unknown(type: type, flags: flags, payload: payload)
    }
  }

  private static func control(_ type: UInt16, _ flags: UInt8, _ payload: [UInt8]) -> [UInt8] {
    word(0x8000_0000 | UInt32(version) << 16 | UInt32(type)) + lengthWord(flags, payload)
  }

  private static func lengthWord(_ flags: UInt8, _ payload: [UInt8]) -> [UInt8] {
    word(UInt32(flags) << 24 | UInt32(payload.count & maxPayload)) + payload
  }

  private static func word(_ value: UInt32) -> [UInt8] {
    SPDYHeaderBlock.bigEndianBytes(value)
  }

  private static func word(at offset: Int, in bytes: ArraySlice<UInt8>) -> UInt32 {
    bytes[offset..<(offset + 4)].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
  }
}
