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
