import Foundation

/// What one `helm upgrade` invocation asks for, read from its flags and files.
struct UpgradeRequest {
  let release: String
  let chartPath: String
  let chart: ChartDirectory
  /// User values of this invocation: `-f` files in order, then `--set`s.
  let values: HelmValue
  let reuse: ReuseMode
  let install: Bool
  let createNamespace: Bool
  let wait: Bool
  /// `--timeout` in seconds.
  let timeout: TimeInterval
  /// `--description`, replacing helm's "Upgrade complete".
  let description: String?
  let format: OutputFormat

  init(_ parsed: ParsedArguments) throws {
    release = parsed.positionals[0]
    chartPath = parsed.positionals[1]
    format = try OutputFormat(parsed.value("output"))
    timeout = try HelmCommand.timeout(parsed)
    chart = try ChartDirectory(path: chartPath)
    let files = try parsed.list("values").map(UpgradeRequest.readValuesFile)
    values = try ValuesPlan.userValues(files: files, sets: parsed.list("set"))
    reuse =
      parsed.isOn("reset-values")
      ? .reset
      : parsed.isOn("reuse-values")
        ? .reuse
        : parsed.isOn("reset-then-reuse-values") ? .resetThenReuse : .none
    install = parsed.isOn("install")
    createNamespace = parsed.isOn("create-namespace")
    wait = parsed.isOn("wait")
    description = parsed.value("description")
  }

  /// Reads and parses one `-f` file.
  static func readValuesFile(_ path: String) throws -> HelmValue {
    guard let text = ChartDirectory.text(at: path) else {
      throw HelmError.valuesFileUnreadable(path)
    }
    return try YAMLReader.parse(text, source: path)
  }
}
