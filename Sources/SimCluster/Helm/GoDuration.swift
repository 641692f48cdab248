/// Go's `time.ParseDuration` for `--timeout` values such as `5m0s`, `90s` or `1.5h`.
public enum GoDuration {
  /// Seconds per unit suffix Go accepts.
  private static let units: [(String, Double)] = [
    ("ns", 1e-9), ("us", 1e-6), ("µs", 1e-6), ("μs", 1e-6), ("ms", 1e-3),
    ("s", 1), ("m", 60),
    ("h", 3600),
  ]

  /// The duration in seconds; throws `HelmError.invalidDuration` for text Go would refuse.
  public static func seconds(_ text: String) throws -> Double {
    var rest = Substring(text)
    let negative = rest.hasPrefix("-")
    if rest.hasPrefix("-") || rest.hasPrefix("+") { rest = rest.dropFirst() }
    if rest == "0" { return 0 }
    guard !rest.isEmpty else { throw HelmError.invalidDuration(text) }
    var total = 0.0
    while !rest.isEmpty {
      let number = rest.prefix { $0.isNumber || $0 == "." }
      rest = rest.dropFirst(number.count)
      let unitText = rest.prefix { !$0.isNumber && $0 != "." }
      rest = rest.dropFirst(unitText.count)
      guard let value = Double(number),
        let unit = units.first(where: { $0.0 == unitText })
      else { throw HelmError.invalidDuration(text) }
      total += value * unit.1
    }
    return negative ? -total : total
  }
}
