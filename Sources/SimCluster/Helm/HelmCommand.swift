/// The helm stand-in behind `tokenplace-sim helm ...`: answers helm's subcommands.
public enum HelmCommand {
  /// Runs one helm invocation; `arguments` exclude `helm`. Returns the exit status.
  public static func main(_ arguments: [String]) -> Int32 {
    FileHandleOutput.standardError.write(
      "Error: \(HelmError.unknownCommand(arguments.first ?? ""))\n")
    return 1
  }
}
