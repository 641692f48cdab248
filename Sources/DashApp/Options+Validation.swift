import Foundation
import SimCluster

extension Options {
  /// An RFC 1123 label: what namespaces and release names must be.
  static func dnsLabel(_ value: String, _ option: String) throws(OptionsError) -> String {
    let allowed = value.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }
    guard allowed, !value.isEmpty, value.count <= 63, value.first != "-", value.last != "-"
    else {
      throw .invalidValue(
        option: option, value: value,
        expected: "lowercase letters, digits and '-', at most 63 characters")
    }
    return value
  }

  /// A scenario of the simulated cluster.
  static func scenario(_ value: String, _ option: String) throws(OptionsError) -> String {
    guard Scenario(rawValue: value) != nil else {
      let names = Scenario.allCases.map(\.rawValue).joined(separator: ", ")
      throw .invalidValue(option: option, value: value, expected: "one of \(names)")
    }
    return value
  }

  /// An http or https URL with a host.
  static func httpURL(_ value: String, _ option: String) throws(OptionsError) -> String {
    guard let url = URL(string: value), let scheme = url.scheme?.lowercased(),
      scheme == "http" || scheme == "https", url.host?.isEmpty == false
    else {
      throw .invalidValue(option: option, value: value, expected: "an http:// or https:// URL")
    }
    return value
  }

  /// A TCP port number from 1 to 65535.
  static func port(_ value: String, _ option: String) throws(OptionsError) -> Int {
    guard let port = Int(value), (1...65535).contains(port) else {
      throw .invalidValue(option: option, value: value, expected: "a port from 1 to 65535")
    }
    return port
  }

  /// The relay's image tags: `main`, or `sha-` and 7 to 40 lowercase hex digits.
  static func imageTag(_ value: String, _ option: String) throws(OptionsError) -> String {
    guard ImageTag.isDeployable(value) else {
      throw .invalidValue(option: option, value: value, expected: ImageTag.grammar)
    }
    return value
  }
}

/// The image tags operators deploy to staging; the same grammar as the
/// chart's `values.schema.json` and the `just` recipes.
public enum ImageTag {
  /// The grammar as a regular expression, as the chart's schema writes it.
  public static let pattern =
    #"^(main|sha-[0-9a-f]{7,40}|v?[0-9]+\.[0-9]+\.[0-9]+([-.][0-9A-Za-z.]+)?)$"#

  /// How the accepted tags are described in messages.
  public static let grammar =
    "'main', 'sha-' followed by 7 to 40 lowercase hex digits, or a version such as v1.2.3"

  /// Whether a tag is `main`, an immutable `sha-<hex>` build or a release version.
  public static func isDeployable(_ tag: String) -> Bool {
    guard let regex = try? Regex(pattern) else { return false }
    return tag.wholeMatch(of: regex) != nil
  }
}
