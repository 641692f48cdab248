extension String {
  /// The string on one line: line breaks and tabs become single spaces, runs
  /// of them collapse; every other control character is left for `sanitized`.
  public var oneLine: String {
    var result = ""
    var lastWasSpace = false
    for scalar in unicodeScalars {
      let isBreak = scalar == "\n" || scalar == "\r" || scalar == "\t"
      if isBreak && lastWasSpace { continue }
      result.unicodeScalars.append(isBreak ? " " : scalar)
      lastWasSpace = isBreak || scalar == " "
    }
    return result
  }
}
