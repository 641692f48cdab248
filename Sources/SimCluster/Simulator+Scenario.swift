import Foundation

extension Simulator {
  /// Switches the running namespace into `scenario`.
  public func setScenario(_ scenario: Scenario) {
    switches.change { $0.scenario = scenario }
    applyDeployment(scenario)
    applyCertificate(scenario)
    applyAPI(scenario)
  }

  private func applyDeployment(_ scenario: Scenario) {
    let namespace = SeedObjects.namespace
    _ = try? store.update(.deployments, namespace: namespace, name: SeedObjects.release) {
      deployment in
      let before = deployment
      let image =
        deployment["spec"]["template"]["spec"]["containers"].array?.first?["image"]
        .string ?? ""
      var tag = String(image.split(separator: ":").last ?? "main")
      var replicas = 1
      switch scenario {
      case .rollingUpdate:
        tag = "sha-" + Names.hex(7)
        replicas = 3
      case .imagePullBackoff: tag = "sha-deadbee"
      case .manyPods: replicas = 2000
      default: break
      }
      if !PodLife.pullable("\(SeedObjects.repository):\(tag)"), scenario != .imagePullBackoff {
        tag = "main"
      }
      deployment["spec"]["replicas"] = .int(replicas)
      var containers = deployment["spec"]["template"]["spec"]["containers"].array ?? []
      if !containers.isEmpty {
        containers[0]["image"] = .string("\(SeedObjects.repository):\(tag)")
      }
      deployment["spec"]["template"]["spec"]["containers"] = .array(containers)
      APIRouter.bumpGeneration(&deployment, from: before)
    }
  }

  private func applyCertificate(_ scenario: Scenario) {
    let state: SeedObjects.CertificateState =
      switch scenario {
      case .certFailing: .failing
      case .certExpiring: .expiring
      default: .ready
      }
    let fresh = SeedObjects.certificate(now: now(), state: state)
    let current = store.get(
      "certificates", namespace: SeedObjects.namespace, name: SeedObjects.certificate)
    let currentState: SeedObjects.CertificateState? =
      current.map { certificate in
        let conditions = certificate["status"]["conditions"].array ?? []
        if conditions.contains(where: { $0["reason"].string == "Failed" }) { return .failing }
        let notAfter = SimTime.parse(certificate["status"]["notAfter"].string ?? "")
        return (notAfter?.timeIntervalSince(now()) ?? 0) < 7 * 86400 ? .expiring : .ready
      }
    guard currentState != state else { return }
    _ = try? store.update(
      .certificates, namespace: SeedObjects.namespace, name: SeedObjects.certificate
    ) { $0["status"] = fresh["status"] }
  }

  private func applyAPI(_ scenario: Scenario) {
    let port = runtime.withLock { $0.ticking ? $0.apiPort : nil }
    guard let port else { return }
    if scenario == .apiDown {
      store.endAllWatches()
      apiServer.stop()
    } else if !apiServer.isListening {
      _ = try? apiServer.start(port: port)
    }
  }
}
