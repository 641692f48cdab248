import Foundation

/// Where the stand-in writes text: standard output or error, or a buffer in tests.
public struct HelmOutput: Sendable {
  private let sink: @Sendable (String) -> Void

  public init(_ sink: @escaping @Sendable (String) -> Void) {
    self.sink = sink
  }

  public func write(_ text: String) { sink(text) }

  /// The process's standard output.
  public static let standardOutput = HelmOutput {
    FileHandle.standardOutput.write(Data($0.utf8))
  }

  /// The process's standard error.
  public static let standardError = HelmOutput {
    FileHandle.standardError.write(Data($0.utf8))
  }
}
