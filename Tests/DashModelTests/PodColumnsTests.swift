import DashModel
import Foundation
import TestSupport
import Testing

/// What `kubectl get pods` prints for one recorded pod, and the model's extras.
struct PodRow: CustomTestStringConvertible, Sendable {
  let fixture: String
  let status: String
  let ready: String
  let restarts: Int
  var lastTermination: String? = nil
  var tag = "main"
  let problem: Bool

  var testDescription: String { fixture }
}

@Suite("Pod columns")
struct PodColumnsTests {
  static let rows: [PodRow] = [
    PodRow(
      fixture: "running-ready", status: "Running", ready: "1/1", restarts: 0,
      problem: false),
    PodRow(
      fixture: "running-not-ready", status: "Running", ready: "0/1",
      restarts: 0, problem: true),
    PodRow(
      fixture: "crashloop-error", status: "CrashLoopBackOff", ready: "0/1",
      restarts: 5,
      lastTermination: "Error", problem: true),
    PodRow(
      fixture: "crashloop-oomkilled", status: "CrashLoopBackOff", ready: "0/1",
      restarts: 3,
      lastTermination: "OOMKilled", problem: true),
    PodRow(
      fixture: "image-pull-backoff", status: "ImagePullBackOff", ready: "0/1",
      restarts: 0,
      tag: "sha-deadbee", problem: true),
    PodRow(
      fixture: "err-image-pull", status: "ErrImagePull", ready: "0/1",
      restarts: 0,
      tag: "sha-deadbee", problem: true),
    PodRow(
      fixture: "container-creating", status: "ContainerCreating", ready: "0/1",
      restarts: 0,
      problem: true),
    PodRow(
      fixture: "pending-unscheduled", status: "Pending", ready: "0/1",
      restarts: 0, problem: true),
    PodRow(
      fixture: "scheduling-gated", status: "SchedulingGated", ready: "0/1",
      restarts: 0,
      problem: true),
    PodRow(
      fixture: "terminating", status: "Terminating", ready: "1/1", restarts: 0,
      problem: false),
    PodRow(
      fixture: "node-lost", status: "Unknown", ready: "1/1", restarts: 0,
      problem: true),
    PodRow(
      fixture: "evicted", status: "ContainerStatusUnknown", ready: "0/1",
      restarts: 0,
      problem: true),
    PodRow(
      fixture: "failed-exit-code", status: "ExitCode:3", ready: "0/1",
      restarts: 0, problem: true),
    PodRow(
      fixture: "failed-signal", status: "Signal:15", ready: "0/1", restarts: 0,
      problem: true),
    PodRow(
      fixture: "completed", status: "Completed", ready: "0/1", restarts: 0,
      problem: false),
    PodRow(
      fixture: "completed-being-deleted", status: "Completed", ready: "0/1",
      restarts: 0,
      problem: false),
    PodRow(
      fixture: "multi-second-crashing", status: "CrashLoopBackOff",
      ready: "1/2", restarts: 3,
      lastTermination: "Error", problem: true),
    PodRow(
      fixture: "multi-first-creating", status: "ContainerCreating",
      ready: "1/2", restarts: 0,
      problem: true),
    PodRow(
      fixture: "multi-completed-and-running-ready", status: "Running",
      ready: "1/2",
      restarts: 0, problem: true),
    PodRow(
      fixture: "multi-completed-and-running-not-ready", status: "NotReady",
      ready: "1/2",
      restarts: 0, problem: true),
    PodRow(
      fixture: "init-running", status: "Init:0/2", ready: "0/1", restarts: 0,
      problem: true),
    PodRow(
      fixture: "init-second-running", status: "Init:1/2", ready: "0/1",
      restarts: 0,
      problem: true),
    PodRow(
      fixture: "init-crashloop", status: "Init:CrashLoopBackOff", ready: "0/1",
      restarts: 4,
      lastTermination: "Error", problem: true),
    PodRow(
      fixture: "init-error", status: "Init:Error", ready: "0/1", restarts: 1,
      lastTermination: "Error", problem: true),
    PodRow(
      fixture: "init-signal", status: "Init:Signal:9", ready: "0/1",
      restarts: 0, problem: true),
    PodRow(
      fixture: "init-exit-code", status: "Init:ExitCode:2", ready: "0/1",
      restarts: 0,
      problem: true),
    PodRow(
      fixture: "init-done-restarts-dropped", status: "Running", ready: "1/1",
      restarts: 0,
      problem: false),
    PodRow(
      fixture: "sidecar-ready", status: "Running", ready: "2/2", restarts: 1,
      lastTermination: "Error", problem: false),
    PodRow(
      fixture: "digest-image", status: "Running", ready: "1/1", restarts: 0,
      tag: "sha256:6a4624f56a3b", problem: false),
  ]

