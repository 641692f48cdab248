extension ValuesSchema {
  /// JSON Schema's name for the type of `value`.
  static func typeName(_ value: HelmValue) -> String {
    switch value {
    case .null: "null"
    case .bool: "boolean"
    case .number: value.int == nil ? "number" : "integer"
    case .string: "string"
    case .array: "array"
    case .object: "object"
    }
  }

  /// The type error, when `type` (a name or a list) does not admit `value`.
  func typeMismatch(_ value: HelmValue, _ type: HelmValue?) -> String? {
    guard let type else { return nil }
    let allowed = type.array?.compactMap(\.string) ?? [type.string ?? ""]
    let actual = ValuesSchema.typeName(value)
    let admitted =
      allowed.contains(actual)
      || (actual == "integer" && allowed.contains("number"))
    if admitted { return nil }
    let expected = allowed.joined(separator: "/")
    return "Invalid type. Expected: \(expected), given: \(actual)"
  }

  /// `enum` and `const`.
  func choiceViolations(
    _ value: HelmValue, _ schema: HelmValue, path: [String]
  ) -> [String] {
    var messages: [String] = []
    if let choices = schema["enum"]?.array, !choices.contains(value) {
      let listed = choices.map(\.jsonText).joined(separator: ", ")
      let field = ValuesSchema.field(path)
      messages.append("\(field) must be one of the following: \(listed)")
    }
    if let constant = schema["const"], constant != value {
      let field = ValuesSchema.field(path)
      messages.append("\(field) does not match: \(constant.jsonText)")
    }
    return messages
  }

  /// String lengths and patterns, number bounds.
  func scalarViolations(_ value: HelmValue, _ schema: HelmValue) -> [String] {
    var messages: [String] = []
    if case .string(let text) = value {
      if let least = schema["minLength"]?.int, text.count < least {
        messages.append("String length must be greater than or equal to \(least)")
      }
      if let most = schema["maxLength"]?.int, text.count > most {
        messages.append("String length must be less than or equal to \(most)")
      }
      if let pattern = schema["pattern"]?.string,
        !ValuesSchema.matches(text, pattern)
      {
        messages.append("Does not match pattern '\(pattern)'")
      }
    }
    if case .number(let number) = value {
      if let least = schema["minimum"], let bound = least.double, number < bound {
        messages.append("Must be greater than or equal to \(least.jsonText)")
      }
      if let most = schema["maximum"], let bound = most.double, number > bound {
        messages.append("Must be less than or equal to \(most.jsonText)")
      }
    }
    return messages
  }

  /// `required`, `properties`, `additionalProperties` and `propertyNames`.
  func checkObject(
    _ value: HelmValue, _ schema: HelmValue, path: [String],
    into found: inout [String]
  ) {
    guard case .object(let members) = value else { return }
    let here = ValuesSchema.field(path)
    for name in schema["required"]?.array?.compactMap(\.string) ?? []
    where members[name] == nil {
      found.append("- \(here): \(name) is required")
    }
    let properties = schema["properties"]?.object ?? [:]
    for (name, member) in members.sorted(by: { $0.key < $1.key }) {
      if let names = schema["propertyNames"] {
        var nameErrors: [String] = []
        check(.string(name), against: names, path: path, into: &nameErrors)
        if !nameErrors.isEmpty {
          found.append("- \(here): Property name \"\(name)\" is not allowed")
        }
      }
      if let propertySchema = properties[name] {
        check(member, against: propertySchema, path: path + [name], into: &found)
      } else if schema["additionalProperties"] == .bool(false) {
        found.append("- \(here): Additional property \(name) is not allowed")
      } else if let extra = schema["additionalProperties"], extra.object != nil {
        check(member, against: extra, path: path + [name], into: &found)
      }
    }
  }

  /// `allOf`, `anyOf` and `oneOf`.
  func checkCombinations(
    _ value: HelmValue, _ schema: HelmValue, path: [String],
    into found: inout [String]
  ) {
    let here = ValuesSchema.field(path)
    if let all = schema["allOf"]?.array {
      var inner: [String] = []
      for part in all { check(value, against: part, path: path, into: &inner) }
      if !inner.isEmpty {
        found += inner + ["- \(here): Must validate all the schemas (allOf)"]
      }
    }
    let passing = { (parts: [HelmValue]) in
      parts.filter { part in
        var inner: [String] = []
        check(value, against: part, path: path, into: &inner)
        return inner.isEmpty
      }.count
    }
    if let any = schema["anyOf"]?.array, passing(any) == 0 {
      found.append("- \(here): Must validate at least one schema (anyOf)")
    }
    if let one = schema["oneOf"]?.array, passing(one) != 1 {
      found.append("- \(here): Must validate one and only one schema (oneOf)")
    }
  }

  /// Whether `pattern` (ECMA 262 as JSON Schema uses) matches anywhere in
  /// `text`; a pattern Swift cannot compile never matches.
  static func matches(_ text: String, _ pattern: String) -> Bool {
    guard let regex = try? Regex(pattern) else { return false }
    return text.contains(regex)
  }
}
