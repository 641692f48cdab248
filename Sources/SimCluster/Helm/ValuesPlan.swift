/// Which previous values an upgrade keeps: helm's `--reuse-values` family.
public enum ReuseMode: Sendable, Equatable {
  /// Neither flag: previous `--set` values are dropped (unless no values are given at all).
  case none
  /// `--reuse-values`: previous config under the new values, chart defaults of the last release.
  case reuse
  /// `--reset-then-reuse-values`: previous config under the new values, new chart defaults.
  case resetThenReuse
  /// `--reset-values`: only the new values and the new chart defaults.
  case reset
}

/// Helm's values precedence for an upgrade: chart defaults < `-f` files < `--set`.
public enum ValuesPlan {
  /// The user-supplied values of an invocation: `-f` documents in order, then `--set`s.
  public static func userValues(files: [HelmValue], sets: [String]) throws
    -> HelmValue
  {
    var values = HelmValue.emptyObject
    for file in files { values = values.merging(file) }
    for expression in sets {
      values = try SetParser.apply(expression, to: values)
    }
    return values
  }

  /// The config and chart defaults stored in the new revision, as helm's `reuseValues` decides.
  public static func resolve(
    newValues: HelmValue, chartDefaults: HelmValue, previous: ReleaseRecord?,
    mode: ReuseMode
  ) -> (config: HelmValue, chartValues: HelmValue) {
    guard let previous else { return (newValues, chartDefaults) }
    switch mode {
    case .reset:
      return (newValues, chartDefaults)
    case .reuse:
      return (previous.config.merging(newValues), previous.computedValues)
    case .resetThenReuse:
      return (previous.config.merging(newValues), chartDefaults)
    case .none:
      let keepPrevious = newValues.isEmpty && !previous.config.isEmpty
      return (keepPrevious ? previous.config : newValues, chartDefaults)
    }
  }
}
