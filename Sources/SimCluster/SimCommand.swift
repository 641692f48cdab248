import Foundation

/// The `serve` and `scenario` subcommands of `tokenplace-sim`, parsed and run.
public enum SimCommand {
  /// The usage text.
  public static let usage = """
    usage: tokenplace-sim serve --port N --kubeconfig FILE [--scenario NAME] [--relay-port N]
                                [--log-rate LINES_PER_SECOND]
           tokenplace-sim scenario NAME --kubeconfig FILE
           tokenplace-sim helm ARGS...
    scenarios: \(Scenario.allCases.map(\.rawValue).joined(separator: ", "))
    """

  /// Options of `serve`.
  public struct ServeOptions: Equatable, Sendable {
    public var port: UInt16 = 0
    public var relayPort: UInt16 = 0
    public var kubeconfig: String?
    public var scenario: Scenario = .healthy
    /// Log lines per pod per second; nil keeps the default.
    public var logRate: Double?
  }

  /// Parses the arguments after `serve`; throws `SimError.badRequest` naming the bad flag.
  public static func parseServe(_ arguments: [String]) throws -> ServeOptions {
    var options = ServeOptions()
    var remaining = arguments[...]
    while let flag = remaining.popFirst() {
      guard let value = remaining.popFirst() else {
        throw SimError.badRequest("flag needs an argument: '\(flag)'\n\(usage)")
      }
      switch flag {
      case "--port": options.port = try port(value, flag)
      case "--relay-port": options.relayPort = try port(value, flag)
      case "--kubeconfig": options.kubeconfig = value
      case "--scenario": options.scenario = try Scenario.named(value)
      case "--log-rate":
        guard let rate = Double(value), rate > 0 else {
          throw SimError.badRequest("invalid rate '\(value)' for --log-rate: use lines per second")
        }
        options.logRate = rate
      default: throw SimError.badRequest("unknown flag: '\(flag)'\n\(usage)")
      }
    }
    return options
  }

  /// Parses `scenario NAME --kubeconfig FILE` (after `scenario`).
  public static func parseScenario(_ arguments: [String]) throws -> (
    name: String, kubeconfig: String
  ) {
    guard arguments.count == 3, arguments[1] == "--kubeconfig" else {
      throw SimError.badRequest("expected: scenario NAME --kubeconfig FILE\n\(usage)")
    }
    return (arguments[0], arguments[2])
  }

  private static func port(_ text: String, _ flag: String) throws(SimError) -> UInt16 {
    guard let port = UInt16(text) else {
      throw SimError.badRequest("invalid port '\(text)' for \(flag): use 0 to 65535")
    }
    return port
  }
}
