import Foundation

/// Recorded replies of kubectl, helm and the relay, stored under `Fixtures/`.
public enum Fixtures {
  /// The bytes of a fixture file, by its path under `Fixtures/`.
  public static func data(_ path: String) throws -> Data {
    guard let url = Bundle.module.url(forResource: "Fixtures/" + path, withExtension: nil) else {
      throw FixtureError.missing(path)
    }
    return try Data(contentsOf: url)
  }
}

/// A fixture that the test asked for does not exist.
public enum FixtureError: Error, CustomStringConvertible {
  case missing(String)

  public var description: String {
    switch self {
    case .missing(let path): "no fixture at 'Fixtures/\(path)'"
    }
  }
}
