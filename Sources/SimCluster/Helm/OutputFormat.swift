/// helm's `-o/--output` formats.
enum OutputFormat: String {
  case table
  case json
  case yaml

  /// Reads `-o`; nil means table. Unknown names are refused with helm's wording.
  init(_ text: String?) throws {
    guard let text else {
      self = .table
      return
    }
    guard let format = OutputFormat(rawValue: text) else {
      throw HelmError.invalidFlagValue(
        flag: "-o, --output", value: text, reason: "invalid format type")
    }
    self = format
  }
}