  @Test("recorded pods read as kubectl prints them", arguments: rows)
  func columns(row: PodRow) throws {
    let pod = try ModelFixtures.pod(row.fixture)
    #expect(pod.displayStatus == row.status)
    #expect("\(pod.readyCount)/\(pod.containerCount)" == row.ready)
    #expect(pod.restarts == row.restarts)
    #expect(pod.lastTerminationReason == row.lastTermination)
    #expect(pod.imageTag == row.tag)
    #expect(pod.isProblem == row.problem)
  }

  @Test("the restart time is when the counted crash finished")
  func lastRestartAt() throws {
    let pod = try ModelFixtures.pod("crashloop-error")
    #expect(
      pod.lastRestartAt.map(RFC3339.string(from:)) == "2026-11-30T10:06:40Z")
  }

  @Test("the RESTARTS column as kubectl prints it")
  func restartsColumn() throws {
    let now = ModelFixtures.now
    #expect(
      try ModelFixtures.pod("crashloop-error").restartsColumn(now: now)
        == "5 (3m20s ago)")
    #expect(
      try ModelFixtures.pod("running-ready").restartsColumn(now: now) == "0")
  }

  @Test(
    "a status reason alone names the pod, as for an evicted pod without statuses"
  )
  func reasonWithoutStatuses() {
    let pod = Pod(
      id: "p", name: "p", namespace: "n", phase: "Failed", reason: "Evicted")
    #expect(pod.displayStatus == "Evicted")
  }

  @Test("containers known only from the spec do not count toward Init:N/M")
  func specOnlyInitContainers() {
    let pod = Pod(
      id: "p", name: "p", namespace: "n", phase: "Pending",
      initContainers: [
        ContainerStatus(name: "setup", image: "busybox", reported: false)
      ],
      containers: [
        ContainerStatus(name: "relay", image: "relay:main", reported: false)
      ])
    #expect(pod.displayStatus == "Pending")
    #expect(pod.containerCount == 1)
  }

  @Test(
    "kubectl walks app containers in status order, so the first status wins")
  func statusOrderWins() {
    let first = ContainerStatus(
      name: "a", image: "a:1",
      state: .waiting(reason: "ErrImagePull", message: nil),
      statusIndex: 1)
    let second = ContainerStatus(
      name: "b", image: "b:1",
      state: .waiting(reason: "CrashLoopBackOff", message: nil),
      statusIndex: 0)
    let pod = Pod(
      id: "p", name: "p", namespace: "n", phase: "Running",
      containers: [first, second])
    #expect(pod.displayStatus == "CrashLoopBackOff")
    #expect(pod.imageTag == "1")
  }

  @Test("problem pods come first, then by name, keeping equal pods in order")
  func problemsFirst() throws {
    let names = [
      "running-ready", "crashloop-error", "completed", "image-pull-backoff",
    ]
    var pods = try names.map(ModelFixtures.pod)
    pods.append(pods[0])
    pods[4].id = "duplicate"
    let sorted = Pod.problemsFirst(pods)
    #expect(
      sorted.map(\.name) == [
        "tokenplace-relay-5f6b7c8d9-zt9wx", "tokenplace-relay-7d9c8b6f5-b7wzt",
        "tokenplace-relay-7d9c8b6f5-x2kqp", "tokenplace-relay-7d9c8b6f5-x2kqp",
        "tokenplace-relay-migrate-8kq2x",
      ])
    #expect(sorted[2].id != "duplicate" && sorted[3].id == "duplicate")
  }
}
