import DashModel
import DashSources
import Foundation
import SimCluster
import TestSupport
import Testing

/// The sources with the real kubectl against the simulated cluster.
@Suite(
  "Sources against the simulated cluster")
struct ResourceWatcherSimulatorTests {
  /// A started watcher of `query` through the real kubectl, with its own cache directory.
  func watch(
    _ harness: SimHarness, _ query: ResourceQuery
  ) -> (ResourceWatcher, SourcesRecorder<WatchUpdate>) {
    var environment = ProcessInfo.processInfo.environment
    environment["HOME"] = harness.directory
    environment["KUBECONFIG"] = nil
    let target = KubectlTarget(
      kubectlPath: "/usr/bin/kubectl", kubeconfig: harness.kubeconfig, context: "sim",
      namespace: "tokenplace", environment: environment)
    var timing = WatchTiming()
    timing.initialBackoff = 0.1
    timing.coalesceInterval = 0.05
    let updates = SourcesRecorder<WatchUpdate>()
    let watcher = ResourceWatcher(
      query: query, target: target, timing: timing, onUpdate: updates.record)
    watcher.start()
    return (watcher, updates)
  }

  /// The waiting reasons of every container of every pod.
  func waitingReasons(_ update: WatchUpdate) -> [String] {
    (update.items ?? []).flatMap { pod in
      (pod["status"]?["containerStatuses"]?.array ?? []).compactMap {
        $0["state"]?["waiting"]?["reason"]?.string
      }
    }
  }

  @Test("pods of the release arrive live and follow a crash loop")
  func podsFollowScenario() throws {
    let harness = try SimHarness()
    defer { harness.stop() }
    let (watcher, updates) = watch(harness, .pods(release: "tokenplace-relay"))
    defer { watcher.stop() }
    let running = updates.first(within: 30) { update in
      guard case .live = update.state, let pods = update.items, !pods.isEmpty else { return false }
      return pods.allSatisfy { $0["status"]?["phase"]?.string == "Running" }
    }
    let pods = try #require(running?.items)
    #expect(
      pods.allSatisfy {
        $0["metadata"]?["labels"]?["app.kubernetes.io/instance"]?.string == "tokenplace-relay"
      })
    harness.simulator.setScenario(.crashloop)
    #expect(updates.first(within: 30) { waitingReasons($0).contains("CrashLoopBackOff") } != nil)
  }

  @Test("watches the API cuts are restarted and keep the same pods")
  func flakyWatchesRestart() throws {
    let harness = try SimHarness()
    defer { harness.stop() }
    let (watcher, updates) = watch(harness, .pods(release: "tokenplace-relay"))
    defer { watcher.stop() }
    let first = try #require(updates.first(within: 30) { $0.items?.isEmpty == false })
    let names = first.items?.compactMap { $0["metadata"]?["name"]?.string }
    harness.simulator.setScenario(.apiFlaky)
    let restarted = updates.first(within: 30) {
      if case .retrying = $0.state { true } else { false }
    }
    #expect(restarted != nil)
    #expect(
      SourcesPolling.until(seconds: 30) {
        guard let last = updates.last, case .live = last.state else { return false }
        return last.items?.compactMap { $0["metadata"]?["name"]?.string } == names
      })
  }

  @Test("certificates without cert-manager say so")
  func certManagerMissing() throws {
    let harness = try SimHarness(certManagerInstalled: false)
    defer { harness.stop() }
    let (watcher, updates) = watch(harness, .certificates)
    defer { watcher.stop() }
    let failed = updates.first(within: 30) {
      if case .failed = $0.state { true } else { false }
    }
    #expect(
      failed?.state == .failed(.resourceTypeNotFound(resource: "certificates.cert-manager.io")))
  }

  @Test("helm's release Secrets arrive with their labels and without data")
  func releaseSecrets() throws {
    let harness = try SimHarness()
    defer { harness.stop() }
    let (watcher, updates) = watch(harness, .helmReleaseSecrets(release: "tokenplace-relay"))
    defer { watcher.stop() }
    let update = try #require(updates.first(within: 30) { $0.items?.isEmpty == false })
    let secret = try #require(update.items?.first)
    #expect(secret["metadata"]?["labels"]?["owner"]?.string == "helm")
    #expect(secret["data"] == nil)
  }

  @Test("the relay's health answers the prober")
  func relayHealth() throws {
    let harness = try SimHarness()
    defer { harness.stop() }
    let url = try #require(URL(string: harness.endpoints.relayHealthURL))
    let probes = SourcesRecorder<HealthProbe>()
    let prober = HealthProber(url: url, onProbe: probes.record)
    prober.start()
    defer { prober.stop() }
    let probe = try #require(probes.first(within: 15) { _ in true })
    guard case .response(let response) = probe.result else {
      Issue.record("expected an HTTP answer, got \(probe.result)")
      return
    }
    #expect(response.statusCode == 200)
    let body = try JSONValue(data: response.body)
    #expect(body["status"]?.string == "ok")
  }
}
