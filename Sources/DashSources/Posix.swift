import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The only file in DashSources that calls process and file-descriptor C functions.
enum Posix {
  /// The signals reset to their default action in every child (`posix_spawnattr_setsigdefault`).
  static let resetSignals: [Int32] = [
    SIGPIPE, SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGCHLD, SIGTSTP, SIGTTIN, SIGTTOU, SIGUSR1,
    SIGUSR2, SIGALRM, SIGWINCH,
  ]

  /// A close-on-exec pipe from `pipe2(2)`: (read end, write end).
  static func pipe() throws(PosixError) -> (read: Int32, write: Int32) {
    var fds: [Int32] = [-1, -1]
    guard let pipe2 = glibcFunction("pipe2", as: Pipe2.self) else {
      guard Glibc.pipe(&fds) == 0 else { throw PosixError(errno) }
      fds.forEach { _ = fcntl($0, F_SETFD, FD_CLOEXEC) }
      return (fds[0], fds[1])
    }
    guard pipe2(&fds, O_CLOEXEC) == 0 else { throw PosixError(errno) }
    return (fds[0], fds[1])
  }

  /// Spawns `path` with `posix_spawn(3)` in a new process group, stdin from /dev/null,
  /// stdout and stderr onto the given descriptors, every other descriptor closed.
  static func spawn(
    path: String, argv: [String], environment: [String], stdout: Int32, stderr: Int32
  ) throws(PosixError) -> pid_t {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_adddup2(&actions, stdout, 1)
    posix_spawn_file_actions_adddup2(&actions, stderr, 2)
    if let closeFrom = glibcFunction("posix_spawn_file_actions_addclosefrom_np", as: CloseFrom.self)
    {
      _ = closeFrom(&actions, 3)
    }

    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    let flags = POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF
    posix_spawnattr_setflags(&attributes, Int16(flags))
    posix_spawnattr_setpgroup(&attributes, 0)
    var empty = sigset_t()
    sigemptyset(&empty)
    posix_spawnattr_setsigmask(&attributes, &empty)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for signal in resetSignals { sigaddset(&defaults, signal) }
    posix_spawnattr_setsigdefault(&attributes, &defaults)

    let cArguments = argv.map { strdup($0) } + [nil]
    let cEnvironment = environment.map { strdup($0) } + [nil]
    defer {
      cArguments.forEach { free($0) }
      cEnvironment.forEach { free($0) }
    }
    var pid: pid_t = 0
    let result = posix_spawn(&pid, path, &actions, &attributes, cArguments, cEnvironment)
    guard result == 0 else { throw PosixError(result) }
    return pid
  }

  /// `pipe2(2)`, which Swift's Glibc module does not import (a GNU extension).
  private typealias Pipe2 = @convention(c) (UnsafeMutablePointer<Int32>?, Int32) -> Int32
  /// `posix_spawn_file_actions_addclosefrom_np(3)`, glibc 2.34 and later.
  private typealias CloseFrom =
    @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>?, Int32) -> Int32

  /// A GNU extension of the C library looked up with `dlsym`; nil where it does not exist.
  private static func glibcFunction<Function>(_ name: String, as type: Function.Type) -> Function? {
    guard let symbol = dlsym(nil, name) else { return nil }
    return unsafeBitCast(symbol, to: type)
  }

  /// Blocks until `pid` has exited, without reaping it (`waitid` with `WNOWAIT`).
  static func awaitExitWithoutReaping(_ pid: pid_t) {
    var info = siginfo_t()
    while waitid(P_PID, id_t(pid), &info, WEXITED | WNOWAIT) != 0 && errno == EINTR {}
  }

  /// Reaps `pid` with `waitpid(2)`; returns the raw wait status.
  static func reap(_ pid: pid_t) -> Int32 {
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    return status
  }

  /// Sends `signal` to every process of the group led by `pid` (`kill(-pid, sig)`).
  static func signalGroup(_ pid: pid_t, _ signal: Int32) {
    _ = kill(-pid, signal)
  }

  /// `poll(2)` on the given descriptors for input; returns the revents per descriptor.
  static func pollInput(_ descriptors: [Int32]) -> [Int16] {
    var fds = descriptors.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
    while poll(&fds, nfds_t(fds.count), -1) < 0 && errno == EINTR {}
    return fds.map(\.revents)
  }

  /// One `read(2)` of at most `capacity` bytes; empty at end of file or on error.
  static func read(_ descriptor: Int32, capacity: Int = 65_536) -> Data {
    var buffer = [UInt8](repeating: 0, count: capacity)
    var count = -1
    repeat {
      count = Glibc.read(descriptor, &buffer, capacity)
    } while count < 0 && errno == EINTR
    return count > 0 ? Data(buffer[0..<count]) : Data()
  }

  /// Writes one byte, ignoring failure (used to wake a poll).
  static func poke(_ descriptor: Int32) {
    var byte: UInt8 = 1
    _ = Glibc.write(descriptor, &byte, 1)
  }

  /// `close(2)`.
  static func close(_ descriptor: Int32) {
    _ = Glibc.close(descriptor)
  }

  /// Whether `path` names an existing file, and whether it is executable (`access(2)`).
  static func probe(_ path: String) -> (exists: Bool, executable: Bool) {
    (access(path, F_OK) == 0, access(path, X_OK) == 0)
  }

  /// Decodes a `waitpid` status into an exit code or a signal.
  static func termination(fromWaitStatus status: Int32) -> ProcessTermination {
    let signal = status & 0x7f
    return signal == 0 ? .exited((status >> 8) & 0xff) : .signaled(signal)
  }
}

/// A failed C call's `errno`.
struct PosixError: Error {
  var code: Int32
  init(_ code: Int32) { self.code = code }
}
