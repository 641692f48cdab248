import Foundation

/// A parsed `fieldSelector`: `path=value` and `path!=value` on dotted paths.
struct FieldSelector: Sendable {
  /// One requirement: the dotted path, the value and whether it must equal.
  struct Requirement: Sendable {
    let path: String
    let value: String
    let equal: Bool
  }

  let requirements: [Requirement]

  /// Parses the query text; throws `SimError.badRequest` naming the bad part.
  init(_ text: String) throws(SimError) {
    var requirements: [Requirement] = []
    for part in text.split(separator: ",") {
      let equal = !part.contains("!=")
      let pieces = part.components(separatedBy: equal ? "=" : "!=").filter { !$0.isEmpty }
      guard pieces.count == 2 || (pieces.count == 1 && part.hasSuffix("=")) else {
        throw SimError.badRequest("invalid selector: '\(part)'; can't understand '\(part)'")
      }
      requirements.append(
        Requirement(path: pieces[0], value: pieces.count == 2 ? pieces[1] : "", equal: equal))
    }
    self.requirements = requirements
  }

  /// Whether `object` satisfies every requirement.
  func matches(_ object: SimJSON) -> Bool {
    requirements.allSatisfy { requirement in
      let found = Self.text(object.value(atPath: requirement.path))
      return (found == requirement.value) == requirement.equal
    }
  }

  private static func text(_ value: SimJSON) -> String {
    switch value {
    case .string(let text): text
    case .int(let number): String(number)
    case .bool(let flag): String(flag)
    default: ""
    }
  }
}
