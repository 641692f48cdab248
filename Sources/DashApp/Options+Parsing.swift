import Foundation
import SimCluster

extension Options {
  /// Parses arguments (without the program name); `KUBECONFIG` from the
  /// environment fills in `kubeconfig` when the flag is absent.
  public static func parse(
    _ arguments: [String], environment: [String: String] = [:]
  ) throws(OptionsError) -> Options {
    var options = Options()
    var cursor = ArgumentCursor(arguments)
    while let argument = cursor.next() {
      try options.apply(argument, from: &cursor)
    }
    if options.kubeconfig == nil, let fromEnvironment = environment["KUBECONFIG"],
      !fromEnvironment.isEmpty
    {
      options.kubeconfig = fromEnvironment
    }
    return options
  }

  private mutating func apply(_ argument: String, from cursor: inout ArgumentCursor)
    throws(OptionsError)
  {
    let (name, inline) = Options.split(argument)
    switch name {
    case "--help", "-h": showHelp = true
    case "--version": showVersion = true
    case "--once": once = true
    case "--read-only": readOnly = true
    case "--demo":
      demoScenario = try Options.scenario(inline ?? cursor.nextIfValue() ?? "healthy", name)
    case "--namespace", "-n":
      namespace = try Options.dnsLabel(try cursor.value(for: name, inline: inline), name)
    case "--release": release = try Options.dnsLabel(try cursor.value(for: name, inline), name)
    case "--context": context = try cursor.value(for: name, inline: inline)
    case "--kubeconfig": kubeconfig = try cursor.value(for: name, inline: inline)
    case "--kubectl": kubectl = try cursor.value(for: name, inline: inline)
    case "--helm": helm = try cursor.value(for: name, inline: inline)
    case "--chart": chart = try cursor.value(for: name, inline: inline)
    case "--values", "-f": valuesFiles.append(try cursor.value(for: name, inline: inline))
    case "--health-url":
      healthURL = try Options.httpURL(try cursor.value(for: name, inline: inline), name)
    case "--default-tag":
      defaultTag = try Options.imageTag(try cursor.value(for: name, inline: inline), name)
    case "--local-port":
      localPort = try Options.port(try cursor.value(for: name, inline: inline), name)
    default:
      if argument.hasPrefix("-") { throw .unknownOption(name) }
      throw .unexpectedArgument(argument)
    }
  }

  /// Splits `--name=value` into its parts.
  private static func split(_ argument: String) -> (String, String?) {
    guard argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") else {
      return (argument, nil)
    }
    return (String(argument[..<equals]), String(argument[argument.index(after: equals)...]))
  }
}

/// Reads arguments one at a time, handing out option values.
struct ArgumentCursor {
  private var remaining: ArraySlice<String>

  init(_ arguments: [String]) {
    remaining = arguments[...]
  }

  mutating func next() -> String? {
    remaining.popFirst()
  }

  /// The option's value: the inline `=value`, else the next argument.
  mutating func value(for option: String, inline: String? = nil) throws(OptionsError) -> String {
    if let inline { return inline }
    guard let value = remaining.first, !value.hasPrefix("--") else {
      throw .missingValue(option: option)
    }
    remaining.removeFirst()
    return value
  }

  /// Shorthand for options whose name was split already.
  mutating func value(for option: String, _ inline: String?) throws(OptionsError) -> String {
    try value(for: option, inline: inline)
  }

  /// The next argument when it is a value rather than an option.
  mutating func nextIfValue() -> String? {
    guard let value = remaining.first, !value.hasPrefix("-") else { return nil }
    remaining.removeFirst()
    return value
  }
}
