import Foundation
import Testing

@testable import DashApp

@Suite struct InboxTests {
  @Test func postedMessagesWakeAPollAndDrainInOrder() throws {
    let inbox = try #require(Inbox<Int>())
    #expect(Self.readable(inbox.wakeDescriptor) == false)
    DispatchQueue.concurrentPerform(iterations: 100) { inbox.post($0) }
    #expect(Self.readable(inbox.wakeDescriptor))
    let drained = inbox.drain()
    #expect(drained.messages.sorted() == Array(0..<100))
    #expect(drained.wakeBytes.count == 100)
    #expect(Self.readable(inbox.wakeDescriptor) == false)
  }

  @Test func signalBytesArriveThroughTheSamePipe() throws {
    let inbox = try #require(Inbox<Int>())
    var signal = UInt8(SIGTERM)
    _ = write(inbox.signalDescriptor, &signal, 1)
    let drained = inbox.drain()
    #expect(drained.messages.isEmpty)
    #expect(drained.wakeBytes == [UInt8(SIGTERM)])
  }

  private static func readable(_ descriptor: Int32) -> Bool {
    var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
    return poll(&entry, 1, 0) == 1
  }
}

@Suite struct EventLogTests {
  @Test func oneLineWithSortedQuotedFields() {
    let line = EventLog.format(
      time: Date(timeIntervalSince1970: 0), level: .warning, event: "watch.restart",
      fields: ["kind": "pods", "error": "connection refused", "raw": "a\u{1B}[31m\"b"])
    #expect(
      line
        == "1970-01-01T00:00:00Z warning watch.restart error=\"connection refused\" kind=pods"
        + " raw=\"a\\x1b[31m\\\"b\"")
  }

  @Test func silentWithoutAFileAndWarnsOncePerCondition() throws {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("dash-log-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    let silent = EventLog.fromEnvironment([:])
    silent.log(.error, "nothing.written")
    let log = EventLog.fromEnvironment(["TOKENPLACE_DASH_LOG": path])
    log.log(.debug, "below.minimum")
    log.warnOnce("pods-forbidden", "source.forbidden", ["kind": "pods"])
    log.warnOnce("pods-forbidden", "source.forbidden", ["kind": "pods"])
    log.clear("pods-forbidden")
    log.warnOnce("pods-forbidden", "source.forbidden", ["kind": "pods"])
    let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
    #expect(lines.count == 2)
    #expect(lines.allSatisfy { $0.hasSuffix("warning source.forbidden kind=pods") })
  }
}
