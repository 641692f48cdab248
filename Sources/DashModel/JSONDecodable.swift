import Foundation

/// A model value read from one JSON object of kubectl or helm output.
public protocol JSONDecodable: Sendable {
  /// The kind named in errors, e.g. "Pod" or "helm history entry".
  static var kindName: String { get }

  /// Reads one object; throws when a field the model needs is missing.
  init(json: JSONValue) throws(ModelError)
}

extension JSONDecodable {
  /// Reads every item, skipping those that fail; each skipped item is
  /// reported by its position so one bad object never hides the rest.
  public static func decodeList(_ items: [JSONValue]) -> (
    values: [Self], errors: [ModelError]
  ) {
    var values: [Self] = []
    var errors: [ModelError] = []
    for (index, item) in items.enumerated() {
      do {
        values.append(try Self(json: item))
      } catch {
        errors.append(.skippedItem(index: index, error: error))
      }
    }
    return (values, errors)
  }

  /// Reads the `items` of a kubectl list document (`kubectl get KIND -o json`).
  public static func decodeList(document: JSONValue) throws(ModelError) -> (
    values: [Self], errors: [ModelError]
  ) {
    guard let items = document["items"]?.array else {
      throw .notAList(kind: kindName + " list")
    }
    return decodeList(items)
  }

  /// Parses bytes and reads one object.
  public static func decode(_ data: Data) throws(ModelError) -> Self {
    try Self(json: JSONValue.parse(data, kind: kindName))
  }
}

extension JSONValue {
  /// Parses bytes, naming `kind` in the error when they are not JSON.
  public static func parse(_ data: Data, kind: String) throws(ModelError)
    -> JSONValue
  {
    do {
      return try JSONValue(data: data)
    } catch let error as JSONValueError {
      switch error {
      case .malformed(let detail):
        throw .malformedJSON(kind: kind, detail: detail)
      }
    } catch {
      throw .malformedJSON(kind: kind, detail: String(describing: error))
    }
  }
}
