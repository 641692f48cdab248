/// One flag a helm subcommand knows, as helm's command line defines it.
struct FlagSpec: Sendable {
  /// What a flag takes.
  enum Kind: Sendable {
    /// A switch: `--wait`, `--wait=false`.
    case bool
    /// One value; the last one given wins.
    case value
    /// Repeatable; each occurrence adds one value (`--set`).
    case array
    /// Repeatable; each occurrence adds comma-separated values (`-f a.yaml,b.yaml`).
    case slice
  }

  /// Long name without dashes, e.g. `namespace`.
  let name: String
  /// One-letter form, e.g. `n`.
  let short: Character?
  let kind: Kind
  /// False for flags real helm has but the stand-in does not answer.
  let answered: Bool

  init(
    _ name: String, _ short: Character? = nil, _ kind: Kind,
    answered: Bool = true
  ) {
    self.name = name
    self.short = short
    self.kind = kind
    self.answered = answered
  }

  /// A real helm flag the stand-in refuses with a clear message instead of ignoring it.
  static func unanswered(_ name: String, _ kind: Kind = .bool) -> FlagSpec {
    FlagSpec(name, nil, kind, answered: false)
  }

  /// Flags every helm subcommand accepts.
  static let global: [FlagSpec] = [
    FlagSpec("namespace", "n", .value), FlagSpec("kube-context", nil, .value),
    FlagSpec("kubeconfig", nil, .value), FlagSpec("debug", nil, .bool),
    FlagSpec("help", "h", .bool), unanswered("kube-apiserver", .value),
    unanswered("kube-token", .value), unanswered("kube-as-user", .value),
    unanswered("kube-as-group", .array), unanswered("kube-ca-file", .value),
    unanswered("kube-insecure-skip-tls-verify"),
    unanswered("kube-tls-server-name", .value),
    unanswered("registry-config", .value), unanswered("repository-cache", .value),
    unanswered("repository-config", .value), unanswered("burst-limit", .value),
    unanswered("qps", .value),
  ]
}
