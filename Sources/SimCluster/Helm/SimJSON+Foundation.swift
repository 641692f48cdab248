import Foundation

extension SimJSON {
  /// Parses one JSON document with Foundation, numbers as float64 like Go;
  /// throws `HelmError.malformedJSON` naming `what` on bad input.
  public init(json data: Data, what: String = "JSON") throws {
    let raw: Any
    do {
      raw = try JSONSerialization.jsonObject(
        with: data, options: [.fragmentsAllowed])
    } catch {
      throw HelmError.malformedJSON(
        what: what, detail: String(describing: error))
    }
    self = SimJSON(foundation: raw)
  }

  /// Converts what `JSONSerialization` returns.
  init(foundation raw: Any) {
    switch raw {
    case let dictionary as [String: Any]:
      self = .object(dictionary.mapValues(SimJSON.init(foundation:)))
    case let array as [Any]:
      self = .array(array.map(SimJSON.init(foundation:)))
    case let string as String:
      self = .string(string)
    case let number as NSNumber:
      let isBoolean = String(cString: number.objCType) == "c"
      self = isBoolean ? .bool(number.boolValue) : .number(number.doubleValue)
    default:
      self = .null
    }
  }
}
