import Foundation

/// The three patch formats kubectl sends, applied to a stored object.
enum Patch {
  /// The patch format, from the request's Content-Type.
  enum Format: Sendable {
    case strategicMerge, merge, json

    init(contentType: String) throws(SimError) {
      switch contentType.split(separator: ";").first.map(String.init) ?? "" {
      case "application/strategic-merge-patch+json": self = .strategicMerge
      case "application/merge-patch+json": self = .merge
      case "application/json-patch+json": self = .json
      default:
        throw SimError.badRequest(
          "the body of the request was in an unknown format: \(contentType)")
      }
    }
  }

  /// `target` with `patch` applied in `format`.
  static func apply(_ patch: SimJSON, to target: SimJSON, format: Format) throws(SimError)
    -> SimJSON
  {
    switch format {
    case .merge: return merge(patch, into: target, strategic: false)
    case .strategicMerge: return merge(patch, into: target, strategic: true)
    case .json: return try jsonPatch(patch, to: target)
    }
  }

  /// RFC 7386 merge; `strategic` also merges lists of named objects by `name`
  /// and drops `$`-directives, as Kubernetes' strategic merge does for containers.
  static func merge(_ patch: SimJSON, into target: SimJSON, strategic: Bool) -> SimJSON {
    guard case .object(let changes) = patch else {
      if strategic, case .array(let items) = patch, case .array(let existing) = target {
        return mergeNamed(items, into: existing)
      }
      return patch
    }
    var result = target.object ?? [:]
    for (key, value) in changes where !(strategic && key.hasPrefix("$")) {
      if value == .null {
        result.removeValue(forKey: key)
      } else {
        result[key] = merge(value, into: result[key] ?? .null, strategic: strategic)
      }
    }
    return .object(result)
  }

  private static func mergeNamed(_ items: [SimJSON], into existing: [SimJSON]) -> SimJSON {
    guard items.allSatisfy({ $0["name"].string != nil }) else { return .array(items) }
    var merged = existing
    for item in items {
      if let index = merged.firstIndex(where: { $0["name"] == item["name"] }) {
        merged[index] = merge(item, into: merged[index], strategic: true)
      } else {
        merged.append(item)
      }
    }
    return .array(merged)
  }

  private static func jsonPatch(_ patch: SimJSON, to target: SimJSON) throws(SimError) -> SimJSON {
    guard let operations = patch.array else {
      throw SimError.badRequest("json patch must be a list of operations")
    }
    var result = target
    for operation in operations {
      let path = pointer(operation["path"].string ?? "")
      switch operation["op"].string {
      case "add", "replace": result = set(operation["value"], at: path[...], in: result)
      case "remove": result = set(.null, at: path[...], in: result)
      case "test":
        guard value(at: path[...], in: result) == operation["value"] else {
          throw SimError.badRequest("the json patch test failed at '\(operation["path"].text)'")
        }
      default:
        throw SimError.badRequest("unsupported json patch operation '\(operation["op"].text)'")
      }
    }
    return result
  }

  private static func pointer(_ text: String) -> [String] {
    text.split(separator: "/").map {
      $0.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
    }
  }

  private static func value(at path: ArraySlice<String>, in node: SimJSON) -> SimJSON {
    guard let head = path.first else { return node }
    if let items = node.array, let index = Int(head), items.indices.contains(index) {
      return value(at: path.dropFirst(), in: items[index])
    }
    return value(at: path.dropFirst(), in: node[head])
  }

  private static func set(_ newValue: SimJSON, at path: ArraySlice<String>, in node: SimJSON)
    -> SimJSON
  {
    guard let head = path.first else { return newValue }
    if var items = node.array {
      let index = head == "-" ? items.count : Int(head) ?? items.count
      if path.count == 1, newValue == .null, items.indices.contains(index) {
        items.remove(at: index)
      } else if items.indices.contains(index) {
        items[index] = set(newValue, at: path.dropFirst(), in: items[index])
      } else {
        items.append(set(newValue, at: path.dropFirst(), in: .null))
      }
      return .array(items)
    }
    var result = node
    result[head] = set(newValue, at: path.dropFirst(), in: node[head])
    return result
  }
}
