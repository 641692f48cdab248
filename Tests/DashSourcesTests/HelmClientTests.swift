import DashModel
import DashSources
import Foundation
import TestSupport
import Testing

/// helm calls against the replaying stand-in (no helm binary can be installed here).
@Suite("HelmClient")
struct HelmClientTests {
  func client(_ path: String) -> HelmClient {
    HelmClient(
      helmPath: path, release: "tokenplace-relay", namespace: "tokenplace", context: "sim",
      kubeconfig: "/tmp/kc", environment: ["PATH": "/usr/bin:/bin"], timeout: 2)
  }

  @Test("arguments of status and history")
  func arguments() {
    let helm = client("helm")
    #expect(
      helm.statusCommand.argv == [
        "helm", "status", "tokenplace-relay", "-n", "tokenplace", "-o", "json", "--kube-context",
        "sim", "--kubeconfig", "/tmp/kc",
      ])
    #expect(
      helm.historyCommand().argv == [
        "helm", "history", "tokenplace-relay", "-n", "tokenplace", "-o", "json", "--max", "20",
        "--kube-context", "sim", "--kubeconfig", "/tmp/kc",
      ])
  }

  @Test("status and history return the JSON helm printed")
  func json() throws {
    let standIn = try SourcesStandIn(name: "helm")
    defer { standIn.remove() }
    try standIn.respond("status", stdout: Data(#"{"name":"tokenplace-relay","version":3}"#.utf8))
    try standIn.respond("history", stdout: Data(#"[{"revision":1,"status":"superseded"}]"#.utf8))
    let helm = client(standIn.path)
    #expect(try helm.status()["version"]?.int == 3)
    #expect(try helm.history()[0]?["status"]?.string == "superseded")
  }

  @Test(
    "failures name the cause",
    arguments: [
      (
        "Error: release: not found\n",
        "helm release 'tokenplace-relay' not found in namespace 'tokenplace';"
          + " check --release and --namespace"
      ),
      (
        "Error: Kubernetes cluster unreachable\n",
        "'helm status tokenplace-relay' failed (exit 1): Error: Kubernetes cluster unreachable"
      ),
    ])
  func failures(stderr: String, message: String) throws {
    let standIn = try SourcesStandIn(name: "helm")
    defer { standIn.remove() }
    try standIn.respond("status", stderr: stderr, exit: 1)
    do {
      _ = try client(standIn.path).status()
      Issue.record("helm status succeeded")
    } catch {
      #expect(error.description == message)
    }
  }

  @Test("output that is not JSON, and a helm that hangs")
  func malformedAndHanging() throws {
    let standIn = try SourcesStandIn(name: "helm")
    defer { standIn.remove() }
    try standIn.respond("status", stdout: Data("NAME: tokenplace-relay\n".utf8))
    try standIn.respond("history", hang: true)
    let helm = client(standIn.path)
    #expect {
      try helm.status()
    } throws: { error in
      if case .malformedOutput = error as? SourceError { return true }
      return false
    }
    let began = Date()
    #expect(throws: SourceError.timedOut(command: helm.historyCommand().summary, seconds: 2)) {
      try helm.history()
    }
    #expect(Date().timeIntervalSince(began) < 6)
  }

  @Test("a missing helm names the flag")
  func missing() {
    #expect(throws: SourceError.toolNotFound(tool: "helm", path: "/no/helm", flag: "--helm")) {
      try client("/no/helm").status()
    }
    #expect(
      SourceError.toolNotFound(tool: "helm", path: "/no/helm", flag: "--helm").description
        == "helm not found at '/no/helm'; pass --helm PATH")
  }
}
