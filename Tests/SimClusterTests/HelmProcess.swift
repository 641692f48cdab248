import Foundation
import TestSupport

/// Child processes for stand-in tests, spawned from argument arrays.
enum HelmProcess {
  /// The built `tokenplace-sim`, next to the test bundle in the build directory.
  static var simBinary: String {
    (try? BuiltProducts.path("tokenplace-sim")) ?? "tokenplace-sim"
  }

  /// Runs `executable` with `arguments` to completion and returns its exit status and output.
  static func run(_ executable: String, _ arguments: [String]) throws -> (
    status: Int32, stdout: String, stderr: String
  ) {
    let result = try ProcessHarness.run([executable] + arguments)
    return (result.status, result.stdout, result.stderr)
  }

  /// A configured, not yet started process with piped output.
  static func start(_ executable: String, _ arguments: [String]) -> (
    process: Process, stdout: Pipe, stderr: Pipe
  ) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardOutput = stdout
    process.standardError = stderr
    return (process, stdout, stderr)
  }
}
