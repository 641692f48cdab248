/// A chart's `values.schema.json`, checked the way helm 3 checks values
/// (gojsonschema wording), for the keywords charts here use.
///
/// Knows `$ref` (local), `type`, `enum`, `const`, `properties`, `required`,
/// `additionalProperties`, `propertyNames`, `items`, `minLength`, `maxLength`,
/// `pattern`, `minimum`, `maximum`, `allOf`, `anyOf` and `oneOf`; other
/// keywords are ignored.
public struct ValuesSchema: Sendable {
  /// The whole schema document, for resolving `#/...` references.
  let root: HelmValue

  public init(_ root: HelmValue) {
    self.root = root
  }

  /// One line per violation, `- path: message`, as helm lists them.
  public func violations(of values: HelmValue) -> [String] {
    var found: [String] = []
    check(values, against: root, path: [], into: &found)
    return found
  }

  /// Adds the violations of `value` against `schema` at `path` to `found`.
  func check(
    _ value: HelmValue, against schema: HelmValue, path: [String],
    into found: inout [String]
  ) {
    let prefix = "- \(ValuesSchema.field(path)): "
    if let reference = schema["$ref"]?.string {
      guard let target = resolve(reference) else {
        return found.append(prefix + "Could not resolve reference \(reference)")
      }
      check(value, against: target, path: path, into: &found)
    }
    if let message = typeMismatch(value, schema["type"]) {
      return found.append(prefix + message)
    }
    let messages =
      choiceViolations(value, schema, path: path)
      + scalarViolations(value, schema)
    found += messages.map { prefix + $0 }
    checkObject(value, schema, path: path, into: &found)
    if case .array(let items) = value, let itemSchema = schema["items"] {
      for (index, item) in items.enumerated() {
        check(item, against: itemSchema, path: path + [String(index)], into: &found)
      }
    }
    checkCombinations(value, schema, path: path, into: &found)
  }

  /// The schema a local reference such as `#/definitions/port` points at.
  func resolve(_ reference: String) -> HelmValue? {
    guard reference.hasPrefix("#") else { return nil }
    var node: HelmValue? = root
    for step in reference.dropFirst().split(separator: "/") {
      node = node?[String(step)]
    }
    return node
  }

  /// The path as gojsonschema names a field: `(root)` or `image.tag`.
  static func field(_ path: [String]) -> String {
    path.isEmpty ? "(root)" : path.joined(separator: ".")
  }
}
