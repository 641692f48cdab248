/// The helm stand-in behind `tokenplace-sim helm ...`: answers helm's subcommands.
///
/// It speaks Helm 3's storage format through the Kubernetes API of the simulator, and says
/// what it is when asked for its version.
public enum HelmCommand {
  /// Runs one helm invocation in this process; `arguments` exclude `helm`. Returns the exit
  /// status: 0 on success, 1 on any error (printed as `Error: ...` on standard error).
  public static func main(_ arguments: [String]) -> Int32 {
    run(arguments, context: .live())
  }

  /// Runs one invocation with the given environment, streams and clock.
  public static func run(_ arguments: [String], context: HelmContext) -> Int32 {
    do {
      try dispatch(arguments, context: context)
      return 0
    } catch {
      context.errors.write("Error: \(error)\n")
      return 1
    }
  }

  /// The line `helm version` prints.
  public static let versionLine =
    "tokenplace-sim helm stand-in (speaks Helm 3 storage format; not helm)"

  /// Finds the subcommand among the arguments and runs it.
  static func dispatch(_ arguments: [String], context: HelmContext) throws {
    let wantsHelp = arguments.contains { $0 == "--help" || $0 == "-h" }
    guard let (index, name) = subcommand(in: arguments), !wantsHelp else {
      if wantsHelp || arguments.isEmpty {
        context.output.write(HelmCommand.usage)
        return
      }
      _ = try ParsedArguments(arguments, specs: FlagSpec.global)
      throw HelmError.unknownCommand("")
    }
    var rest = arguments
    rest.remove(at: index)
    switch name {
    case "upgrade": try upgrade(rest, context: context)
    case "rollback": try rollback(rest, context: context)
    case "status": try status(rest, context: context)
    case "history", "hist": try history(rest, context: context)
    case "get": try get(rest, context: context)
    case "version": try version(rest, context: context)
    default: throw HelmError.unknownCommand(name)
    }
  }

  /// The first argument that is neither a flag nor a global flag's value.
  static func subcommand(in arguments: [String]) -> (Int, String)? {
    var index = 0
    while index < arguments.count {
      let argument = arguments[index]
      if !argument.hasPrefix("-") { return (index, argument) }
      let takesValue = ["--namespace", "-n", "--kube-context", "--kubeconfig"]
        .contains(argument)
      index += takesValue ? 2 : 1
    }
    return nil
  }

  /// Short help for `helm` with no subcommand.
  static let usage = """
    \(versionLine)

    Usage:
      helm [command]

    Available Commands:
      get values  download the values file for a named release
      history     fetch release history
      rollback    roll back a release to a previous revision
      status      display the status of the named release
      upgrade     upgrade a release (with --install, install it)
      version     print the stand-in's version information

    """
}
