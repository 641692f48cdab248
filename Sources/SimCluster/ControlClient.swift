import Foundation

/// Switches the scenario of a running simulator named by its kubeconfig.
public enum ControlClient {
  /// POSTs `{"scenario":NAME}` to the API port, or to the control port when the
  /// API is down; returns the scenario the simulator switched to.
  public static func switchScenario(_ name: String, kubeconfig path: String) throws -> Scenario {
    let scenario = try Scenario.named(name)
    let ports = try SimKubeconfig.ports(path: path)
    let body: SimJSON = ["scenario": .string(scenario.rawValue)]
    var failure: SimError = .control("no port answered")
    for port in [ports.api] + (ports.control.map { [$0] } ?? []) {
      do throws(SimError) {
        let reply = try post(port: port, path: APIRouter.scenarioPath, body: body.encoded())
        guard reply.hasPrefix("HTTP/1.1 200") else {
          throw SimError.control(String(reply.prefix { $0 != "\r" }))
        }
        return scenario
      } catch {
        failure = error
      }
    }
    throw failure
  }

  /// One POST with `Connection: close`; the whole reply as text.
  static func post(port: UInt16, path: String, body: [UInt8]) throws(SimError) -> String {
    try request(method: "POST", port: port, path: path, body: body)
  }

  /// One HTTP/1.1 request with `Connection: close`; the whole reply as text.
  static func request(method: String, port: UInt16, path: String, body: [UInt8] = [])
    throws(SimError) -> String
  {
    let fd = try Syscalls.connect(port: port)
    defer { Syscalls.close(fd: fd) }
    let head =
      "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nContent-Type: application/json\r\n"
      + "Content-Length: \(body.count)\r\nConnection: close\r\n\r\n"
    guard Syscalls.write(fd: fd, bytes: Array(head.utf8) + body) else {
      throw SimError.control("the connection to port \(port) closed while sending")
    }
    var reply: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 4096)
    while true {
      let count = Syscalls.read(fd: fd, into: &chunk)
      guard count > 0 else { break }
      reply += chunk[..<count]
    }
    return String(decoding: reply, as: UTF8.self)
  }
}
