extension HelmValue {
  /// Deep merge: maps merge key by key, anything else in `overlay` replaces this value.
  ///
  /// Helm's rule for `-f` files and `--set`; a null in `overlay` stays (see `removingNulls`).
  public func merging(_ overlay: HelmValue) -> HelmValue {
    guard case .object(var base) = self, case .object(let top) = overlay else {
      return overlay
    }
    for (key, value) in top {
      base[key] = base[key].map { $0.merging(value) } ?? value
    }
    return .object(base)
  }

  /// The value with null map members removed: how helm lets users delete a chart default.
  public var removingNulls: HelmValue {
    switch self {
    case .object(let members):
      return .object(
        members.filter { $0.value != .null }.mapValues(\.removingNulls))
    case .array(let elements):
      return .array(elements.map(\.removingNulls))
    default:
      return self
    }
  }
}
