import Foundation
import Synchronization

/// Spawns programs from argument arrays (never through a shell) with `posix_spawn`, each in
/// its own process group with stdin from /dev/null; every child is reaped and every
/// descriptor closed.
public struct ProcessRunner: Sendable {
  /// Seconds between SIGTERM and SIGKILL when a process is stopped.
  public var terminateGrace: Double
  /// Seconds the reader may keep draining output after the child exited before whatever is
  /// left of its process group is killed.
  public var drainGrace: Double

  public init(terminateGrace: Double = 2, drainGrace: Double = 0.5) {
    self.terminateGrace = terminateGrace
    self.drainGrace = drainGrace
  }

  /// Runs `command` to its end, or stops it after `timeout` seconds; blocks the calling
  /// thread (never call it from the screen's loop).
  public func run(_ command: Command, timeout: Double) throws(SourceError) -> ProcessOutcome {
    let collected = Mutex((stdout: Data(), stderr: Data()))
    let process = try start(command, framing: .chunks) { event in
      collected.withLock { output in
        switch event {
        case .stdout(let data): output.stdout.append(data)
        case .stderr(let data): output.stderr.append(data)
        case .exited: break
        }
      }
    }
    var exit = process.waitForExit(timeout: timeout)
    let timedOut = exit == nil
    if timedOut {
      process.terminate()
      exit = process.waitForExit()
    }
    let output = collected.withLock { $0 }
    return ProcessOutcome(
      termination: exit?.termination ?? .signaled(SIGKILL), stdout: output.stdout,
      stderr: output.stderr, duration: exit?.duration ?? timeout, timedOut: timedOut)
  }

  /// Starts `command` and returns at once; `onEvent` is called from background threads with
  /// output framed by `framing`, then `.exited` once.
  public func start(
    _ command: Command, framing: OutputFraming = .chunks,
    onEvent: @escaping @Sendable (ProcessEvent) -> Void
  ) throws(SourceError) -> RunningProcess {
    let path = try command.resolveExecutable()
    let pipes: [(read: Int32, write: Int32)]
    do {
      pipes = [try Posix.pipe(), try Posix.pipe(), try Posix.pipe()]
    } catch {
      throw .spawnFailed(tool: command.toolName, path: path, errno: error.code)
    }
    let (stdout, stderr, wake) = (pipes[0], pipes[1], pipes[2])
    let pid: pid_t
    do {
      pid = try Posix.spawn(
        path: path, argv: command.argv, environment: command.environment.map { "\($0)=\($1)" },
        stdout: stdout.write, stderr: stderr.write)
    } catch {
      pipes.forEach {
        Posix.close($0.read); Posix.close($0.write)
      }
      throw error.code == ENOENT
        ? .toolNotFound(tool: command.toolName, path: path, flag: command.pathFlag)
        : .spawnFailed(tool: command.toolName, path: path, errno: error.code)
    }
    Posix.close(stdout.write)
    Posix.close(stderr.write)
    let process = RunningProcess(pid: pid, terminateGrace: terminateGrace, onEvent: onEvent)
    let drainGrace = drainGrace
    let ends = Mutex(0)
    let closeWakeWhenBothDone: @Sendable () -> Void = {
      let done = ends.withLock { count -> Int in
        count += 1
        return count
      }
      if done == 2 {
        Posix.close(wake.read)
        Posix.close(wake.write)
      }
    }
    Thread.detachNewThread {
      process.readOutput(
        stdout: stdout.read, stderr: stderr.read, wake: wake.read, framing: framing)
      closeWakeWhenBothDone()
    }
    Thread.detachNewThread {
      process.superviseExit(wake: wake.write, drainGrace: drainGrace)
      closeWakeWhenBothDone()
    }
    return process
  }
}
