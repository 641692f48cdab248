/// The `--help` text, rendered for a width and printed by the executable.
public enum HelpText {
  /// One option and what it does.
  struct Entry {
    let flag: String
    let help: String
  }

  static let entries: [Entry] = [
    Entry(flag: "--namespace NS", help: "namespace of the release (default tokenplace)"),
    Entry(flag: "--release NAME", help: "Helm release name (default tokenplace-relay)"),
    Entry(flag: "--context NAME", help: "kubeconfig context (default: the current one)"),
    Entry(
      flag: "--kubeconfig FILE", help: "kubeconfig file (default: $KUBECONFIG, then kubectl's)"),
    Entry(
      flag: "--health-url URL",
      help: "public readiness URL (default https://staging.token.place/healthz)"),
    Entry(flag: "--kubectl PATH", help: "kubectl binary (default: kubectl on PATH)"),
    Entry(flag: "--helm PATH", help: "helm binary (default: helm on PATH)"),
    Entry(flag: "--chart DIR", help: "chart used for redeploys (default apps/tokenplace-relay)"),
    Entry(
      flag: "--values FILE",
      help: "values file, repeatable (default: the chart's values.dev.yaml, values.staging.yaml)"),
    Entry(flag: "--default-tag TAG", help: "image tag offered for redeploys (default main)"),
    Entry(flag: "--local-port N", help: "local port for port-forwards (default 5010)"),
    Entry(flag: "--read-only", help: "never change the cluster"),
    Entry(
      flag: "--demo [SCENARIO]",
      help: "run against a built-in simulated cluster (default scenario healthy)"),
    Entry(
      flag: "--once",
      help: "print one plain-text frame and exit: 0 healthy, 1 degraded, 2 cluster unreadable"),
    Entry(flag: "--version", help: "print the version and exit"),
    Entry(flag: "--help", help: "print this help and exit"),
  ]

  /// The full help, wrapped to `width` columns.
  public static func render(width: Int = 80) -> String {
    let flagWidth = (entries.map(\.flag.count).max() ?? 0) + 2
    var lines = [
      "tokenplace-dash: the token.place relay on one screen", "",
      "usage: tokenplace-dash [options]", "", "options:",
    ]
    for entry in entries {
      let wrapped = wrap(entry.help, width: max(20, width - flagWidth - 2))
      for (index, text) in wrapped.enumerated() {
        let flag = index == 0 ? entry.flag : ""
        lines.append("  " + flag.padding(toLength: flagWidth, withPad: " ", startingAt: 0) + text)
      }
    }
    lines += ["", "environment: KUBECONFIG, NO_COLOR, TOKENPLACE_DASH_LOG=FILE (log file)"]
    return lines.joined(separator: "\n") + "\n"
  }

  /// Splits text at spaces into lines of at most `width` characters.
  static func wrap(_ text: String, width: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ") {
      if !line.isEmpty && line.count + 1 + word.count > width {
        lines.append(line)
        line = ""
      }
      line += (line.isEmpty ? "" : " ") + word
    }
    return lines + (line.isEmpty ? [] : [line])
  }
}
