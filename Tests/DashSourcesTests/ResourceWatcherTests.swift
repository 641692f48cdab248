import DashModel
import DashSources
import Foundation
import TestSupport
import Testing

/// Watcher behaviour against the replaying kubectl stand-in (no API server can run here).
@Suite("ResourceWatcher with a stand-in kubectl")
struct ResourceWatcherTests {
  static var fastTiming: WatchTiming {
    var timing = WatchTiming()
    timing.initialBackoff = 0.2
    timing.maximumBackoff = 0.4
    timing.pollInterval = 0.2
    timing.coalesceInterval = 0.01
    timing.quietListDelay = 0.3
    timing.listTimeout = 5
    return timing
  }

  /// A started watcher of the release's pods through `standIn`, and what it published.
  func watch(
    _ standIn: SourcesStandIn, query: ResourceQuery = .pods(release: "tokenplace-relay"),
    timing: WatchTiming = fastTiming
  ) -> (ResourceWatcher, SourcesRecorder<WatchUpdate>) {
    let updates = SourcesRecorder<WatchUpdate>()
    let target = KubectlTarget(
      kubectlPath: standIn.path, namespace: "tokenplace", environment: ["PATH": "/usr/bin:/bin"])
    let watcher = ResourceWatcher(
      query: query, target: target, runner: ProcessRunner(terminateGrace: 0.5, drainGrace: 0.2),
      timing: timing, onUpdate: updates.record)
    watcher.start()
    return (watcher, updates)
  }

  func names(_ update: WatchUpdate) -> [String]? {
    update.items?.map { $0["metadata"]?["name"]?.string ?? "?" }
  }

  func phases(_ update: WatchUpdate) -> [String]? {
    update.items?.map { $0["status"]?["phase"]?.string ?? "?" }
  }

  let podA = "tokenplace-relay-7d9c8b5f4-abcde"
  let podB = "tokenplace-relay-7d9c8b5f4-fghij"

  @Test("ADDED, MODIFIED and DELETED events leave the current set")
  func addModifyDelete() throws {
    let standIn = try SourcesStandIn()
    defer { standIn.remove() }
    try standIn.replay("watch", stream: "pods-add-modify-delete.jsonl", hang: true)
    try standIn.replay("list", stream: "pods-list-a.json")
    let (watcher, updates) = watch(standIn)
    defer { watcher.stop() }
    let settled = updates.first { names($0) == [podA] && phases($0) == ["Running"] }
    let update = try #require(settled)
    guard case .live = update.state else {
      Issue.record("expected live, got \(update.state)")
      return
    }
    #expect(update.warning == nil)
    #expect(standIn.calls("watch") == 1)
  }

