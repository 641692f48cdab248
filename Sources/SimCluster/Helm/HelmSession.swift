import Foundation

/// What one subcommand works with: the cluster, the namespace and its release storage.
struct HelmSession {
  let context: HelmContext
  let namespace: String
  let client: KubeClient
  let store: ReleaseStore
  let roller: DeploymentRoller

  /// Resolves kubeconfig (`--kubeconfig`, `KUBECONFIG`, ~/.kube/config), context
  /// (`--kube-context`, `HELM_KUBECONTEXT`) and namespace (`-n`, `HELM_NAMESPACE`, context).
  init(_ arguments: ParsedArguments, context: HelmContext) throws {
    let environment = context.environment
    let path = Kubeconfig.path(
      flag: arguments.value("kubeconfig"), environment: environment)
    let contextName =
      arguments.value("kube-context") ?? environment["HELM_KUBECONTEXT"]
    let config = try Kubeconfig.load(
      path: path, context: HelmSession.nonEmpty(contextName))
    let fromEnvironment = HelmSession.nonEmpty(environment["HELM_NAMESPACE"])
    let namespace =
      arguments.value("namespace") ?? fromEnvironment ?? config.namespace
      ?? "default"
    self.context = context
    self.namespace = namespace
    client = KubeClient(config: config)
    store = ReleaseStore(
      client: client, namespace: namespace,
      maxHistory: try HelmSession.maxHistory(arguments))
    roller = DeploymentRoller(
      client: client, namespace: namespace, context: context)
  }

  /// `--history-max`, helm's default 10 when absent.
  static func maxHistory(_ arguments: ParsedArguments) throws -> Int {
    guard let text = arguments.value("history-max") else { return 10 }
    guard let value = Int(text) else {
      throw HelmError.invalidFlagValue(
        flag: "--history-max", value: text,
        reason: "strconv.ParseInt: parsing \"\(text)\": invalid syntax")
    }
    return value
  }

  /// `text` unless it is nil or empty.
  static func nonEmpty(_ text: String?) -> String? {
    text.flatMap { $0.isEmpty ? nil : $0 }
  }

  /// Every revision of `release`; throws helm's `release: not found` when there are none.
  func requireHistory(_ release: String) throws -> [ReleaseStore.Stored] {
    let history = try store.history(release)
    guard !history.isEmpty else { throw HelmError.releaseNotFound }
    return history
  }

  /// Marks every other deployed revision superseded, as helm does after a success.
  func supersede(_ history: [ReleaseStore.Stored], except revision: Int) throws {
    for stored in history
    where stored.record.status == .deployed
      && stored.record.revision != revision
    {
      var record = stored.record
      record.status = .superseded
      _ = try store.update(stored, to: record, at: context.now())
    }
  }

  /// Creates the namespace when it is missing and `create` is set; else requires it.
  func ensureNamespace(create: Bool) throws {
    let path = "/api/v1/namespaces/" + namespace
    let response = try client.send("GET", path)
    if (200..<300).contains(response.status) { return }
    guard response.status == 404 else { throw KubeClient.statusError(response) }
    guard create else { throw HelmError.namespaceNotFound(namespace) }
    let body = HelmValue.object([
      "apiVersion": .string("v1"), "kind": .string("Namespace"),
      "metadata": .object(["name": .string(namespace)]),
    ])
    let created = try client.send("POST", "/api/v1/namespaces", body: body)
    guard (200..<300).contains(created.status) || created.status == 409 else {
      throw KubeClient.statusError(created)
    }
  }
}
