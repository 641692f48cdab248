import CZlib
import Foundation

/// Gzip compression through zlib: the only file here that calls zlib.
enum Gzip {
  /// zlib's windowBits for a gzip wrapper (15 bits of window + 16).
  private static let gzipWindowBits: Int32 = 31

  /// Compresses `data` into a gzip member at best compression, as helm does (`deflateInit2_`).
  static func compress(_ data: Data) throws -> Data {
    var stream = z_stream()
    let status = deflateInit2_(
      &stream, Z_BEST_COMPRESSION, Z_DEFLATED, gzipWindowBits, 8,
      Z_DEFAULT_STRATEGY,
      zlibVersion(), Int32(MemoryLayout<z_stream>.size))
    guard status == Z_OK else {
      throw HelmError.compression("deflateInit2 returned \(status)")
    }
    defer { deflateEnd(&stream) }
    return try run(&stream, input: data, finish: Z_FINISH) { deflate($0, $1) }
  }

  /// Decompresses one gzip member (`inflateInit2_` with gzip detection).
  static func decompress(_ data: Data) throws -> Data {
    var stream = z_stream()
    let status = inflateInit2_(
      &stream, gzipWindowBits, zlibVersion(), Int32(MemoryLayout<z_stream>.size)
    )
    guard status == Z_OK else {
      throw HelmError.compression("inflateInit2 returned \(status)")
    }
    defer { inflateEnd(&stream) }
    return try run(&stream, input: data, finish: Z_NO_FLUSH) { inflate($0, $1) }
  }

  /// Whether `data` starts with the gzip magic bytes 1f 8b.
  static func isGzip(_ data: Data) -> Bool {
    data.count >= 2 && data[data.startIndex] == 0x1f
      && data[data.startIndex + 1] == 0x8b
  }

  /// Feeds all of `input` through `step` until zlib reports the stream end.
  private static func run(
    _ stream: inout z_stream, input: Data, finish: Int32,
    step: (UnsafeMutablePointer<z_stream>, Int32) -> Int32
  ) throws -> Data {
    var input = [UInt8](input)
    var output = Data()
    var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    try input.withUnsafeMutableBufferPointer { inBuffer in
      stream.next_in = inBuffer.baseAddress
      stream.avail_in = uInt(inBuffer.count)
      var status = Z_OK
      while status != Z_STREAM_END {
        status = chunk.withUnsafeMutableBufferPointer { outBuffer in
          stream.next_out = outBuffer.baseAddress
          stream.avail_out = uInt(outBuffer.count)
          return step(&stream, finish)
        }
        let produced = chunk.count - Int(stream.avail_out)
        output.append(contentsOf: chunk[0..<produced])
        let starved = status == Z_OK && stream.avail_in == 0 && produced == 0
        if status == Z_BUF_ERROR || starved {
          throw HelmError.compression("truncated gzip data")
        }
        guard status == Z_OK || status == Z_STREAM_END else {
          throw HelmError.compression("zlib status \(status)")
        }
      }
    }
    return output
  }
}
