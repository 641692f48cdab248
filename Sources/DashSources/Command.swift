import Foundation

/// A program to run: the argument vector and the whole environment it gets.
public struct Command: Sendable, Equatable {
  /// `argv[0]` is the executable: a path, or a bare name looked up on the environment's PATH.
  public var argv: [String]
  /// The child's entire environment; nothing is inherited implicitly.
  public var environment: [String: String]
  /// The program's name in messages ("kubectl").
  public var toolName: String
  /// The command-line flag that sets the executable ("--kubectl"), named when it is missing.
  public var pathFlag: String?

  public init(
    argv: [String], environment: [String: String], toolName: String? = nil,
    pathFlag: String? = nil
  ) {
    self.argv = argv
    self.environment = environment
    self.toolName = toolName ?? (argv.first.map { ($0 as NSString).lastPathComponent } ?? "")
    self.pathFlag = pathFlag
  }

  /// The arguments joined by spaces, for messages only (never run through a shell).
  public var displayString: String {
    ([toolName] + argv.dropFirst()).joined(separator: " ")
  }

  /// The tool and its plain words, without flags and their values, e.g.
  /// "kubectl get certificates.cert-manager.io": short enough for a panel.
  public var summary: String {
    var words = [toolName]
    var skipNext = false
    for argument in argv.dropFirst() {
      if skipNext {
        skipNext = false
      } else if argument.hasPrefix("-") {
        skipNext = !argument.contains("=") && Command.flagsWithValues.contains(argument)
      } else {
        words.append(argument)
      }
    }
    return words.joined(separator: " ")
  }

  /// Flags of kubectl and helm that take the next argument as their value.
  static let flagsWithValues: Set<String> = [
    "--kubeconfig", "--namespace", "-n", "--context", "--kube-context", "-l", "--selector",
    "--field-selector", "-o", "--output", "--max", "--request-timeout",
  ]

  /// The executable's path: `argv[0]` itself when it holds a slash, else the first
  /// executable match on PATH.
  func resolveExecutable() throws(SourceError) -> String {
    let name = argv.first ?? ""
    if name.contains("/") {
      let found = Posix.probe(name)
      guard found.exists else { throw .toolNotFound(tool: toolName, path: name, flag: pathFlag) }
      guard found.executable else {
        throw .toolNotExecutable(tool: toolName, path: name, flag: pathFlag)
      }
      return name
    }
    let searchPath = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
    for directory in searchPath.split(separator: ":") where !name.isEmpty {
      let candidate = "\(directory)/\(name)"
      if Posix.probe(candidate).executable { return candidate }
    }
    throw .toolNotFound(tool: toolName, path: name, flag: pathFlag)
  }
}
