import Foundation

/// Child processes for stand-in tests, spawned from argument arrays.
enum HelmProcess {
  /// The built `tokenplace-sim`, next to the test bundle in the build directory.
  static var simBinary: String {
    let bundle = Bundle.main.bundleURL.deletingLastPathComponent()
    let candidates = [
      bundle.appendingPathComponent("tokenplace-sim").path,
      URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent(
          ".build/debug/tokenplace-sim"
        ).path,
    ]
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
      ?? candidates[0]
  }

  /// Runs `executable` with `arguments` to completion and returns its exit status and output.
  static func run(_ executable: String, _ arguments: [String]) throws -> (
    status: Int32, stdout: String, stderr: String
  ) {
    let process = start(executable, arguments)
    try process.process.run()
    let out = process.stdout.fileHandleForReading.readDataToEndOfFile()
    let err = process.stderr.fileHandleForReading.readDataToEndOfFile()
    process.process.waitUntilExit()
    return (
      process.process.terminationStatus, String(decoding: out, as: UTF8.self),
      String(decoding: err, as: UTF8.self)
    )
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
