import DashSources
import Foundation
import TestSupport
import Testing

/// The real kubectl in situations that need no API server.
@Suite("ResourceWatcher with the real kubectl")
struct ResourceWatcherKubectlTests {
  static let kubectl = "/usr/bin/kubectl"

  /// A kubeconfig with context `sim` pointing at `server`, in a fresh directory.
  func kubeconfig(server: String) throws -> String {
    let directory = try SourcesTemporaryDirectory.make(prefix: "kubeconfig")
    let path = directory + "/config"
    let text = """
      apiVersion: v1
      kind: Config
      clusters:
      - name: c
        cluster: {server: "\(server)"}
      contexts:
      - name: sim
        context: {cluster: c, user: u, namespace: tokenplace}
      current-context: sim
      users:
      - name: u
        user: {}

      """
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  func firstFailure(
    kubeconfig: String, context: String? = nil
  ) -> WatchState? {
    let updates = SourcesRecorder<WatchUpdate>()
    var environment = ProcessInfo.processInfo.environment
    environment["KUBECONFIG"] = nil
    let target = KubectlTarget(
      kubectlPath: Self.kubectl, kubeconfig: kubeconfig, context: context,
      namespace: "tokenplace", requestTimeout: 5, environment: environment)
    var timing = WatchTiming()
    timing.coalesceInterval = 0.05
    let watcher = ResourceWatcher(
      query: .pods(release: "tokenplace-relay"), target: target, timing: timing,
      onUpdate: updates.record)
    watcher.start()
    defer { watcher.stop() }
    return updates.first(within: 20) {
      switch $0.state {
      case .retrying, .failed: true
      default: false
      }
    }?.state
  }

  @Test(
    "connection refused on a closed loopback port")
  func refused() throws {
    let port = try SourcesProcessTable.closedLoopbackPort()
    let config = try kubeconfig(server: "http://127.0.0.1:\(port)")
    guard case .retrying(let error, _) = firstFailure(kubeconfig: config) else {
      Issue.record("expected a retrying state")
      return
    }
    #expect(error == .connectionRefused(server: "127.0.0.1:\(port)"))
  }

  @Test(
    "a context the kubeconfig does not have")
  func missingContext() throws {
    let config = try kubeconfig(server: "http://127.0.0.1:1")
    let state = firstFailure(kubeconfig: config, context: "no-such-context")
    #expect(state == .failed(.contextNotFound(context: "no-such-context")))
  }

  @Test(
    "an unreadable kubeconfig (a directory)")
  func unreadableKubeconfig() throws {
    let directory = try SourcesTemporaryDirectory.make(prefix: "unreadable")
    let state = firstFailure(kubeconfig: directory)
    #expect(
      state
        == .failed(
          .kubeconfigUnreadable(path: directory, detail: "read \(directory): is a directory")))
  }

  @Test(
    "a kubeconfig that does not exist")
  func missingKubeconfig() throws {
    let path = try SourcesTemporaryDirectory.make(prefix: "missing") + "/config"
    let state = firstFailure(kubeconfig: path)
    #expect(
      state == .failed(.kubeconfigUnreadable(path: path, detail: "no such file or directory")))
  }
}
