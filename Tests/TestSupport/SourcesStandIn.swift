import Foundation

/// A stand-in for kubectl or helm (`Fixtures/sources/standin-replay.sh`) installed in a fresh
/// temporary directory with the responses it replays; used where no API server or helm can run.
public struct SourcesStandIn: Sendable {
  /// The directory holding the script, its responses and its call log.
  public let directory: String
  /// The executable path to pass as `--kubectl` or `--helm`.
  public let path: String

  /// Installs the script as `name` in a new temporary directory.
  public init(name: String = "kubectl") throws {
    directory = try SourcesTemporaryDirectory.make(prefix: "standin")
    path = directory + "/" + name
    try Fixtures.data("sources/standin-replay.sh").write(to: URL(fileURLWithPath: path))
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
  }

  /// Sets what the `call`th invocation of `mode` ("watch", "list", "status", "history")
  /// prints and how it ends; `call` nil sets the default for every other invocation.
  public func respond(
    _ mode: String, call: Int? = nil, stdout: Data = Data(), stderr: String = "",
    exit: Int32 = 0, hang: Bool = false, pause: Double? = nil
  ) throws {
    let base = directory + "/" + mode + "." + (call.map(String.init) ?? "default")
    try stdout.write(to: URL(fileURLWithPath: base + ".out"))
    try Data(stderr.utf8).write(to: URL(fileURLWithPath: base + ".err"))
    try Data("\(exit)\n".utf8).write(to: URL(fileURLWithPath: base + ".exit"))
    if hang { try Data().write(to: URL(fileURLWithPath: base + ".hang")) }
    if let pause { try Data("\(pause)\n".utf8).write(to: URL(fileURLWithPath: base + ".pause")) }
  }

  /// Like `respond`, with stdout and stderr read from fixtures under `sources/streams/`.
  public func replay(
    _ mode: String, call: Int? = nil, stream: String? = nil, stderrFixture: String? = nil,
    exit: Int32 = 0, hang: Bool = false, pause: Double? = nil
  ) throws {
    let stdout = try stream.map { try Fixtures.data("sources/streams/" + $0) } ?? Data()
    let stderr = try stderrFixture.map {
      String(decoding: try Fixtures.data("sources/streams/" + $0), as: UTF8.self)
    }
    try respond(
      mode, call: call, stdout: stdout, stderr: stderr ?? "", exit: exit, hang: hang, pause: pause)
  }

  /// How many times `mode` was invoked so far.
  public func calls(_ mode: String) -> Int {
    let text = (try? String(contentsOfFile: directory + "/" + mode + ".count", encoding: .utf8))
    return Int(text?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "") ?? 0
  }

  /// Every invocation's arguments, one line each.
  public func callLog() -> [String] {
    let text = (try? String(contentsOfFile: directory + "/calls.log", encoding: .utf8)) ?? ""
    return text.split(separator: "\n").map(String.init)
  }

  /// Removes the directory.
  public func remove() {
    try? FileManager.default.removeItem(atPath: directory)
  }
}

/// Fresh directories under the system's temporary directory.
public enum SourcesTemporaryDirectory {
  /// Creates and returns a new, empty directory.
  public static func make(prefix: String) throws -> String {
    let path = (NSTemporaryDirectory() as NSString).appendingPathComponent(
      "tokenplace-dash-\(prefix)-" + UUID().uuidString)
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  /// Copies a fixture under `Fixtures/` into a new directory as an executable; returns its path.
  public static func executable(fixture: String) throws -> String {
    let path = try make(prefix: "exec") + "/" + (fixture as NSString).lastPathComponent
    try Fixtures.data(fixture).write(to: URL(fileURLWithPath: path))
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
    return path
  }
}