  @Test("a stream that ends is restarted, and objects deleted in the gap disappear")
  func restartReconciles() throws {
    let standIn = try SourcesStandIn()
    defer { standIn.remove() }
    try standIn.replay("watch", call: 1, stream: "pods-before-gap.jsonl")
    try standIn.replay("watch", stream: "pods-after-gap.jsonl", hang: true)
    try standIn.replay("list", stream: "pods-list-a.json")
    let (watcher, updates) = watch(standIn)
    defer { watcher.stop() }
    let reconciled = updates.first {
      names($0) == [podA] && standIn.calls("watch") >= 2 && standIn.calls("list") >= 1
    }
    #expect(reconciled != nil)
    #expect(updates.all.contains { names($0) == [podA, podB] })
    #expect(
      updates.all.contains {
        if case .retrying(.watchEnded("pods"), _) = $0.state { true } else { false }
      })
  }

  @Test("garbage and cut-off lines are reported and skipped")
  func garbage() throws {
    let standIn = try SourcesStandIn()
    defer { standIn.remove() }
    try standIn.replay("watch", stream: "pods-garbage.jsonl", hang: true)
    try standIn.replay("list", stream: "pods-list-ab.json")
    let (watcher, updates) = watch(standIn)
    defer { watcher.stop() }
    let update = try #require(updates.first { names($0) == [podA, podB] })
    guard case .malformedOutput(let command, let detail) = update.warning else {
      Issue.record("expected a malformed-output warning, got \(String(describing: update.warning))")
      return
    }
    #expect(command == "kubectl get pods")
    #expect(detail == "a document cut off at the end of its line")
  }

  @Test("an ERROR event is reported as a warning")
  func errorEvent() throws {
    let standIn = try SourcesStandIn()
    defer { standIn.remove() }
    try standIn.replay("watch", stream: "pods-error-event.jsonl", hang: true)
    try standIn.replay("list", stream: "pods-list-a.json")
    let (watcher, updates) = watch(standIn)
    defer { watcher.stop() }
    let update = updates.first { $0.warning != nil }
    #expect(
      update?.warning
        == .watchError(resource: "pods", message: "too old resource version: 101 (105)"))
    #expect(update.flatMap(names) == [podA])
  }

  @Test("a kubectl that hangs: the state says since when, and no call blocks")
  func hangingKubectl() throws {
    let standIn = try SourcesStandIn()
    defer { standIn.remove() }
    try standIn.respond("watch", hang: true)
    try standIn.respond("list", hang: true)
    let began = Date()
    let (watcher, updates) = watch(standIn)
    watcher.refresh()
    #expect(Date().timeIntervalSince(began) < 0.5)
    let waiting = try #require(
      updates.first { if case .connecting = $0.state { true } else { false } })
    guard case .connecting(let since) = waiting.state else { return }
    #expect(since >= began.addingTimeInterval(-0.01))
    #expect(waiting.items == nil)
    #expect(watcher.waitingSince != nil)
    let stopping = Date()
    watcher.stop()
    #expect(Date().timeIntervalSince(stopping) < 5)
    #expect(updates.first { $0.state == .stopped } != nil)
  }

  @Test("an empty kind prints nothing; a plain list after the quiet delay says so")
  func emptyKind() throws {
    let standIn = try SourcesStandIn()
    defer { standIn.remove() }
    try standIn.respond("watch", hang: true)
    try standIn.replay("list", stream: "list-empty.json")
    let (watcher, updates) = watch(standIn, query: .warningEvents)
    defer { watcher.stop() }
    let update = try #require(updates.first { $0.items == [] })
    guard case .live = update.state else {
      Issue.record("expected live, got \(update.state)")
      return
    }
    #expect(standIn.callLog().first?.contains("--field-selector type=Warning") == true)
  }

  @Test("watching refused: the watcher polls a plain list instead")
  func forbiddenWatchPolls() throws {
    let standIn = try SourcesStandIn()
    defer { standIn.remove() }
    try standIn.replay(
      "watch", stream: "pods-after-gap.jsonl", stderrFixture: "forbidden-watch.txt", exit: 1)
    try standIn.replay("list", stream: "pods-list-ab.json")
    let (watcher, updates) = watch(standIn)
    defer { watcher.stop() }
    let polled = try #require(
      updates.first { if case .polling = $0.state { names($0) == [podA, podB] } else { false } })
    #expect(polled.warning == .forbidden(resource: "pods", verb: "watch", namespace: "tokenplace"))
    #expect(SourcesPolling.until(seconds: 10) { standIn.calls("list") >= 3 })
    #expect(standIn.calls("watch") == 1)
  }

  @Test("listing refused: the watcher fails with the RBAC message and stops spawning")
  func forbiddenList() throws {
    let standIn = try SourcesStandIn()
    defer { standIn.remove() }
    try standIn.replay("watch", stderrFixture: "forbidden-list.txt", exit: 1)
    let (watcher, updates) = watch(standIn)
    defer { watcher.stop() }
    let failed = updates.first { if case .failed = $0.state { true } else { false } }
    #expect(
      failed?.state == .failed(.forbidden(resource: "pods", verb: "list", namespace: "tokenplace")))
    #expect(standIn.calls("watch") == 1)
    watcher.refresh()
    #expect(SourcesPolling.until(seconds: 10) { standIn.calls("watch") == 2 })
  }

  @Test("certificates without cert-manager: a clear, permanent state")
  func certManagerMissing() throws {
    let standIn = try SourcesStandIn()
    defer { standIn.remove() }
    try standIn.replay("watch", stderrFixture: "certificates-not-installed.txt", exit: 1)
    let (watcher, updates) = watch(standIn, query: .certificates)
    defer { watcher.stop() }
    let failed = try #require(updates.first { if case .failed = $0.state { true } else { false } })
    guard case .failed(let error) = failed.state else { return }
    #expect(
      error.description
        == "cert-manager not installed: the cluster has no resource type"
        + " 'certificates.cert-manager.io'")
  }

  @Test("a failing kubectl is retried with back-off")
  func backoff() throws {
    let standIn = try SourcesStandIn()
    defer { standIn.remove() }
    try standIn.respond("watch", stderr: "error: something new\n", exit: 1)
    let (watcher, updates) = watch(standIn)
    defer { watcher.stop() }
    #expect(SourcesPolling.until(seconds: 10) { standIn.calls("watch") >= 4 })
    let delays = retryDelays(updates)
    #expect(delays.contains { $0 > 0.3 })
    #expect(delays.allSatisfy { $0 <= 0.45 })
  }

  /// The delays, in seconds, of every retry the watcher announced.
  func retryDelays(_ updates: SourcesRecorder<WatchUpdate>) -> [Double] {
    updates.all.compactMap { update -> Double? in
      guard case .retrying(_, let next) = update.state else { return nil }
      return next.timeIntervalSince(update.at)
    }
  }

  @Test("a watch that stayed healthy long enough restarts after the first delay again")
  func backoffResetsWhenHealthy() throws {
    let standIn = try SourcesStandIn()
    defer { standIn.remove() }
    try standIn.replay("watch", stream: "pods-after-gap.jsonl", pause: 0.3)
    try standIn.replay("list", stream: "pods-list-a.json")
    var timing = Self.fastTiming
    timing.initialBackoff = 0.1
    timing.maximumBackoff = 5
    timing.healthyAfter = 0.2
    let (watcher, updates) = watch(standIn, timing: timing)
    defer { watcher.stop() }
    #expect(SourcesPolling.until(seconds: 15) { retryDelays(updates).count >= 3 })
    #expect(retryDelays(updates).allSatisfy { $0 < 0.15 })
  }

  @Test("refresh lists at once and merges the list into the live set")
  func refreshLists() throws {
    let standIn = try SourcesStandIn()
    defer { standIn.remove() }
    try standIn.replay("watch", stream: "pods-after-gap.jsonl", hang: true)
    try standIn.replay("list", stream: "pods-list-ab.json")
    var timing = Self.fastTiming
    timing.quietListDelay = 60
    let (watcher, updates) = watch(standIn, timing: timing)
    defer { watcher.stop() }
    #expect(updates.first { names($0) == [podA] } != nil)
    #expect(standIn.calls("list") == 0)
    watcher.refresh()
    #expect(updates.first { names($0) == [podA, podB] } != nil)
    #expect(standIn.calls("list") == 1)
  }

  @Test("a missing kubectl names the flag")
  func missingKubectl() throws {
    let updates = SourcesRecorder<WatchUpdate>()
    let target = KubectlTarget(
      kubectlPath: "/no/such/kubectl", namespace: "tokenplace", environment: [:])
    let watcher = ResourceWatcher(
      query: .services, target: target, timing: Self.fastTiming, onUpdate: updates.record)
    watcher.start()
    defer { watcher.stop() }
    let failed = updates.first { if case .failed = $0.state { true } else { false } }
    #expect(
      failed?.state
        == .failed(.toolNotFound(tool: "kubectl", path: "/no/such/kubectl", flag: "--kubectl")))
  }

  @Test("helm release Secrets are kept without their data")
  func secretsWithoutData() throws {
    let standIn = try SourcesStandIn()
    defer { standIn.remove() }
    try standIn.replay("watch", stream: "secrets-release-v1.jsonl", hang: true)
    let (watcher, updates) = watch(standIn, query: .helmReleaseSecrets(release: "tokenplace-relay"))
    defer { watcher.stop() }
    let update = try #require(updates.first { $0.items?.count == 1 })
    #expect(update.items?.first?["data"] == nil)
    #expect(update.items?.first?["metadata"]?["labels"]?["version"]?.string == "1")
  }
}
