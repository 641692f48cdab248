import Foundation
import TestSupport
import Testing

@testable import SimCluster

extension SimulatorTests {
  /// Many watches, many pods, and descriptors given back when clients leave.
  @Suite("Simulator under load", .serialized)
  struct SimulatorLoadTests {
    static let watchPath = "/apis/apps/v1/namespaces/tokenplace/deployments?watch=true"

    @Test func fiftyWatchesAllSeeTheChangeAndCloseCleanly() throws {
      let harness = try SimHarness()
      defer { harness.stop() }
      let baseline = Simulator.openDescriptorCount()
      var sockets: [Int32] = []
      for _ in 0..<50 {
        let fd = try Syscalls.connect(port: harness.endpoints.apiPort)
        let request = "GET \(Self.watchPath) HTTP/1.1\r\nHost: sim\r\n\r\n"
        #expect(Syscalls.write(fd: fd, bytes: Array(request.utf8)))
        sockets.append(fd)
      }
      let opened = SimHarness.poll { harness.simulator.diagnostics.watches == 50 ? true : nil }
      #expect(opened == true)
      harness.simulator.setScenario(.rollingUpdate)
      var seen = Set<Int32>()
      var texts: [Int32: String] = [:]
      _ = SimHarness.poll { () -> Bool? in
        for fd in sockets where !seen.contains(fd) && Syscalls.readable(fd: fd, milliseconds: 0) {
          var buffer = [UInt8](repeating: 0, count: 65_536)
          let count = Syscalls.read(fd: fd, into: &buffer)
          texts[fd, default: ""] += String(decoding: buffer[..<max(0, count)], as: UTF8.self)
          if texts[fd, default: ""].contains("\"type\":\"MODIFIED\"") { seen.insert(fd) }
        }
        return seen.count == 50 ? true : nil
      }
      #expect(seen.count == 50)
      sockets.forEach { Syscalls.close(fd: $0) }
      let closed = SimHarness.poll {
        harness.simulator.diagnostics == (0, 0) ? true : nil
      }
      #expect(closed == true, "\(harness.simulator.diagnostics)")
      let settled = SimHarness.poll {
        Simulator.openDescriptorCount() <= baseline ? true : nil
      }
      #expect(settled == true, "descriptors \(Simulator.openDescriptorCount()) > \(baseline)")
    }

    @Test func stopGivesBackEveryDescriptor() throws {
      let before = Simulator.openDescriptorCount()
      let harness = try SimHarness()
      let clients = try (0..<5).map { _ in
        let fd = try Syscalls.connect(port: harness.endpoints.apiPort)
        _ = Syscalls.write(fd: fd, bytes: Array("GET \(Self.watchPath) HTTP/1.1\r\n\r\n".utf8))
        return fd
      }
      _ = SimHarness.poll { harness.simulator.diagnostics.watches == 5 ? true : nil }
      harness.stop()
      #expect(harness.simulator.diagnostics == (0, 0))
      clients.forEach { Syscalls.close(fd: $0) }
      let after = SimHarness.poll { Simulator.openDescriptorCount() <= before ? true : nil }
      #expect(after == true, "descriptors \(Simulator.openDescriptorCount()) > \(before)")
    }

    @Test func manyPodsListsTwoThousandPodsThroughKubectl() throws {
      let harness = try SimHarness()
      defer { harness.stop() }
      let switched = Date()
      harness.simulator.setScenario(.manyPods)
      let count = try SimHarness.poll(seconds: 60) {
        let names = try harness.kubectl(["get", "pods", "-o", "name"]).output
        let count = names.split(separator: "\n").count
        return count >= 2000 ? count : nil
      }
      #expect(count == 2000)
      let filled = Date().timeIntervalSince(switched)
      let started = Date()
      let table = try harness.kubectl(["get", "pods"])
      let seconds = Date().timeIntervalSince(started)
      #expect(table.output.split(separator: "\n").count == 2001)
      print(
        "many-pods: 2000 pods listed after \(Int(filled * 1000)) ms;"
          + " kubectl get pods took \(Int(seconds * 1000)) ms")
    }
  }
}
