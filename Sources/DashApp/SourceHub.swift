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
    inbox.post(SourceNews(source: source, apply: apply))
  }
}
