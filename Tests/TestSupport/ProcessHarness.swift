import Foundation

/// Runs helper programs in tests from argument arrays and collects output.
public enum ProcessHarness {
  /// What a finished program printed and how it ended.
  public struct Result: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
  }

  /// Runs `arguments[0]` with the rest as its arguments, waiting at most
  /// `timeout` seconds (then it is terminated and the status is 124).
  public static func run(
    _ arguments: [String], environment: [String: String]? = nil, timeout: TimeInterval = 60
  ) throws -> Result {
    guard let executable = arguments.first else { throw HarnessError.emptyCommand }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = Array(arguments.dropFirst())
    if let environment { process.environment = environment }
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let stdout = DataBox()
    let stderr = DataBox()
    let group = DispatchGroup()
    stdout.fill(from: output, group: group)
    stderr.fill(from: errors, group: group)
    let finished = group.wait(timeout: .now() + timeout) == .success
    if !finished { process.terminate() }
    process.waitUntilExit()
    group.wait()
    return Result(
      status: finished ? process.terminationStatus : 124,
      stdout: String(decoding: stdout.data, as: UTF8.self),
      stderr: String(decoding: stderr.data, as: UTF8.self))
  }

  /// The bytes a reader thread collected from one pipe.
  private final class DataBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored = Data()

    var data: Data { lock.withLock { stored } }

    func fill(from pipe: Pipe, group: DispatchGroup) {
      group.enter()
      DispatchQueue.global().async {
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        self.lock.withLock { self.stored = data }
        group.leave()
      }
    }
  }
}
/// A harness call that cannot run.
public enum HarnessError: Error, CustomStringConvertible {
  case emptyCommand
  case missingProduct(String)

  public var description: String {
    switch self {
    case .emptyCommand: "no program given to run"
    case .missingProduct(let name): "built product '\(name)' not found; run 'swift build' first"
    }
  }
}
