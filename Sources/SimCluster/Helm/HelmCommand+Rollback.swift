import Foundation

extension HelmCommand {
  /// Flags of `helm rollback`.
  static let rollbackFlags: [FlagSpec] =
    FlagSpec.global
    + [
      FlagSpec("wait", nil, .bool), FlagSpec("timeout", nil, .value),
      FlagSpec("history-max", nil, .value),
    ]
    + [
      "cleanup-on-fail", "dry-run", "force", "no-hooks", "recreate-pods",
      "wait-for-jobs",
    ].map { FlagSpec.unanswered($0) }

  /// `helm rollback RELEASE [REVISION]`: a new revision with the target's chart and values.
  static func rollback(_ arguments: [String], context: HelmContext) throws {
    let parsed = try ParsedArguments(arguments, specs: rollbackFlags)
    guard let release = parsed.positionals.first else {
      throw HelmError.wrongArgumentCount(
        command: "rollback", expected: "at least 1 argument",
        usage: "rollback <RELEASE> [REVISION] [flags]")
    }
    let revisionText = parsed.positionals.dropFirst().first ?? "0"
    guard let revision = Int(revisionText), revision >= 0 else {
      throw HelmError.invalidRevision(revisionText)
    }
    let session = try HelmSession(parsed, context: context)
    let wait = parsed.isOn("wait") ? try timeout(parsed) : nil
    try RollbackRun(
      session: session, release: release, revision: revision, wait: wait
    ).run()
    context.output.write("Rollback was a success! Happy Helming!\n")
  }
}
