import DashModel
import Foundation

/// Cuts concatenated JSON documents (compact or pretty-printed) out of a byte stream fed in
/// arbitrary chunks.
///
/// A document starts at a `{` or `[` that begins a line (after blanks) or follows the end of
/// the previous document; any other bytes up to the end of their line are garbage, reported
/// and skipped. A raw line break inside a string ends a document as malformed, which
/// resynchronises on the next line after a truncated compact event; with
/// `.oneDocumentPerLine` (kubectl's watch output) any line break inside a document does.
public struct JSONStreamSplitter: Sendable {
  /// How documents are laid out in the stream.
  public enum Layout: Sendable, Equatable {
    /// Compact or pretty-printed, spanning any number of lines.
    case any
    /// Each document on one line, as `kubectl get --watch -o json` prints events.
    case oneDocumentPerLine
  }

  /// One piece cut from the stream.
  public enum Item: Sendable, Equatable {
    /// A complete, parsed document.
    case document(JSONValue)
    /// A line that is not JSON (at most `reportedGarbageBytes` of it).
    case garbage(String)
    /// A document that did not parse, was cut off or grew past the size limit.
    case malformed(String)
  }

  /// Documents longer than this many bytes are skipped and reported as malformed.
  public let maximumDocumentBytes: Int
  public let layout: Layout
  /// How much of a garbage line is kept for the report, in bytes.
  public let reportedGarbageBytes = 200

  private enum Mode: Sendable { case between, document, oversized, garbage }
  private var mode = Mode.between
  private var buffer: [UInt8] = []
  private var depth = 0
  private var inString = false
  private var escaped = false

  public init(layout: Layout = .any, maximumDocumentBytes: Int = 64 << 20) {
    self.layout = layout
    self.maximumDocumentBytes = maximumDocumentBytes
  }

  /// The items that `chunk` completes, in stream order.
  public mutating func feed(_ chunk: Data) -> [Item] {
    var items: [Item] = []
    for byte in chunk {
      if let item = consume(byte) { items.append(item) }
    }
    return items
  }

  /// What is left at the end of the stream: a cut-off document or a last garbage line.
  public mutating func finish() -> [Item] {
    defer { reset(to: .between) }
    switch mode {
    case .document, .oversized:
      return [.malformed("the stream ended inside a document after \(buffer.count) bytes")]
    case .garbage:
      return [.garbage(garbageText())]
    case .between:
      return []
    }
  }

  private mutating func consume(_ byte: UInt8) -> Item? {
    switch mode {
    case .between:
      return startItem(with: byte)
    case .garbage:
      guard byte == UInt8(ascii: "\n") else {
        if buffer.count < reportedGarbageBytes { buffer.append(byte) }
        return nil
      }
      defer { reset(to: .between) }
      return .garbage(garbageText())
    case .document, .oversized:
      return scanDocument(byte)
    }
  }

  private mutating func startItem(with byte: UInt8) -> Item? {
    switch byte {
    case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "\n"):
      break
    case UInt8(ascii: "{"), UInt8(ascii: "["):
      reset(to: .document)
      buffer.append(byte)
      depth = 1
    default:
      reset(to: .garbage)
      buffer.append(byte)
    }
    return nil
  }

  private mutating func scanDocument(_ byte: UInt8) -> Item? {
    var overflow: Item?
    if mode == .document {
      buffer.append(byte)
      if buffer.count > maximumDocumentBytes {
        mode = .oversized
        buffer = []
        overflow = .malformed("a document larger than \(maximumDocumentBytes) bytes was skipped")
      }
    }
    return overflow ?? scanStructure(byte)
  }

  /// Follows strings, escapes and nesting; ends the document at depth 0.
  private mutating func scanStructure(_ byte: UInt8) -> Item? {
    if inString {
      if escaped {
        escaped = false
      } else if byte == UInt8(ascii: "\\") {
        escaped = true
      } else if byte == UInt8(ascii: "\"") {
        inString = false
      } else if byte == UInt8(ascii: "\n") {
        defer { reset(to: .between) }
        return .malformed("a line break inside a string: the document was cut off")
      }
      return nil
    }
    if byte == UInt8(ascii: "\n") && layout == .oneDocumentPerLine {
      defer { reset(to: .between) }
      return .malformed("a document cut off at the end of its line")
    }
    switch byte {
    case UInt8(ascii: "\""): inString = true
    case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
    case UInt8(ascii: "}"), UInt8(ascii: "]"): depth -= 1
    default: break
    }
    return depth == 0 ? completeDocument() : nil
  }

  private mutating func completeDocument() -> Item? {
    defer { reset(to: .between) }
    guard mode == .document else { return nil }
    do {
      return .document(try JSONValue(data: Data(buffer)))
    } catch {
      return .malformed("\(error) (\(buffer.count) bytes)")
    }
  }

  private func garbageText() -> String {
    String(decoding: buffer, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
  }

  private mutating func reset(to newMode: Mode) {
    mode = newMode
    buffer = []
    depth = 0
    inString = false
    escaped = false
  }
}
