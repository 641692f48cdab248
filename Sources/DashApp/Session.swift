import DashCore
import DashModel
import DashSources
import DashTerminal
import DashViews
import Foundation
import SimCluster

/// One run of the dashboard: the sources it reads, the state it shows, and
/// the simulated cluster behind `--demo`.
final class Session {
  private let options: Options
  private let log: EventLog
  private let demo: Demo?
  private let inbox: Inbox<SourceNews>
  private let hub: SourceHub
  private var state: AppState

  init(options given: Options, environment: [String: String], log: EventLog) throws {
    var options = given
    demo = try options.demoScenario.map { try Demo(scenario: $0, environment: environment) }
    if let demo { demo.adjust(&options) }
    guard let inbox = Inbox<SourceNews>() else { throw AppError.noWakePipe }
    self.options = options
    self.log = log
    self.inbox = inbox
    let healthURL = URL(string: options.healthURL)
    var childEnvironment = environment
    if let demo { childEnvironment["PATH"] = demo.path + ":" + (environment["PATH"] ?? "") }
    let kubectl = KubectlTarget(
      kubectlPath: options.kubectl, kubeconfig: options.kubeconfig, context: options.context,
      namespace: options.namespace, environment: childEnvironment)
    let helm = HelmClient(
      helmPath: demo?.helmPath ?? options.helm, release: options.release,
      namespace: options.namespace, context: options.context, kubeconfig: options.kubeconfig,
      environment: childEnvironment)
    hub = SourceHub(
      settings: .init(
        kubectl: kubectl, helm: helm, release: options.release, healthURL: healthURL),
      inbox: inbox, log: log)
    let target = Target(
      context: options.context, namespace: options.namespace,
      release: options.release, healthURL: options.healthURL, readOnly: options.readOnly)
    let publicHost = demo?.publicHost ?? Session.publicHost(of: healthURL)
    state = AppState(
      snapshot: .loading(since: Date(), publicHost: publicHost), target: target)
  }

  deinit {
    hub.stop()
    demo?.stop()
  }

  /// Runs the interactive screen, or one `--once` frame; returns the exit status.
  func run(output: FileHandle, errors: FileHandle) throws -> Int32 {
    log.log(.info, "session.start", ["namespace": options.namespace, "release": options.release])
    defer { hub.stop() }
    if options.context == nil { hub.lookUpContext() }
    if options.once {
      hub.loadOnce()
      return runOnce(output: output)
    }
    hub.start()
    return try runInteractive()
  }

  private func runInteractive() throws -> Int32 {
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
      throw AppError.notATerminal
    }
    let terminal = Terminal()
    let wantsColor = ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true
    try terminal.start(wantsColor: wantsColor)
    _ = TerminalSignals.forward(to: inbox.signalDescriptor)
    defer {
      TerminalSignals.restore()
      terminal.stop()
    }
    let glyphs: Glyphs = terminal.capabilities.unicode ? .unicode : .ascii
    let loop = RunLoop(
      state: state, terminal: terminal, inbox: inbox, hub: hub, glyphs: glyphs, log: log)
    let exit = loop.run()
    log.log(.info, "session.end", ["reason": "\(exit)"])
    if case .signal(let number) = exit { return 128 + number }
    return Application.Status.healthy
  }

  /// Waits for the first complete load (or a deadline), prints one plain
  /// frame and turns the verdict into the exit status; a cluster whose pods
  /// could not be read at all is "unreadable" whatever else is known.
  private func runOnce(output: FileHandle) -> Int32 {
    let deadline = Date().addingTimeInterval(Session.onceDeadline)
    while Date() < deadline && !Session.isSettled(state.snapshot) {
      var entry = pollfd(fd: inbox.wakeDescriptor, events: Int16(POLLIN), revents: 0)
      _ = poll(&entry, 1, 200)
      for news in inbox.drain().messages { news.apply(&state) }
    }
    let now = Date()
    output.write(Data(PlainReport.render(state, now: now, width: 100).utf8))
    if state.snapshot.pods.value == nil { return Application.Status.unreadable }
    switch Verdict.derive(from: state.snapshot, now: now) {
    case .healthy: return Application.Status.healthy
    case .degraded: return Application.Status.degraded
    case .unknown: return Application.Status.unreadable
    }
  }

  /// How long `--once` waits for every source before printing what it has.
  static let onceDeadline: TimeInterval = 20

  /// The host the Ingress should serve, taken from the health URL; nil for
  /// an IP address or localhost (a port-forward or a node probe), where no
  /// Ingress rule can be expected to match.
  static func publicHost(of url: URL?) -> String? {
    guard let host = url?.host?.lowercased(), !host.isEmpty, host != "localhost" else {
      return nil
    }
    let bare = host.trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
    var buffer = [UInt8](repeating: 0, count: 16)
    let isAddress =
      inet_pton(AF_INET, bare, &buffer) == 1 || inet_pton(AF_INET6, bare, &buffer) == 1
    return isAddress ? nil : host
  }

  /// Whether every source has answered, with a value or a failure.
  static func isSettled(_ snapshot: ClusterSnapshot) -> Bool {
    let loading = [
      snapshot.pods.state.isLoading, snapshot.ingresses.state.isLoading,
      snapshot.certificates.state.isLoading, snapshot.endpoints.state.isLoading,
      snapshot.events.state.isLoading, snapshot.release.state.isLoading,
      snapshot.health.state.isLoading,
    ]
    return !loading.contains(true)
  }
}

extension Sample.State {
  /// Nothing has arrived yet.
  var isLoading: Bool {
    if case .loading = self { return true }
    return false
  }
}
