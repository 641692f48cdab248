import Foundation
import Synchronization

/// A child process started by `ProcessRunner.start`: its own process group, output read on a
/// background thread, reaped by another; `.exited` is delivered once after all output.
public final class RunningProcess: Sendable {
  /// The child's pid, which is also its process group id.
  public let pid: pid_t
  /// When it was spawned.
  public let startedAt: Date
  /// Seconds between SIGTERM and SIGKILL in `terminate()`.
  public let terminateGrace: Double

  private let state = Mutex(Lifecycle())
  private let finished = DispatchGroup()
  private let readerFinished = DispatchSemaphore(value: 0)
  private let onEvent: @Sendable (ProcessEvent) -> Void

  /// What changes over the child's life, guarded by `state`.
  private struct Lifecycle {
    var reaped = false
    var terminationRequested = false
    var readerDone = false
    var exit: ProcessExit?
  }

  init(
    pid: pid_t, terminateGrace: Double, onEvent: @escaping @Sendable (ProcessEvent) -> Void
  ) {
    self.pid = pid
    self.startedAt = Date()
    self.terminateGrace = terminateGrace
    self.onEvent = onEvent
    finished.enter()
  }

  /// The exit, once the child has been reaped and all its output delivered.
  public var exit: ProcessExit? {
    state.withLock { $0.readerDone ? $0.exit : nil }
  }

  /// Asks the whole group to stop: SIGTERM now, SIGKILL after `terminateGrace` if still alive.
  /// Returns at once.
  public func terminate() {
    let sent = state.withLock { lifecycle -> Bool in
      guard !lifecycle.reaped else { return false }
      lifecycle.terminationRequested = true
      Posix.signalGroup(pid, SIGTERM)
      return true
    }
    guard sent else { return }
    DispatchQueue.global().asyncAfter(deadline: .now() + terminateGrace) { [self] in
      state.withLock { if !$0.reaped { Posix.signalGroup(pid, SIGKILL) } }
    }
  }

  /// Blocks until `.exited` has been delivered or `timeout` seconds pass (nil: no limit).
  @discardableResult
  public func waitForExit(timeout: Double? = nil) -> ProcessExit? {
    let deadline: DispatchTime = timeout.map { .now() + $0 } ?? .distantFuture
    guard finished.wait(timeout: deadline) == .success else { return nil }
    return exit
  }

  /// Reads stdout and stderr until both close, or until `wake` is poked.
  func readOutput(stdout: Int32, stderr: Int32, wake: Int32, framing: OutputFraming) {
    var open = [stdout, stderr]
    var splitters = [LineSplitter(), LineSplitter()]
    while open.contains(where: { $0 >= 0 }) {
      let events = Posix.pollInput(open + [wake])
      if events[2] != 0 { break }
      for index in 0..<2 where open[index] >= 0 && events[index] != 0 {
        let chunk = Posix.read(open[index])
        if chunk.isEmpty {
          if let rest = splitters[index].finish() { deliver(rest, stream: index) }
          Posix.close(open[index])
          open[index] = -1
        } else if framing == .lines {
          splitters[index].feed(chunk).forEach { deliver($0, stream: index) }
        } else {
          deliver(chunk, stream: index)
        }
      }
    }
    open.filter { $0 >= 0 }.forEach(Posix.close)
    state.withLock { $0.readerDone = true }
    readerFinished.signal()
    finishIfComplete()
  }

  /// Waits for the exit, gives the reader `drainGrace` seconds, kills what is left of the
  /// group while the zombie still holds its id, then reaps.
  func superviseExit(wake: Int32, drainGrace: Double) {
    Posix.awaitExitWithoutReaping(pid)
    if readerFinished.wait(timeout: .now() + drainGrace) == .timedOut {
      Posix.signalGroup(pid, SIGKILL)
      if readerFinished.wait(timeout: .now() + drainGrace) == .timedOut {
        Posix.poke(wake)
        readerFinished.wait()
      }
    }
    state.withLock { lifecycle in
      let status = Posix.reap(pid)
      lifecycle.reaped = true
      lifecycle.exit = ProcessExit(
        termination: Posix.termination(fromWaitStatus: status),
        duration: Date().timeIntervalSince(startedAt),
        terminatedOnRequest: lifecycle.terminationRequested)
    }
    finishIfComplete()
  }

  private func deliver(_ data: Data, stream: Int) {
    onEvent(stream == 0 ? .stdout(data) : .stderr(data))
  }

  /// Delivers `.exited` when both threads are done; only the second caller gets here with both.
  private func finishIfComplete() {
    let exit = state.withLock { lifecycle -> ProcessExit? in
      guard lifecycle.readerDone, lifecycle.reaped else { return nil }
      return lifecycle.exit
    }
    guard let exit, claimFinish() else { return }
    onEvent(.exited(exit))
    finished.leave()
  }

  private let finishClaimed = Atomic(false)

  /// True for exactly one caller.
  private func claimFinish() -> Bool {
    finishClaimed.compareExchange(expected: false, desired: true, ordering: .acquiringAndReleasing)
      .exchanged
  }
}
