import Testing

@testable import SimCluster

/// The SPDY/3.1 frame codec and the header blocks it carries, without sockets.
@Suite("SPDY frames and header blocks")
struct SPDYFrameTests {
  /// One frame of each type, by a readable name.
  static let frames: [(String, SPDYFrame)] = [
    ("data", .data(streamID: 3, fin: false, payload: Array("GET /healthz".utf8))),
    ("data with FIN and no bytes", .data(streamID: 0x7fff_ffff, fin: true, payload: [])),
    (
      "SYN_STREAM",
      .synStream(streamID: 1, associatedTo: 0, priority: 7, fin: true, headers: [1, 2, 3])
    ),
    ("SYN_REPLY", .synReply(streamID: 5, fin: false, headers: [9, 8])),
    ("RST_STREAM", .rstStream(streamID: 7, status: SPDYFrame.cancel)),
    ("SETTINGS", .settings(flags: 1, payload: [0, 0, 0, 1, 0, 0, 0, 7, 0, 1, 0, 0])),
    ("PING", .ping(id: 0xdead_beef)),
    ("GOAWAY", .goAway(lastStreamID: 9, status: 2)),
    ("HEADERS", .headers(streamID: 11, fin: true, headers: [4])),
    ("WINDOW_UPDATE", .windowUpdate(streamID: 13, delta: 65_536)),
    ("unknown type 10", .unknown(type: 10, flags: 0, payload: [1, 2])),
  ]

  @Test(arguments: frames.map(\.0))
  func frameSurvivesEncodingAndDecoding(name: String) throws {
    let frame = try #require(Self.frames.first { $0.0 == name }?.1)
    let bytes = frame.encoded
    let decoded = try #require(try SPDYFrame.decode(bytes[...]))
    #expect(decoded.frame == frame)
    #expect(decoded.length == bytes.count)
  }

  @Test func pingHasTheSpecifiedWireBytes() {
    #expect(SPDYFrame.ping(id: 1).encoded == [0x80, 0x03, 0x00, 0x06, 0, 0, 0, 4, 0, 0, 0, 1])
  }

  @Test func dataFrameHasTheSpecifiedWireBytes() {
    let frame = SPDYFrame.data(streamID: 3, fin: true, payload: [0x41])
    #expect(frame.encoded == [0, 0, 0, 3, 0x01, 0, 0, 1, 0x41])
  }

  @Test func partialFrameIsNotDecodedYet() throws {
    let bytes = SPDYFrame.goAway(lastStreamID: 1, status: 0).encoded
    for count in 0..<bytes.count {
      #expect(try SPDYFrame.decode(bytes[..<count]) == nil)
    }
  }

  @Test func twoFramesInOneBufferDecodeOneAfterTheOther() throws {
    let first = SPDYFrame.ping(id: 2)
    let second = SPDYFrame.data(streamID: 1, fin: false, payload: [7])
    var bytes = (first.encoded + second.encoded)[...]
    let one = try #require(try SPDYFrame.decode(bytes))
    bytes = bytes.dropFirst(one.length)
    let two = try #require(try SPDYFrame.decode(bytes))
    #expect([one.frame, two.frame] == [first, second])
  }

  @Test func controlFrameOfAnotherVersionIsRefused() {
    let bytes: [UInt8] = [0x80, 0x02, 0x00, 0x06, 0, 0, 0, 4, 0, 0, 0, 1]
    #expect(throws: SimError.spdy("a control frame has version 2, not 3")) {
      try SPDYFrame.decode(bytes[...])
    }
    #expect(
      SimError.spdy("x").description == "port-forward stream broken: x")
  }

  @Test func truncatedPingIsRefused() {
    let bytes: [UInt8] = [0x80, 0x03, 0x00, 0x06, 0, 0, 0, 2, 0, 0]
    #expect(throws: SimError.spdy("a PING frame has 2 bytes, fewer than 4")) {
      try SPDYFrame.decode(bytes[...])
    }
  }

  @Test func dictionaryIsTheOneOfTheSPDY3Draft() {
    var low: UInt32 = 1
    var high: UInt32 = 0
    for byte in SPDYHeaderBlock.dictionary {
      low = (low + UInt32(byte)) % 65_521
      high = (high + low) % 65_521
    }
    #expect(SPDYHeaderBlock.dictionary.count == 1423)
    #expect(high << 16 | low == 0xe3c6_a7c2)
  }

  /// kubectl's data stream headers, compressed by Python's zlib with SPDY's dictionary
  /// and a sync flush (level 9), as another implementation writes them.
  static let compressedByPython: [UInt8] = [
    0x78, 0xf9, 0xe3, 0xc6, 0xa7, 0xc2, 0x02, 0x25, 0x3a, 0x48, 0xf9, 0x5b, 0x04, 0x4e, 0xea,
    0xc0, 0xd0, 0x35, 0x00, 0xd2, 0x9c, 0x45, 0x90, 0xf8, 0xca, 0x04, 0xa5, 0x63, 0x46, 0x03,
    0x70, 0x4a, 0x2c, 0x29, 0x4a, 0x4d, 0xcc, 0x45, 0x2a, 0x6c, 0x12, 0x01, 0x00, 0x00, 0x00,
    0xff, 0xff,
  ]

  @Test func headerBlockCompressedElsewhereDecodesInsideAFrame() throws {
    let frame = SPDYFrame.synStream(
      streamID: 3, associatedTo: 0, priority: 0, fin: false, headers: Self.compressedByPython)
    let decoded = try #require(try SPDYFrame.decode(frame.encoded[...]))
    guard case .synStream(_, _, _, _, let block) = decoded.frame else {
      Issue.record("decoded \(decoded.frame)")
      return
    }
    let headers = try SPDYHeaderBlock.Inflater().decompress(block)
    #expect(headers == SPDYHeaderBlock(["port": "5010", "requestid": "0", "streamtype": "data"]))
  }

  @Test func blocksShareOneContextPerDirection() throws {
    let deflater = try SPDYHeaderBlock.Deflater()
    let inflater = try SPDYHeaderBlock.Inflater()
    let error = SPDYHeaderBlock(["port": "5010", "requestid": "1", "streamtype": "error"])
    let data = SPDYHeaderBlock(["port": "5010", "requestid": "1", "streamtype": "data"])
    let first = try deflater.compress(error)
    let second = try deflater.compress(data)
    #expect(second.count < first.count)
    #expect(try inflater.decompress(first) == error)
    #expect(try inflater.decompress(second) == data)
    #expect(throws: SimError.self) { try SPDYHeaderBlock.Inflater().decompress(second) }
  }

  @Test func plainBlockHasSortedLengthPrefixedFields() throws {
    let block = SPDYHeaderBlock(["b": "2", "a": "1"])
    #expect(
      block.encoded == [
        0, 0, 0, 2, 0, 0, 0, 1, 0x61, 0, 0, 0, 1, 0x31, 0, 0, 0, 1, 0x62, 0, 0, 0, 1, 0x32,
      ])
    #expect(try SPDYHeaderBlock(decoding: block.encoded) == block)
  }

  @Test func truncatedPlainBlockIsRefused() {
    let bytes = Array(SPDYHeaderBlock(["port": "5010"]).encoded.dropLast())
    #expect(throws: SimError.spdy("a header block ends inside a field")) {
      try SPDYHeaderBlock(decoding: bytes)
    }
  }
}
