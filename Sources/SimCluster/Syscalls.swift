import Glibc

/// Every raw socket call of the simulator, each wrapping the Glibc call it names.
enum Syscalls {
  /// `socket(AF_INET, SOCK_STREAM)` with `SO_REUSEADDR` set.
  static func tcpSocket() throws(SimError) -> Int32 {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
    guard fd >= 0 else { throw SimError.socket(call: "socket", errno: errno) }
    var one: Int32 = 1
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
    return fd
  }

  /// The loopback address 127.0.0.1 on `port`.
  static func loopback(port: UInt16) -> sockaddr_in {
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = port.bigEndian
    address.sin_addr.s_addr = UInt32(0x7f00_0001).bigEndian
    return address
  }

  /// `bind` to 127.0.0.1:`port` and `listen`; returns the bound port.
  static func listen(fd: Int32, port: UInt16) throws(SimError) -> UInt16 {
    var address = loopback(port: port)
    let size = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, size) }
    }
    guard bound == 0 else { throw SimError.socket(call: "bind port \(port)", errno: errno) }
    guard Glibc.listen(fd, 512) == 0 else { throw SimError.socket(call: "listen", errno: errno) }
    var actual = sockaddr_in()
    var length = size
    _ = withUnsafeMutablePointer(to: &actual) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
    }
    return UInt16(bigEndian: actual.sin_port)
  }

  /// `connect` to 127.0.0.1:`port`; returns the connected socket.
  static func connect(port: UInt16) throws(SimError) -> Int32 {
    let fd = try tcpSocket()
    var address = loopback(port: port)
    let size = socklen_t(MemoryLayout<sockaddr_in>.size)
    let result = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, size) }
    }
    guard result == 0 else {
      let code = errno
      Glibc.close(fd)
      throw SimError.socket(call: "connect to port \(port)", errno: code)
    }
    return fd
  }

  /// `accept` on a listening socket; nil when it was shut down.
  static func accept(fd: Int32) -> Int32? {
    while true {
      let client = Glibc.accept(fd, nil, nil)
      if client >= 0 {
        _ = fcntl(client, F_SETFD, FD_CLOEXEC)
        return client
      }
      if errno == EINTR || errno == ECONNABORTED { continue }
      return nil
    }
  }

  /// `recv` into `buffer`; the byte count, 0 at end of stream, -1 on error.
  static func read(fd: Int32, into buffer: inout [UInt8]) -> Int {
    while true {
      let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
      if count < 0, errno == EINTR { continue }
      return count
    }
  }

  /// `send` of all `bytes` with `MSG_NOSIGNAL`; false when the peer is gone.
  static func write(fd: Int32, bytes: [UInt8]) -> Bool {
    var offset = 0
    while offset < bytes.count {
      let sent = bytes.withUnsafeBytes {
        send(fd, $0.baseAddress?.advanced(by: offset), $0.count - offset, Int32(MSG_NOSIGNAL))
      }
      if sent < 0, errno == EINTR { continue }
      guard sent > 0 else { return false }
      offset += sent
    }
    return true
  }

  /// `POLLRDHUP` from <poll.h>, which Glibc's module hides without _GNU_SOURCE.
  private static let pollReadHangUp: Int32 = 0x2000

  /// `poll` for readability or hang-up within `milliseconds`.
  static func readable(fd: Int32, milliseconds: Int32) -> Bool {
    var entry = pollfd(fd: fd, events: Int16(Int32(POLLIN) | pollReadHangUp), revents: 0)
    return poll(&entry, 1, milliseconds) > 0
  }

  /// True when the peer closed its side: readable and `recv(MSG_PEEK)` sees the end.
  static func peerClosed(fd: Int32) -> Bool {
    guard readable(fd: fd, milliseconds: 0) else { return false }
    var byte: UInt8 = 0
    let count = recv(fd, &byte, 1, Int32(MSG_PEEK | MSG_DONTWAIT))
    return count == 0 || (count < 0 && errno != EAGAIN && errno != EINTR)
  }

  /// `shutdown(SHUT_RDWR)`: wakes a thread blocked in accept or recv on `fd`.
  static func shutdown(fd: Int32) {
    _ = Glibc.shutdown(fd, Int32(SHUT_RDWR))
  }

  /// `shutdown(SHUT_WR)`: tells the peer no more bytes follow, keeping the read side open.
  static func shutdownWrite(fd: Int32) {
    _ = Glibc.shutdown(fd, Int32(SHUT_WR))
  }

  /// `close`.
  static func close(fd: Int32) {
    _ = Glibc.close(fd)
  }

  /// The number of open descriptors of this process, from /proc/self/fd.
  static func openDescriptorCount() -> Int {
    guard let directory = opendir("/proc/self/fd") else { return -1 }
    defer { closedir(directory) }
    var count = 0
    while readdir(directory) != nil { count += 1 }
    return count - 3
  }
}
