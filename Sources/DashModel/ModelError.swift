import Foundation

/// Why a reply of kubectl, helm or the relay could not be read into the model.
public indirect enum ModelError: Error, Equatable, Sendable,
  CustomStringConvertible
{
  /// The reply is not JSON at all.
  case malformedJSON(kind: String, detail: String)
  /// A JSON value that should be an object is something else.
  case notAnObject(kind: String)
  /// A JSON value that should be an array (a list, helm history) is not.
  case notAList(kind: String)
  /// A field the model cannot do without is missing or of the wrong type.
  case missingField(kind: String, name: String?, field: String)
  /// A time field that is neither empty nor RFC 3339.
  case badTime(kind: String, name: String?, field: String, value: String)
  /// None of the helm release Secrets carries a numeric `version` label.
  case noReleaseSecrets(release: String?)
  /// One item of a list that was skipped, by its position (from 0).
  case skippedItem(index: Int, error: ModelError)

  public var description: String {
    switch self {
    case .malformedJSON(let kind, let detail):
      "cannot read \(kind): the reply is not JSON (\(detail))"
    case .notAnObject(let kind):
      "cannot read \(kind): expected a JSON object"
    case .notAList(let kind):
      "cannot read \(kind): expected a JSON array"
    case .missingField(let kind, let name, let field):
      "cannot read \(Self.subject(kind, name)): field '\(field)' is missing or not the right type"
    case .badTime(let kind, let name, let field, let value):
      "cannot read \(Self.subject(kind, name)): '\(field)' is not an RFC 3339 time: '\(value)'"
    case .noReleaseSecrets(let release?):
      "no helm release Secret of '\(release)' has a version label;"
        + " check the release name and namespace with 'helm list'"
    case .noReleaseSecrets(nil):
      "no helm release Secret has a version label;"
        + " check the release name and namespace with 'helm list'"
    case .skippedItem(let index, let error):
      "skipped item \(index): \(error)"
    }
  }

  /// "Pod 'web-1'", or just "Pod" when the name is not known.
  private static func subject(_ kind: String, _ name: String?) -> String {
    name.map { "\(kind) '\($0)'" } ?? kind
  }
}
