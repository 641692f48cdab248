import Foundation

/// Reads the fields of one JSON object for a decoder, naming the object's kind
/// and name in every error it throws.
struct JSONFields {
  let json: JSONValue
  let kind: String
  /// `metadata.name` (or another identifying name), once known.
  var name: String?

  /// Wraps an object; throws when `json` is not one.
  init(_ json: JSONValue, kind: String) throws(ModelError) {
    guard json.object != nil else { throw .notAnObject(kind: kind) }
    self.json = json
    self.kind = kind
  }

  /// Wraps a Kubernetes object and reads its required `metadata.name`, so
  /// that every later error names the object.
  static func object(_ json: JSONValue, kind: String) throws(ModelError) -> (
    fields: JSONFields, name: String
  ) {
    var fields = try JSONFields(json, kind: kind)
    let name = try fields.required("metadata.name")
    fields.name = name
    return (fields, name)
  }

  /// The object's `metadata.uid`, else its name: a stable identity for lists.
  var identity: String { string("metadata.uid") ?? name ?? "" }

  /// The value at a dotted path such as "status.phase".
  func value(_ path: String) -> JSONValue? {
    json.at(path)
  }

  func string(_ path: String) -> String? { value(path)?.string }

  func int(_ path: String) -> Int? { value(path)?.int }

  func bool(_ path: String) -> Bool? { value(path)?.bool }

  /// The array at `path`; empty when absent.
  func array(_ path: String) -> [JSONValue] { value(path)?.array ?? [] }

  /// The string array at `path`, skipping values that are not strings.
  func strings(_ path: String) -> [String] { array(path).compactMap(\.string) }

  /// A string map such as `metadata.labels`; non-string values are skipped.
  func stringMap(_ path: String) -> [String: String] {
    value(path)?.object?.compactMapValues(\.string) ?? [:]
  }

  /// A string the model cannot do without.
  func required(_ path: String) throws(ModelError) -> String {
    guard let text = string(path) else {
      throw .missingField(kind: kind, name: name, field: path)
    }
    return text
  }

  /// A time; nil when absent, null or "" (helm's unset time).
  func time(_ path: String) throws(ModelError) -> Date? {
    guard let text = string(path), !text.isEmpty else { return nil }
    guard let date = RFC3339.date(from: text) else {
      throw .badTime(kind: kind, name: name, field: path, value: text)
    }
    return date
  }

  /// The conditions array at `path`; entries without a type are skipped.
  func conditions(_ path: String) throws(ModelError) -> [Condition] {
    var conditions: [Condition] = []
    for item in array(path) {
      let fields = JSONFields(trusted: item, kind: kind, name: name)
      guard let type = fields.string("type") else { continue }
      conditions.append(
        Condition(
          type: type, status: fields.string("status") ?? "Unknown",
          reason: fields.string("reason"), message: fields.string("message"),
          lastTransitionTime: try fields.time("lastTransitionTime")))
    }
    return conditions
  }

  /// The fields of a nested value, keeping this object's kind and name.
  func nested(_ json: JSONValue) -> JSONFields {
    JSONFields(trusted: json, kind: kind, name: name)
  }

  private init(trusted json: JSONValue, kind: String, name: String?) {
    self.json = json
    self.kind = kind
    self.name = name
  }
}

extension JSONValue {
  /// The value at a dotted path of object keys, e.g. "metadata.name".
  public func at(_ path: String) -> JSONValue? {
    var current: JSONValue? = self
    for key in path.split(separator: ".") {
      current = current?[String(key)]
    }
    return current
  }
}
