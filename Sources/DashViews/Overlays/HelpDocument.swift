import DashCore

/// The `?` screen: every key of the key map with its help.
enum HelpDocument {
  static func make(_ keyMap: KeyMap) -> Document {
    let entries = keyMap.helpEntries.map { entry in
      Document.Line.field(label: entry.keys, value: entry.help, style: Styles.normal, indent: 1)
    }
    return Document(title: "Keys", lines: entries, labelStyle: Styles.accent)
  }
}
