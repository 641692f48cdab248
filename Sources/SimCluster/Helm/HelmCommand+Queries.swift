import Foundation

extension HelmCommand {
  /// Flags of `helm status`.
  static let statusFlags: [FlagSpec] =
    FlagSpec.global + [
      FlagSpec("output", "o", .value), FlagSpec("revision", nil, .value),
      FlagSpec("show-desc", nil, .bool), FlagSpec.unanswered("show-resources"),
    ]

  /// Flags of `helm history`.
  static let historyFlags: [FlagSpec] =
    FlagSpec.global + [
      FlagSpec("output", "o", .value), FlagSpec("max", nil, .value),
    ]

  /// Flags of `helm get values`.
  static let getValuesFlags: [FlagSpec] =
    FlagSpec.global + [
      FlagSpec("output", "o", .value), FlagSpec("all", "a", .bool),
      FlagSpec("revision", nil, .value),
    ]

  /// Flags of `helm version`.
  static let versionFlags: [FlagSpec] =
    FlagSpec.global + [
      FlagSpec("short", nil, .bool), FlagSpec.unanswered("template", .value),
    ]

  /// `helm status RELEASE`: the latest revision (or `--revision`) without its chart.
  static func status(_ arguments: [String], context: HelmContext) throws {
    let parsed = try ParsedArguments(arguments, specs: statusFlags)
    let release = try oneRelease(
      parsed, command: "status", usage: "status RELEASE_NAME [flags]")
    let format = try OutputFormat(parsed.value("output"))
    let session = try HelmSession(parsed, context: context)
    let record = try pick(try session.requireHistory(release), revision: parsed)
    try HelmPrinter(context: context).printRelease(
      record, format: format, showDescription: parsed.isOn("show-desc"))
  }

  /// `helm history RELEASE`: the newest `--max` revisions (default 256), oldest first.
  static func history(_ arguments: [String], context: HelmContext) throws {
    let parsed = try ParsedArguments(arguments, specs: historyFlags)
    let release = try oneRelease(
      parsed, command: "history", usage: "history RELEASE_NAME [flags]")
    let format = try OutputFormat(parsed.value("output"))
    let maxText = parsed.value("max") ?? "256"
    guard let max = Int(maxText) else {
      throw HelmError.invalidFlagValue(
        flag: "--max", value: maxText,
        reason: "strconv.ParseInt: parsing \"\(maxText)\": invalid syntax")
    }
    let session = try HelmSession(parsed, context: context)
    let records = try session.requireHistory(release).map(\.record).suffix(
      Swift.max(max, 0))
    let printer = HelmPrinter(context: context)
    switch format {
    case .json:
      context.output.write(
        HelmPrinter.historyJSON(Array(records)).jsonText(order: .history)
          + "\n")
    case .yaml:
      context.output.write(
        YAMLWriter.text(HelmPrinter.historyJSON(Array(records))))
    case .table: context.output.write(printer.historyTable(Array(records)))
    }
  }

  /// `helm get values RELEASE`: user-supplied values, or with `--all` the computed ones.
  static func get(_ arguments: [String], context: HelmContext) throws {
    let parsed = try ParsedArguments(arguments, specs: getValuesFlags)
    guard parsed.positionals.first == "values" else {
      throw HelmError.unknownCommand("get " + (parsed.positionals.first ?? ""))
    }
    var rest = parsed
    rest.positionals.removeFirst()
    let release = try oneRelease(
      rest, command: "get values", usage: "get values RELEASE_NAME [flags]")
    let format = try OutputFormat(parsed.value("output"))
    let session = try HelmSession(parsed, context: context)
    let record = try pick(try session.requireHistory(release), revision: parsed)
    let all = parsed.isOn("all")
    let values = all ? record.computedValues.removingNulls : record.config
    let shown = values.isEmpty && !all ? HelmValue.null : values
    switch format {
    case .json: context.output.write(shown.jsonText + "\n")
    case .yaml: context.output.write(YAMLWriter.text(shown))
    case .table:
      let title = all ? "COMPUTED VALUES:\n" : "USER-SUPPLIED VALUES:\n"
      context.output.write(title + YAMLWriter.text(shown))
    }
  }

  /// `helm version`: says plainly that this is the stand-in, never a helm version.
  static func version(_ arguments: [String], context: HelmContext) throws {
    _ = try ParsedArguments(arguments, specs: versionFlags)
    context.output.write(versionLine + "\n")
  }

  /// The single RELEASE argument of a read command.
  static func oneRelease(
    _ parsed: ParsedArguments, command: String, usage: String
  ) throws
    -> String
  {
    guard parsed.positionals.count == 1, let release = parsed.positionals.first
    else {
      throw HelmError.wrongArgumentCount(
        command: command, expected: "1 argument", usage: usage)
    }
    return release
  }

  /// The revision named by `--revision`, else the latest one.
  static func pick(
    _ history: [ReleaseStore.Stored], revision parsed: ParsedArguments
  ) throws
    -> ReleaseRecord
  {
    guard let text = parsed.value("revision") else {
      guard let last = history.last else { throw HelmError.releaseNotFound }
      return last.record
    }
    guard let revision = Int(text) else {
      throw HelmError.invalidRevision(text)
    }
    guard let found = history.first(where: { $0.record.revision == revision })
    else {
      throw HelmError.releaseNotFound
    }
    return found.record
  }
}
