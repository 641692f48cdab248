import Foundation
import Synchronization

/// A simulated k3s namespace running the token.place relay: a Kubernetes API
/// server for the real kubectl, its controllers, and the relay's health endpoint.
///
/// All state sits behind locks; `stop()` closes every socket and thread it started.
public final class Simulator: Sendable {
  /// What the running simulator owns besides the servers.
  struct Runtime {
    var apiPort: UInt16 = 0
    var relayPort: UInt16 = 0
    var ticking = false
    var tickThreadAlive = false
  }

  let store: ClusterStore
  let switches: SimSwitches
  let timing: SimTiming
  let controller: DeploymentController
  let now: @Sendable () -> Date
  let runtime = Mutex(Runtime())
  let apiServer: HTTPServer
  let relayServer: HTTPServer

  /// A seeded simulator in `scenario`; nothing listens until `start`.
  public init(
    scenario: Scenario = .healthy, timing: SimTiming = .standard,
    certManagerInstalled: Bool = true, now: @escaping @Sendable () -> Date = { Date() }
  ) {
    let store = ClusterStore(now: now)
    let switches = SimSwitches(scenario: .healthy, logLinesPerSecond: timing.logLinesPerSecond)
    switches.change { $0.certManagerInstalled = certManagerInstalled }
    self.store = store
    self.switches = switches
    self.timing = timing
    self.now = now
    controller = DeploymentController(store: store, switches: switches, timing: timing, now: now)
    let relay = RelayHealth(switches: switches, store: store, now: now)
    let apiBox = ServerBox()
    let router = APIRouter(
      store: store, switches: switches, timing: timing, logs: LogWriter(), now: now,
      onScenario: { apiBox.simulator?.setScenario($0) },
      relayPort: { apiBox.simulator?.endpoints.relayPort ?? 0 })
    apiServer = HTTPServer(handler: router.handle)
    relayServer = HTTPServer { request, exchange in
      if request.path == APIRouter.scenarioPath {
        router.handleScenario(request, exchange)
      } else {
        let reply = relay.reply(path: request.path)
        exchange.respond(
          status: reply.status, contentType: reply.contentType, body: reply.body,
          headers: reply.headers)
      }
    }
    apiBox.simulator = self
    seed()
    if scenario != .healthy { setScenario(scenario) }
  }

  /// Starts the API server, the relay server and the controllers.
  public func start(apiPort: UInt16 = 0, relayPort: UInt16 = 0) throws -> SimEndpoints {
    let relay = try relayServer.start(port: relayPort)
    let api: UInt16
    do {
      api = try apiServer.start(port: apiPort)
    } catch {
      relayServer.stop()
      throw error
    }
    runtime.withLock {
      $0.apiPort = api
      $0.relayPort = relay
      $0.ticking = true
      $0.tickThreadAlive = true
    }
    let thread = Thread { [self] in tickLoop() }
    thread.start()
    if switches.current.scenario == .apiDown { apiServer.stop() }
    return SimEndpoints(apiPort: api, relayPort: relay)
  }

  /// The ports in use, once started.
  public var endpoints: SimEndpoints {
    runtime.withLock { SimEndpoints(apiPort: $0.apiPort, relayPort: $0.relayPort) }
  }

  /// Writes a kubeconfig whose context `sim` points at the API server.
  public func writeKubeconfig(to path: String) throws {
    let ports = endpoints
    let text = SimKubeconfig.text(apiPort: ports.apiPort, relayPort: ports.relayPort)
    try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
  }

  /// Closes every server, connection, watch and thread.
  public func stop() {
    runtime.withLock { $0.ticking = false }
    store.endAllWatches()
    apiServer.stop()
    relayServer.stop()
    let deadline = Date().addingTimeInterval(3)
    while runtime.withLock({ $0.tickThreadAlive }), Date() < deadline { usleep(5_000) }
  }

  /// The current scenario.
  public var scenario: Scenario { switches.current.scenario }

  /// Log lines each pod writes per second (the firehose is a few thousand).
  public func setLogRate(linesPerSecond: Double) {
    switches.change { $0.logLinesPerSecond = max(0.1, linesPerSecond) }
  }

  /// Installs or removes cert-manager's API group.
  public func setCertManagerInstalled(_ installed: Bool) {
    switches.change { $0.certManagerInstalled = installed }
  }

  /// Forbids (or allows again) every verb on a resource, by plural name such
  /// as "events", as an RBAC role without that rule would.
  public func setForbidden(_ resource: String, _ forbidden: Bool = true) {
    switches.change { state in
      if forbidden {
        state.forbiddenResources.insert(resource)
      } else {
        state.forbiddenResources.remove(resource)
      }
    }
  }

  /// Open watches and client connections, for measurements.
  public var diagnostics: (watches: Int, connections: Int) {
    (store.watchCount, apiServer.connectionCount)
  }

  /// The number of open file descriptors of this process.
  public static func openDescriptorCount() -> Int { Syscalls.openDescriptorCount() }

  private func tickLoop() {
    while runtime.withLock({ $0.ticking }) {
      controller.tick()
      usleep(UInt32(timing.tick * 1_000_000))
    }
    runtime.withLock { $0.tickThreadAlive = false }
  }

  private func seed() {
    let seeds = SeedObjects(now: now(), progressDeadline: timing.progressDeadline)
    for (kind, object) in seeds.all { _ = try? store.create(kind, object) }
    if let release = seeds.releaseSecret { _ = try? store.create(.secrets, release) }
    controller.tick(settled: true)
    controller.tick(settled: true)
  }
}

/// Lets the router reach the simulator that owns it without a retain cycle.
///
/// `@unchecked Sendable`: written once during `Simulator.init`, before any
/// server starts, and only read afterwards.
final class ServerBox: @unchecked Sendable {
  weak var simulator: Simulator?
}
