import Foundation

/// What a started process reports to its callback, in order; `.exited` comes last, once.
public enum ProcessEvent: Sendable, Equatable {
  /// Bytes from stdout: a chunk, or one line without its newline (see `OutputFraming`).
  case stdout(Data)
  /// Bytes from stderr, framed like stdout.
  case stderr(Data)
  /// The process was reaped; all its output has been delivered.
  case exited(ProcessExit)
}

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

/// How streamed output is cut before it reaches the callback.
public enum OutputFraming: Sendable, Equatable {
  /// As `read(2)` returned it (at most 64 KiB per event).
  case chunks
  /// Complete lines without the newline; a last unterminated line is delivered at the end.
  case lines
}
