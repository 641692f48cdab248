import Foundation
import Synchronization

/// A child process spawned from an argument array, with its output collected.
///
/// `@unchecked Sendable`: the output buffers are guarded by `buffers`; the
/// `Process` is only started and terminated.
public final class SimProcess: @unchecked Sendable {
  /// What a finished process printed and how it exited.
  public struct Result: Sendable {
    public let status: Int32
    public let output: String
    public let errors: String
  }

  /// The real kubectl of this machine.
  public static let kubectl = "/usr/bin/kubectl"

  private let process = Process()
  private let buffers = Buffers()

  /// Both output streams behind one lock, shared with the pipe handlers.
  private final class Buffers: Sendable {
    let bytes = Mutex((output: Data(), errors: Data()))

    func withLock<T>(_ body: (inout (output: Data, errors: Data)) -> T) -> T {
      bytes.withLock { body(&$0) }
    }
  }

  /// Starts `executable` with `arguments`.
  public init(_ executable: String, _ arguments: [String]) throws {
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    output.fileHandleForReading.readabilityHandler = { [buffers] handle in
      let data = handle.availableData
      buffers.withLock { $0.output.append(data) }
    }
    errors.fileHandleForReading.readabilityHandler = { [buffers] handle in
      let data = handle.availableData
      buffers.withLock { $0.errors.append(data) }
    }
    try process.run()
  }

  /// Everything printed on stdout so far.
  public var output: String { buffers.withLock { String(decoding: $0.output, as: UTF8.self) } }

  /// Everything printed on stderr so far.
  public var errors: String { buffers.withLock { String(decoding: $0.errors, as: UTF8.self) } }

  /// Whether the process still runs.
  public var isRunning: Bool { process.isRunning }

  /// Sends SIGTERM and waits for the exit.
  public func stop() {
    if process.isRunning { process.terminate() }
    process.waitUntilExit()
    finish()
  }

  /// Sends SIGINT, waits for the exit and returns what it printed.
  public func interrupt() -> Result {
    if process.isRunning { process.interrupt() }
    return wait()
  }

  /// Waits for the exit and returns what it printed.
  public func wait() -> Result {
    process.waitUntilExit()
    finish()
    return Result(status: process.terminationStatus, output: output, errors: errors)
  }

  private func finish() {
    for pipe in [process.standardOutput, process.standardError].compactMap({ $0 as? Pipe }) {
      pipe.fileHandleForReading.readabilityHandler = nil
      let rest = pipe.fileHandleForReading.readDataToEndOfFile()
      buffers.withLock {
        if pipe === process.standardOutput as? Pipe {
          $0.output.append(rest)
        } else {
          $0.errors.append(rest)
        }
      }
    }
  }

  /// Runs `executable` to completion.
  public static func run(_ executable: String, _ arguments: [String]) throws -> Result {
    try SimProcess(executable, arguments).wait()
  }
}
