import DashModel
import DashSources
import Foundation
import Synchronization

/// Every source of the dashboard, wired to the run loop's inbox: one kubectl
/// watch per kind, the health prober, and helm called when the release's
/// Secrets say the release changed (and on refresh), never on a timer.
final class SourceHub: Sendable {
  /// Where to look and with which tools.
  struct Settings: Sendable {
    var kubectl: KubectlTarget
    var helm: HelmClient
    var release: String
    var healthURL: URL?
  }

  let settings: Settings
  let inbox: Inbox<SourceNews>
  let log: EventLog
  private let watchers: Mutex<[ResourceWatcher]>
  private let prober: Mutex<HealthProber?>
  let routing: Mutex<Routing>
  let helmQueue = DispatchQueue(label: "tokenplace-dash.helm")

  /// What the hub remembers between updates: the halves of the service join
  /// and the release marker helm was last asked about.
  struct Routing: Sendable {
    var services: [JSONValue]?
    var endpoints: [JSONValue]?
    var fetchedMarker: ReleaseMarker?
  }

  init(settings: Settings, inbox: Inbox<SourceNews>, log: EventLog) {
    self.settings = settings
    self.inbox = inbox
    self.log = log
    self.watchers = Mutex([])
    self.prober = Mutex(nil)
    self.routing = Mutex(Routing())
  }

  /// Starts every watcher and the prober.
  func start() {
    let queries = ResourceQuery.dashboard(release: settings.release)
    let started = queries.map { query in
      ResourceWatcher(query: query, target: settings.kubectl) { [weak self] update in
        self?.receive(update)
      }
    }
    watchers.withLock { $0 = started }
    started.forEach { $0.start() }
    if let url = settings.healthURL {
      let healthProber = HealthProber(url: url) { [weak self] probe in self?.receive(probe) }
      prober.withLock { $0 = healthProber }
      healthProber.start()
    }
  }

  /// Lists every kind once, probes once and asks helm once, in parallel:
  /// complete lists for a one-shot report, and nothing left running after.
  /// A list that fails for a passing reason is tried again, up to three times
  /// a second apart.
  func loadOnce() {
    let lister = ResourceLister(target: settings.kubectl)
    for query in ResourceQuery.dashboard(release: settings.release) {
      DispatchQueue.global().async { [weak self] in
        var result = lister.list(query)
        for _ in 1..<3 {
          guard case .failure(let error) = result, !error.isPermanent else { break }
          Thread.sleep(forTimeInterval: 1)
          result = lister.list(query)
        }
        let at = Date()
        let update: WatchUpdate
        switch result {
        case .success(let items):
          update = WatchUpdate(query: query, items: items, state: .polling(at: at), at: at)
        case .failure(let error):
          update = WatchUpdate(query: query, items: nil, state: .failed(error), at: at)
        }
        self?.receive(update)
      }
    }
    if let url = settings.healthURL {
      let healthProber = HealthProber(url: url) { [weak self] probe in self?.receive(probe) }
      prober.withLock { $0 = healthProber }
      healthProber.probeNow()
    }
  }

  /// Asks kubectl for the kubeconfig's current context (for the header) off
  /// the loop: even `kubectl config` can be slow on a struggling node.
  func lookUpContext() {
    let command = settings.kubectl.command(["config", "current-context"])
    DispatchQueue.global().async { [weak self] in
      guard let outcome = try? ProcessRunner().run(command, timeout: 15),
        outcome.termination.succeeded
      else { return }
      let name = String(decoding: outcome.stdout, as: UTF8.self)
        .trimmingCharacters(in: .whitespacesAndNewlines)
      guard !name.isEmpty else { return }
      self?.inbox.post(SourceNews(source: "context") { $0.target.context = name })
    }
  }

  /// Lists every kind again, probes now and asks helm again.
  func refreshAll() {
    watchers.withLock { $0 }.forEach { $0.refresh() }
    prober.withLock { $0 }?.probeNow()
    fetchRelease()
  }

  /// Stops everything and reaps every child process.
  func stop() {
    let stopping = watchers.withLock { current in
      defer { current.removeAll() }
      return current
    }
    stopping.forEach { $0.stop() }
    prober.withLock { current in
      current?.stop()
      current = nil
    }
  }

  func post(_ source: String, _ apply: @escaping @Sendable (inout ClusterSnapshot) -> Void) {
    inbox.post(SourceNews(source: source, snapshot: apply))
  }
}
