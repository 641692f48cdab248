/// How a child process ended.
public enum ProcessTermination: Sendable, Equatable, CustomStringConvertible {
  /// It called exit with this status.
  case exited(Int32)
  /// A signal with this number ended it.
  case signaled(Int32)

  /// Whether it exited with status 0.
  public var succeeded: Bool { self == .exited(0) }

  public var description: String {
    switch self {
    case .exited(let status): "exit \(status)"
    case .signaled(let signal): "killed by signal \(signal)"
    }
  }
}
