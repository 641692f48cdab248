import CZlib

extension SPDYHeaderBlock {
  /// The sending side's compression context: one per connection, every block ended by a
  /// sync flush so the peer can read it at once.
  ///
  /// Not thread-safe; the owner serialises calls together with the writes they feed.
  final class Deflater {
    /// zlib keeps a pointer back to its stream, so the stream lives on the heap.
    private let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)

    init() throws(SimError) {
      stream.initialize(to: z_stream())
      var status = deflateInit_(
        stream, Z_BEST_COMPRESSION, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
      if status == Z_OK {
        status = SPDYHeaderBlock.dictionary.withUnsafeBufferPointer {
          deflateSetDictionary(stream, $0.baseAddress, uInt($0.count))
        }
        if status != Z_OK { deflateEnd(stream) }
      }
      guard status == Z_OK else {
        stream.deallocate()
        throw SimError.spdy("zlib cannot start header compression (status \(status))")
      }
    }

    deinit {
      deflateEnd(stream)
      stream.deallocate()
    }

    /// The block compressed in this connection's context.
    func compress(_ block: SPDYHeaderBlock) throws(SimError) -> [UInt8] {
      let (output, status) = SPDYHeaderBlock.pump(stream, block.encoded) { stream in
        deflate(stream, Z_SYNC_FLUSH)
      }
      guard status == Z_OK || status == Z_BUF_ERROR else {
        throw SimError.spdy("zlib cannot compress a header block (status \(status))")
      }
      return output
    }
  }

  /// The receiving side's decompression context: one per connection, primed with SPDY's
  /// dictionary when the first block asks for it.
  ///
  /// Not thread-safe; used only by the thread reading the connection.
  final class Inflater {
    /// zlib keeps a pointer back to its stream, so the stream lives on the heap.
    private let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)

    init() throws(SimError) {
      stream.initialize(to: z_stream())
      let status = inflateInit_(stream, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
      guard status == Z_OK else {
        stream.deallocate()
        throw SimError.spdy("zlib cannot start header decompression (status \(status))")
      }
    }

    deinit {
      inflateEnd(stream)
      stream.deallocate()
    }

    /// The block that `bytes` carry in this connection's context.
    func decompress(_ bytes: [UInt8]) throws(SimError) -> SPDYHeaderBlock {
      let (output, status) = SPDYHeaderBlock.pump(stream, bytes) { stream in
        let status = inflate(stream, Z_SYNC_FLUSH)
        guard status == Z_NEED_DICT else { return status }
        return SPDYHeaderBlock.dictionary.withUnsafeBufferPointer {
          inflateSetDictionary(stream, $0.baseAddress, uInt($0.count))
        }
      }
      guard status == Z_OK || status == Z_BUF_ERROR, stream.pointee.avail_in == 0 else {
        throw SimError.spdy("zlib cannot decompress a header block (status \(status))")
      }
      return try SPDYHeaderBlock(decoding: output)
    }
  }

  /// Feeds `input` through a zlib stream in 4 KiB output chunks, `step`
  /// making one deflate or inflate call per chunk, until the input is used
  /// and the last chunk was not full; returns the output and the last status.
  fileprivate static func pump(
    _ stream: UnsafeMutablePointer<z_stream>, _ input: [UInt8],
    step: (UnsafeMutablePointer<z_stream>) -> Int32
  ) -> (output: [UInt8], status: Int32) {
    var input = input
    var output: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 4096)
    var status = Z_OK
    input.withUnsafeMutableBufferPointer { inBuffer in
      stream.pointee.next_in = inBuffer.baseAddress
      stream.pointee.avail_in = uInt(inBuffer.count)
      repeat {
        status = chunk.withUnsafeMutableBufferPointer { outBuffer in
          stream.pointee.next_out = outBuffer.baseAddress
          stream.pointee.avail_out = uInt(outBuffer.count)
          return step(stream)
        }
        output += chunk[..<(chunk.count - Int(stream.pointee.avail_out))]
      } while status == Z_OK
        && (stream.pointee.avail_in > 0 || stream.pointee.avail_out == 0)
      stream.pointee.next_in = nil
    }
    return (output, status)
  }
}
