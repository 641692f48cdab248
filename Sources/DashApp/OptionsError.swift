/// A command line that cannot be run; the wording of every case lives here.
public enum OptionsError: Error, Equatable, CustomStringConvertible {
  case unknownOption(String)
  case missingValue(option: String)
  case invalidValue(option: String, value: String, expected: String)
  case unexpectedArgument(String)

  public var description: String {
    switch self {
    case .unknownOption(let option):
      "unknown option '\(option)'; see 'tokenplace-dash --help'"
    case .missingValue(let option):
      "option '\(option)' needs a value; see 'tokenplace-dash --help'"
    case .invalidValue(let option, let value, let expected):
      "invalid value '\(value)' for '\(option)': expected \(expected)"
    case .unexpectedArgument(let argument):
      "unexpected argument '\(argument)'; options start with '--'"
    }
  }
}
