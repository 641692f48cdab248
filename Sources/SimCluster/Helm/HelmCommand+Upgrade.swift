import Foundation

extension HelmCommand {
  /// Flags of `helm upgrade`; real helm flags the stand-in does not answer
  /// are refused.
  static let upgradeFlags: [FlagSpec] =
    FlagSpec.global + [
      FlagSpec("install", "i", .bool), FlagSpec("create-namespace", nil, .bool),
      FlagSpec("values", "f", .slice), FlagSpec("set", nil, .array),
      FlagSpec("reuse-values", nil, .bool), FlagSpec("reset-values", nil, .bool),
      FlagSpec("reset-then-reuse-values", nil, .bool),
      FlagSpec("wait", nil, .bool), FlagSpec("timeout", nil, .value),
      FlagSpec("description", nil, .value), FlagSpec("output", "o", .value),
      FlagSpec("history-max", nil, .value),
    ] + unansweredUpgradeFlags

  /// Real `helm upgrade` flags that the stand-in refuses by name.
  static let unansweredUpgradeFlags: [FlagSpec] =
    [
      "atomic", "cleanup-on-fail", "dependency-update", "devel",
      "disable-openapi-validation", "dry-run", "enable-dns", "force",
      "hide-notes", "insecure-skip-tls-verify", "no-hooks", "pass-credentials",
      "plain-http", "render-subchart-notes", "rollback-on-failure", "skip-crds",
      "skip-schema-validation", "take-ownership", "verify", "wait-for-jobs",
    ].map { FlagSpec.unanswered($0) }
    + [
      "ca-file", "cert-file", "key-file", "keyring", "labels",
      "password", "post-renderer", "repo", "username", "version",
    ].map { FlagSpec.unanswered($0, .value) }
    + [
      "post-renderer-args", "set-file", "set-json", "set-literal", "set-string",
    ].map { FlagSpec.unanswered($0, .array) }

  /// `helm upgrade [--install] RELEASE CHART`: writes a new revision and rolls the Deployment.
  static func upgrade(_ arguments: [String], context: HelmContext) throws {
    let parsed = try ParsedArguments(arguments, specs: upgradeFlags)
    guard parsed.positionals.count == 2 else {
      throw HelmError.wrongArgumentCount(
        command: "upgrade", expected: "2 arguments",
        usage: "upgrade [RELEASE] [CHART] [flags]")
    }
    let request = try UpgradeRequest(parsed)
    let session = try HelmSession(parsed, context: context)
    let result = try UpgradeRun(session: session, request: request).run()
    try HelmPrinter(context: context).printRelease(
      result.record, format: request.format, header: result.header)
  }

  /// `--timeout` in seconds; helm's default is 5m0s.
  static func timeout(_ parsed: ParsedArguments) throws -> TimeInterval {
    try parsed.value("timeout").map(GoDuration.seconds) ?? 300
  }
}
