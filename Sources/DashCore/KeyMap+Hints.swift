extension KeyMap {
  /// Every bound action with all its keys and its help, in table order.
  public var helpEntries: [HelpEntry] {
    actions.map { HelpEntry(keys: keyLabel(for: $0), help: $0.help) }
  }

  /// The footer for what is on screen, most important first, so a narrow
  /// screen can drop entries from the end.
  public func footerHints(for overlay: Overlay) -> [KeyHint] {
    let wanted: [(actions: [Action], label: String?)] =
      switch overlay {
      case .none:
        [
          ([.quit], nil), ([.help], nil), ([.open], nil), ([.nextPanel], nil),
          ([.down, .up], "move"), ([.refresh], nil),
        ]
      case .help, .detail:
        [([.back], nil), ([.down, .up], "scroll"), ([.quit], nil)]
      }
    return wanted.compactMap { entry in hint(entry.actions, label: entry.label) }
  }

  /// The first key of each action joined with "/", e.g. "j/k"; nil if unbound.
  private func hint(_ actions: [Action], label: String?) -> KeyHint? {
    let firstKeys = actions.compactMap { self.keys(for: $0).first?.label }
    guard firstKeys.count == actions.count, let first = actions.first else { return nil }
    return KeyHint(keys: firstKeys.joined(separator: "/"), label: label ?? first.label)
  }
}
