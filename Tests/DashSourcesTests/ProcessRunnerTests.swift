import DashSources
import Foundation
import Synchronization
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

@Suite("ProcessRunner against real binaries")
struct ProcessRunnerTests {
  let runner = ProcessRunner(terminateGrace: 0.5, drainGrace: 0.3)
  let environment = ["PATH": "/usr/bin:/bin"]

  func command(_ argv: String...) -> Command {
    Command(argv: argv, environment: environment)
  }

  @Test("echo prints its arguments and exits 0")
  func echo() throws {
    let outcome = try runner.run(command("/bin/echo", "hello", "world"), timeout: 5)
    #expect(outcome.termination == .exited(0))
    #expect(String(decoding: outcome.stdout, as: UTF8.self) == "hello world\n")
    #expect(outcome.stderr.isEmpty)
    #expect(!outcome.timedOut)
  }

  @Test("cat reads stdin from /dev/null and ends at once")
  func catReadsDevNull() throws {
    let outcome = try runner.run(command("/bin/cat"), timeout: 5)
    #expect(outcome.termination == .exited(0))
    #expect(outcome.stdout.isEmpty)
  }

  @Test("false exits 1; stderr is captured apart from stdout")
  func failureAndStderr() throws {
    #expect(try runner.run(command("/bin/false"), timeout: 5).termination == .exited(1))
    let listing = try runner.run(command("/bin/ls", "/no/such/path"), timeout: 5)
    #expect(listing.termination == .exited(2))
    #expect(listing.stderrText.contains("/no/such/path"))
    #expect(listing.stdout.isEmpty)
  }

  @Test("only the given environment reaches the child")
  func explicitEnvironment() throws {
    let command = Command(argv: ["/usr/bin/env"], environment: ["ONLY": "this"])
    let outcome = try runner.run(command, timeout: 5)
    #expect(String(decoding: outcome.stdout, as: UTF8.self) == "ONLY=this\n")
  }

  @Test("a bare name is found on the environment's PATH")
  func bareNameOnPath() throws {
    let outcome = try runner.run(command("echo", "found"), timeout: 5)
    #expect(String(decoding: outcome.stdout, as: UTF8.self) == "found\n")
  }

  @Test(
    "a missing executable names the tool and the flag",
    arguments: [
      ("/no/such/kubectl", "kubectl not found at '/no/such/kubectl'; pass --kubectl PATH"),
      (
        "no-such-kubectl",
        "kubectl not found on PATH (looked for 'no-such-kubectl'); pass --kubectl PATH"
      ),
    ])
  func missingExecutable(path: String, message: String) {
    let command = Command(
      argv: [path, "version"], environment: environment, toolName: "kubectl",
      pathFlag: "--kubectl")
    #expect(throws: SourceError.self) { try runner.run(command, timeout: 5) }
    do {
      _ = try runner.run(command, timeout: 5)
    } catch {
      #expect(error.description == message)
    }
  }

  @Test("a file that is not executable is named as such")
  func notExecutable() throws {
    let directory = try SourcesTemporaryDirectory.make(prefix: "noexec")
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let path = directory + "/helm"
    try Data("#!/bin/sh\n".utf8).write(to: URL(fileURLWithPath: path))
    let command = Command(argv: [path], environment: environment, pathFlag: "--helm")
    do {
      _ = try runner.run(command, timeout: 5)
      Issue.record("a non-executable file was run")
    } catch {
      #expect(error.description == "helm at '\(path)' is not executable; pass --helm PATH")
    }
  }

  @Test("a timeout stops the whole process group, grandchildren included")
  func timeoutKillsGroup() throws {
    let script = try SourcesTemporaryDirectory.executable(fixture: "sources/spawns-grandchild.sh")
    let outcome = try runner.run(Command(argv: [script], environment: environment), timeout: 0.5)
    #expect(outcome.timedOut)
    #expect(outcome.termination == .signaled(SIGTERM))
    let grandchild = try #require(
      Int32(String(decoding: outcome.stdout, as: UTF8.self).trimmingCharacters(in: .newlines)))
    #expect(SourcesPolling.until(seconds: 5) { SourcesProcessTable.isDead(grandchild) })
  }

  @Test("a process that ignores SIGTERM is killed after the grace period")
  func sigkillAfterGrace() throws {
    let script = try SourcesTemporaryDirectory.executable(fixture: "sources/ignores-sigterm.sh")
    let ready = SourcesRecorder<ProcessEvent>()
    let process = try runner.start(
      Command(argv: [script], environment: environment), framing: .lines, onEvent: ready.record)
    #expect(ready.first { $0 == .stdout(Data("ready".utf8)) } != nil)
    let began = Date()
    process.terminate()
    let exit = try #require(process.waitForExit(timeout: 10))
    #expect(exit.termination == .signaled(SIGKILL))
    #expect(exit.terminatedOnRequest)
    #expect(Date().timeIntervalSince(began) >= 0.4)
  }

  @Test("streaming delivers complete lines in order, then the exit once")
  func streamingLines() throws {
    let events = SourcesRecorder<ProcessEvent>()
    let process = try runner.start(
      command("/usr/bin/printf", "one\\ntwo\\nthree"), framing: .lines, onEvent: events.record)
    let exit = try #require(process.waitForExit(timeout: 5))
    #expect(exit.termination == .exited(0))
    #expect(
      events.all == [
        .stdout(Data("one".utf8)), .stdout(Data("two".utf8)), .stdout(Data("three".utf8)),
        .exited(exit),
      ])
  }

  @Test("terminate stops a streaming sleep and the callback hears the signal")
  func terminateStreaming() throws {
    let events = SourcesRecorder<ProcessEvent>()
    let process = try runner.start(command("/bin/sleep", "30"), onEvent: events.record)
    #expect(process.waitForExit(timeout: 0.2) == nil)
    process.terminate()
    let exit = try #require(process.waitForExit(timeout: 5))
    #expect(exit.termination == .signaled(SIGTERM))
    #expect(exit.terminatedOnRequest)
    #expect(events.all.count == 1)
    #expect(process.exit == exit)
  }

  @Test("after many runs no child is left a zombie and no descriptor is leaked")
  func reapsAndCloses() throws {
    _ = try runner.run(command("/bin/true"), timeout: 5)
    let baseline = SourcesProcessTable.openDescriptorCount()
    for index in 0..<20 {
      _ = try runner.run(command("/bin/echo", "\(index)"), timeout: 5)
      _ = try? runner.run(command("/no/such/binary"), timeout: 5)
    }
    let sleeper = try runner.start(command("/bin/sleep", "30")) { _ in }
    sleeper.terminate()
    sleeper.waitForExit()
    #expect(SourcesPolling.until(seconds: 15) { SourcesProcessTable.zombieChildren().isEmpty })
    #expect(
      SourcesPolling.until(seconds: 15) {
        SourcesProcessTable.openDescriptorCount() <= baseline
      })
  }
}
