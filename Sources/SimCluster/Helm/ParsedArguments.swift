/// A helm command line split into positionals and flags, refused the way helm refuses it.
struct ParsedArguments: Sendable {
  /// Arguments that are not flags, in order.
  var positionals: [String] = []
  /// Values of value, array and slice flags, by long name, in order given.
  var values: [String: [String]] = [:]
  /// Bool flags that ended up true.
  var switches: Set<String> = []

  /// The last value of `name`, or nil when it was not given.
  func value(_ name: String) -> String? { values[name]?.last }

  /// Every value of a repeatable flag.
  func list(_ name: String) -> [String] { values[name] ?? [] }

  /// Whether a bool flag is on.
  func isOn(_ name: String) -> Bool { switches.contains(name) }

  /// Parses `arguments` against `specs` like helm's pflag: interspersed flags, `--x=v`, `--`.
  init(_ arguments: [String], specs: [FlagSpec]) throws {
    var queue = arguments[...]
    while let argument = queue.popFirst() {
      if argument == "--" {
        positionals += queue
        return
      }
      if argument.hasPrefix("--") {
        try takeLong(argument, rest: &queue, specs: specs)
      } else if argument.hasPrefix("-"), argument.count > 1 {
        try takeShort(argument, rest: &queue, specs: specs)
      } else {
        positionals.append(argument)
      }
    }
  }

  private mutating func takeLong(
    _ argument: String, rest: inout ArraySlice<String>, specs: [FlagSpec]
  ) throws {
    let body = argument.dropFirst(2)
    let name = String(body.prefix { $0 != "=" })
    let inline =
      body.contains("=") ? String(body.drop { $0 != "=" }.dropFirst()) : nil
    guard let spec = specs.first(where: { $0.name == name }) else {
      throw HelmError.unknownFlag("--" + name)
    }
    try take(spec, inline: inline, rest: &rest, shown: "--" + name)
  }

  private mutating func takeShort(
    _ argument: String, rest: inout ArraySlice<String>, specs: [FlagSpec]
  ) throws {
    let body = argument.dropFirst()
    guard let letter = body.first,
      let spec = specs.first(where: { $0.short == letter })
    else {
      throw HelmError.unknownShorthand(body.first ?? "-", in: argument)
    }
    var remainder = body.dropFirst()
    if remainder.hasPrefix("=") { remainder = remainder.dropFirst() }
    let inline = remainder.isEmpty ? nil : String(remainder)
    try take(
      spec, inline: inline, rest: &rest, shown: "'\(letter)' in -\(letter)")
  }

  private mutating func take(
    _ spec: FlagSpec, inline: String?, rest: inout ArraySlice<String>,
    shown: String
  ) throws {
    guard spec.answered else {
      throw HelmError.unansweredFlag("--" + spec.name)
    }
    if spec.kind == .bool {
      let on =
        inline.map { ["true", "1", "t", "T", "TRUE", "True"].contains($0) }
        ?? true
      if on { switches.insert(spec.name) } else { switches.remove(spec.name) }
      return
    }
    guard let value = inline ?? rest.popFirst() else {
      throw HelmError.flagNeedsArgument(shown)
    }
    let parts =
      spec.kind == .slice
      ? value.split(separator: ",").map(String.init) : [value]
    values[spec.name, default: []] += parts
  }
}
