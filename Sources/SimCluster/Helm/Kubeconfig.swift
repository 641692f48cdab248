import Foundation

/// The one context of a kubeconfig that a helm invocation uses.
public struct Kubeconfig: Sendable, Equatable {
  /// API server URL, e.g. `http://127.0.0.1:41234`.
  public var server: String
  /// The context's namespace; nil when the context sets none.
  public var namespace: String?
  /// Bearer token of the context's user; nil when there is none.
  public var token: String?
  /// Name of the context in use.
  public var context: String

  public init(
    server: String, namespace: String?, token: String?, context: String
  ) {
    self.server = server
    self.namespace = namespace
    self.token = token
    self.context = context
  }

  /// Where helm looks: `--kubeconfig`, else the first file of `KUBECONFIG`, else ~/.kube/config.
  public static func path(flag: String?, environment: [String: String])
    -> String
  {
    if let flag, !flag.isEmpty { return flag }
    let listed = environment["KUBECONFIG"]?.split(separator: ":").first.map(
      String.init)
    if let listed, !listed.isEmpty { return listed }
    let home = environment["HOME"] ?? NSHomeDirectory()
    return home + "/.kube/config"
  }

  /// Reads the file at `path` and picks `context` (else its `current-context`).
  public static func load(path: String, context: String?) throws -> Kubeconfig {
    guard let data = FileManager.default.contents(atPath: path),
      let text = String(data: data, encoding: .utf8)
    else { throw HelmError.kubeconfig("cannot read kubeconfig \"\(path)\"") }
    return try parse(
      YAMLReader.parse(text, source: path), context: context, path: path)
  }

  /// Picks the context out of a parsed kubeconfig document.
  static func parse(_ document: HelmValue, context: String?, path: String)
    throws -> Kubeconfig
  {
    guard let name = context ?? document["current-context"]?.string,
      !name.isEmpty
    else {
      throw HelmError.kubeconfig(
        "no current-context in \"\(path)\"; pass --kube-context")
    }
    guard let entry = named(name, in: document["contexts"])?["context"] else {
      throw HelmError.kubeconfig(
        "context \"\(name)\" does not exist in \"\(path)\"")
    }
    let clusterName = entry["cluster"]?.string ?? ""
    guard
      let server = named(clusterName, in: document["clusters"])?["cluster"]?[
        "server"]?.string
    else {
      throw HelmError.kubeconfig(
        "cluster \"\(clusterName)\" has no server in \"\(path)\"")
    }
    let user = named(entry["user"]?.string ?? "", in: document["users"])?[
      "user"]
    return Kubeconfig(
      server: server, namespace: entry["namespace"]?.string,
      token: user?["token"]?.string,
      context: name)
  }

  /// The entry of a kubeconfig list whose `name` is `name`.
  private static func named(_ name: String, in list: HelmValue?) -> HelmValue? {
    list?.array?.first { $0["name"]?.string == name }
  }
}
