import Foundation
import Synchronization

/// Where background sources leave their news for the run loop.
///
/// `post` may be called from any thread; it queues the message and writes a
/// byte to a pipe so a `poll` on `wakeDescriptor` returns. Only the run loop
/// calls `drain`.
public final class Inbox<Message: Sendable>: Sendable {
  private let queue = Mutex<[Message]>([])
  /// Read end of the wake pipe: readable when messages are waiting.
  public let wakeDescriptor: Int32
  private let writeDescriptor: Int32

  /// Creates the inbox and its pipe; nil when no pipe can be made.
  public init?() {
    var ends: [Int32] = [0, 0]
    guard pipe(&ends) == 0 else { return nil }
    for end in ends {
      _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
      _ = fcntl(end, F_SETFD, FD_CLOEXEC)
    }
    wakeDescriptor = ends[0]
    writeDescriptor = ends[1]
  }

  deinit {
    close(wakeDescriptor)
    close(writeDescriptor)
  }

  /// Queues a message and wakes the run loop with a zero byte; signal
  /// handlers write their (non-zero) signal numbers to the same pipe.
  public func post(_ message: Message) {
    queue.withLock { $0.append(message) }
    var byte: UInt8 = 0
    _ = write(writeDescriptor, &byte, 1)
  }

  /// The descriptor signal handlers write to (the same pipe, so signals wake
  /// the loop like messages do).
  public var signalDescriptor: Int32 { writeDescriptor }

  /// Takes every queued message, oldest first, and empties the pipe; returns
  /// the bytes that were in the pipe too, since signal handlers write their
  /// signal numbers there.
  public func drain() -> (messages: [Message], wakeBytes: [UInt8]) {
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 256)
    while true {
      let count = read(wakeDescriptor, &buffer, buffer.count)
      guard count > 0 else { break }
      bytes.append(contentsOf: buffer[0..<count])
    }
    let messages = queue.withLock { queued in
      defer { queued.removeAll() }
      return queued
    }
    return (messages, bytes)
  }
}
