/// What the dashboard watches: where, which release, and whether it may act.
public struct Target: Sendable, Equatable {
  /// The kube context name; nil means kubectl's current context.
  public var context: String?
  public var namespace: String
  /// The Helm release name.
  public var release: String
  /// The public health URL probed for the relay's status.
  public var healthURL: String
  /// True when `--read-only` forbids every action that changes the cluster.
  public var readOnly: Bool

  public init(
    context: String? = nil, namespace: String = "tokenplace",
    release: String = "tokenplace-relay",
    healthURL: String = "https://staging.token.place/healthz", readOnly: Bool = false
  ) {
    self.context = context
    self.namespace = namespace
    self.release = release
    self.healthURL = healthURL
    self.readOnly = readOnly
  }
}
