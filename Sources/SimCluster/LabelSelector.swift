/// A parsed `labelSelector`: =, ==, !=, in, notin, exists and !exists.
struct LabelSelector: Sendable {
  /// One requirement on one label.
  enum Requirement: Sendable {
    case equals(String, String)
    case notEquals(String, String)
    case within(String, Set<String>)
    case notWithin(String, Set<String>)
    case exists(String)
    case absent(String)
  }

  let requirements: [Requirement]

  /// Parses the query text; throws `SimError.badRequest` naming the bad part.
  init(_ text: String) throws(SimError) {
    var requirements: [Requirement] = []
    for part in Self.splitTopLevel(text) where !part.isEmpty {
      requirements.append(try Self.requirement(part))
    }
    self.requirements = requirements
  }

  /// Whether `labels` satisfy every requirement.
  func matches(_ labels: [String: String]) -> Bool {
    requirements.allSatisfy { requirement in
      switch requirement {
      case .equals(let key, let value): labels[key] == value
      case .notEquals(let key, let value): labels[key] != value
      case .within(let key, let values): labels[key].map(values.contains) ?? false
      case .notWithin(let key, let values): !(labels[key].map(values.contains) ?? false)
      case .exists(let key): labels[key] != nil
      case .absent(let key): labels[key] == nil
      }
    }
  }

  private static func splitTopLevel(_ text: String) -> [String] {
    var parts: [String] = []
    var current = ""
    var depth = 0
    for character in text {
      if character == "(" { depth += 1 }
      if character == ")" { depth -= 1 }
      if character == ",", depth == 0 {
        parts.append(current)
        current = ""
      } else {
        current.append(character)
      }
    }
    parts.append(current)
    return parts.map { Substring($0).trimmingSpaces }
  }

  private static func requirement(_ part: String) throws(SimError) -> Requirement {
    if let range = part.range(of: "!=") {
      return .notEquals(clean(part[..<range.lowerBound]), clean(part[range.upperBound...]))
    }
    if let range = part.range(of: "==") ?? part.range(of: "=") {
      return .equals(clean(part[..<range.lowerBound]), clean(part[range.upperBound...]))
    }
    let words = part.split(separator: " ", maxSplits: 2)
    if words.count == 3, let open = part.firstIndex(of: "("), let close = part.lastIndex(of: ")") {
      let values = Set(part[part.index(after: open)..<close].split(separator: ",").map(clean))
      switch words[1] {
      case "in": return .within(String(words[0]), values)
      case "notin": return .notWithin(String(words[0]), values)
      default: break
      }
    }
    if words.count == 1 {
      return part.hasPrefix("!") ? .absent(String(part.dropFirst())) : .exists(part)
    }
    throw SimError.badRequest("unable to parse requirement: found '\(part)'")
  }

  private static func clean(_ text: Substring) -> String { text.trimmingSpaces }
}
