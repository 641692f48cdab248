import Foundation

/// Helm v3's storage format for releases: payload codec and the release Secret object.
public enum ReleaseCodec {
  /// The Secret type helm gives release Secrets.
  public static let secretType = "helm.sh/release.v1"

  /// Helm's payload: base64 of gzip of the release JSON (`encodeRelease` in helm).
  public static func encode(_ record: ReleaseRecord) throws -> String {
    let json = record.helmJSON().jsonText(order: .release)
    return try Gzip.compress(Data(json.utf8)).base64EncodedString()
  }

  /// Reads helm's payload; accepts plain JSON after base64 too, as helm does.
  public static func decode(_ payload: String) throws -> ReleaseRecord {
    guard
      let bytes = Data(
        base64Encoded: payload.trimmingCharacters(in: .whitespacesAndNewlines))
    else { throw HelmError.malformedPayload("not base64") }
    let json = Gzip.isGzip(bytes) ? try Gzip.decompress(bytes) : bytes
    return try ReleaseRecord(
      helmJSON: HelmValue(json: json, what: "release JSON"))
  }

  /// Helm's labels of a release Secret; `modifiedAt` only after an update, as helm does.
  public static func labels(
    for record: ReleaseRecord, createdAt: Date, modifiedAt: Date? = nil
  ) -> [String: String] {
    var labels = [
      "owner": "helm",
      "name": record.name,
      "status": record.status.rawValue,
      "version": String(record.revision),
      "createdAt": String(Int(createdAt.timeIntervalSince1970)),
    ]
    if let modifiedAt {
      labels["modifiedAt"] = String(Int(modifiedAt.timeIntervalSince1970))
    }
    return labels
  }

  /// The release Secret as a Kubernetes object (`data.release` is base64 of the payload).
  public static func secretObject(
    for record: ReleaseRecord, createdAt: Date, modifiedAt: Date? = nil
  ) throws -> HelmValue {
    let payload = try encode(record)
    let labels = labels(
      for: record, createdAt: createdAt, modifiedAt: modifiedAt)
    return .object([
      "apiVersion": .string("v1"),
      "kind": .string("Secret"),
      "metadata": .object([
        "name": .string(record.secretName),
        "namespace": .string(record.namespace),
        "labels": .object(labels.mapValues(HelmValue.string)),
      ]),
      "type": .string(secretType),
      "data": .object([
        "release": .string(Data(payload.utf8).base64EncodedString())
      ]),
    ])
  }

  /// The release Secret as JSON bytes, ready to store or to POST to the API.
  public static func secretJSON(
    for record: ReleaseRecord, createdAt: Date, modifiedAt: Date? = nil
  ) throws -> Data {
    try secretObject(for: record, createdAt: createdAt, modifiedAt: modifiedAt)
      .jsonData
  }

  /// Reads the release from a Secret object as the API returns it.
  public static func decode(secret: HelmValue) throws -> ReleaseRecord {
    let name = secret["metadata"]?["name"]?.string ?? "?"
    guard let outer = secret["data"]?["release"]?.string,
      let inner = Data(base64Encoded: outer),
      let payload = String(data: inner, encoding: .utf8)
    else {
      throw HelmError.malformedPayload(
        "Secret \"\(name)\" has no base64 data.release")
    }
    return try decode(payload)
  }

  /// Reads the release from Secret JSON bytes.
  public static func decode(secretJSON data: Data) throws -> ReleaseRecord {
    try decode(secret: HelmValue(json: data, what: "Secret JSON"))
  }
}
