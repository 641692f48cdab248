import DashCore
import DashModel
import DashTerminal
import DashViews
import Foundation
import SimCluster

/// The program: parses the command line, wires sources to the state and
/// runs either the interactive loop or one `--once` frame.
public enum Application {
  /// The version `--version` prints.
  public static let version = "0.1.0"

  /// Exit statuses: `--once` verdicts, and a bad command line.
  public enum Status {
    public static let healthy: Int32 = 0
    public static let degraded: Int32 = 1
    public static let unreadable: Int32 = 2
    public static let usage: Int32 = 64
    public static let failure: Int32 = 70
  }

  /// Runs the program; returns its exit status. Writes only to the given
  /// streams, and to the terminal while the interactive loop runs.
  public static func main(
    arguments: [String], environment: [String: String], output: FileHandle = .standardOutput,
    errors: FileHandle = .standardError
  ) -> Int32 {
    let options: Options
    do {
      options = try Options.parse(arguments, environment: environment)
    } catch {
      errors.write(Data("tokenplace-dash: \(error)\n".utf8))
      return Status.usage
    }
    if options.showHelp {
      output.write(Data(HelpText.render().utf8))
      return Status.healthy
    }
    if options.showVersion {
      output.write(Data("tokenplace-dash \(version)\n".utf8))
      return Status.healthy
    }
    let log = EventLog.fromEnvironment(environment)
    do {
      return try Session(options: options, environment: environment, log: log)
        .run(output: output, errors: errors)
    } catch {
      errors.write(Data("tokenplace-dash: \(error)\n".utf8))
      return Status.failure
    }
  }
}
