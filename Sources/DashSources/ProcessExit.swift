import Foundation

/// How a streamed process ended.
public struct ProcessExit: Sendable, Equatable {
  public var termination: ProcessTermination
  /// Seconds from spawn to reaping.
  public var duration: Double
  /// Whether `terminate()` was called before it ended.
  public var terminatedOnRequest: Bool

  public init(termination: ProcessTermination, duration: Double, terminatedOnRequest: Bool) {
    self.termination = termination
    self.duration = duration
    self.terminatedOnRequest = terminatedOnRequest
  }
}
