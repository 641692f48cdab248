import Foundation

/// Cuts a byte stream into lines (without the newline), keeping a partial last line.
struct LineSplitter: Sendable {
  private var pending = Data()

  /// The complete lines that `chunk` finishes.
  mutating func feed(_ chunk: Data) -> [Data] {
    pending.append(chunk)
    var lines: [Data] = []
    var start = pending.startIndex
    while let newline = pending[start...].firstIndex(of: 0x0A) {
      lines.append(Data(pending[start..<newline]))
      start = pending.index(after: newline)
    }
    pending = Data(pending[start...])
    return lines
  }

  /// The unterminated rest, if any, at end of stream.
  mutating func finish() -> Data? {
    defer { pending = Data() }
    return pending.isEmpty ? nil : pending
  }
}
