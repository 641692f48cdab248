extension APIRouter {
  /// The stream protocol kubectl names in `X-Stream-Protocol-Version` for port-forwarding.
  static let portForwardProtocol = "portforward.k8s.io"

  /// `pods/NAME/portforward`: upgrades a SPDY/3.1 request and serves its streams on this
  /// connection thread until kubectl leaves. Any other upgrade (kubectl tries a WebSocket
  /// first) gets a 400 Status, after which kubectl falls back to SPDY/3.1.
  func portForward(
    _ path: ResourcePath, name: String, _ request: HTTPRequest, _ exchange: HTTPExchange
  ) throws(SimError) {
    guard let pod = store.get(path.kind.storage, namespace: path.namespace ?? "", name: name)
    else { throw SimError.notFound(resource: path.kind.qualifiedName, name: name) }
    let upgrade = request.headers["upgrade"] ?? ""
    guard upgrade.lowercased() == "spdy/3.1" else {
      throw SimError.upgradeUnsupported(upgrade)
    }
    let containers = pod["spec"]["containers"].array ?? []
    let ports = Set(
      containers.flatMap { $0["ports"].array ?? [] }.compactMap { $0["containerPort"].int })
    let relay = relayPort()
    let session = try PortForwardSession(fd: exchange.fd, pod: name) {
      ports.contains($0) ? relay : nil
    }
    let upgraded = exchange.switchProtocols(headers: [
      "Connection": "Upgrade", "Upgrade": "SPDY/3.1",
      "X-Stream-Protocol-Version": Self.portForwardProtocol,
    ])
    if upgraded { session.run() }
  }
}
