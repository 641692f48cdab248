import Foundation

extension APIRouter {
  /// `pods/NAME/log`: tailLines, sinceSeconds, timestamps, previous, container, follow.
  func streamLog(_ path: ResourcePath, _ request: HTTPRequest, _ exchange: HTTPExchange)
    throws(SimError)
  {
    let namespace = path.namespace ?? ""
    let name = path.name ?? ""
    guard let pod = store.get("pods", namespace: namespace, name: name) else {
      throw SimError.notFound(resource: "pods", name: name)
    }
    let container = try containerStatus(of: pod, named: request.query["container"])
    let query = LogQuery(request.query)
    let rate = max(0.1, switches.current.logLinesPerSecond)
    if query.previous {
      guard (container["restartCount"].int ?? 0) > 0 else {
        throw SimError.badRequest(
          "previous terminated container \"\(container["name"].string ?? "")\" in pod \"\(name)\" not found"
        )
      }
      exchange.respond(
        status: 200, contentType: "text/plain", body: previous(pod, container, query))
      return
    }
    guard let started = SimTime.parse(container["state"]["running"]["startedAt"].string ?? "")
    else {
      let reason = container["state"]["waiting"]["reason"].string ?? "ContainerCreating"
      throw SimError.badRequest(
        "container \"\(container["name"].string ?? "")\" in pod \"\(name)\" is waiting to start: \(reason)"
      )
    }
    let run = container["restartCount"].int ?? 0
    let current = now()
    let total = logs.count(start: started, rate: rate, now: current)
    var first = max(0, total - 5000)
    if let tail = query.tailLines { first = max(0, total - tail) }
    if let since = query.sinceSeconds {
      first = max(first, logs.count(start: started, rate: rate, now: current - since) - 1)
    }
    let history = logs.lines(pod: name, run: run, start: started, rate: rate, range: first..<total)
    guard query.follow else {
      exchange.respond(status: 200, contentType: "text/plain", body: render(history, query))
      return
    }
    guard exchange.startStream(contentType: "text/plain"),
      exchange.writeChunk(render(history, query))
    else { return }
    follow(pod: pod, run: run, started: started, next: total, query: query, exchange: exchange)
  }

  private func follow(
    pod: SimJSON, run: Int, started: Date, next: Int, query: LogQuery, exchange: HTTPExchange
  ) {
    var next = next
    while exchange.peerConnected(waiting: 50) {
      guard let current = store.get("pods", namespace: pod.namespace, name: pod.name),
        current["metadata"]["uid"] == pod["metadata"]["uid"],
        current.value(atPath: "status.containerStatuses").array?.first?["restartCount"].int ?? 0
          == run
      else { break }
      let rate = max(0.1, switches.current.logLinesPerSecond)
      let total = logs.count(start: started, rate: rate, now: now())
      guard total > next else { continue }
      let batch = logs.lines(
        pod: pod.name, run: run, start: started, rate: rate, range: next..<total)
      next = total
      guard exchange.writeChunk(render(batch, query)) else { return }
    }
    exchange.endStream()
  }

  private func previous(_ pod: SimJSON, _ container: SimJSON, _ query: LogQuery) -> [UInt8] {
    let run = (container["restartCount"].int ?? 0) - 1
    let terminated = container["lastState"]["terminated"]
    let start = SimTime.parse(terminated["startedAt"].string ?? "") ?? now()
    let end = SimTime.parse(terminated["finishedAt"].string ?? "") ?? now()
    let count = logs.count(start: start, rate: 2, now: end)
    let first = max(0, count - (query.tailLines ?? 5000))
    var lines = logs.lines(pod: pod.name, run: run, start: start, rate: 2, range: first..<count)
    lines += logs.crashLines(time: end)
    if let tail = query.tailLines { lines = Array(lines.suffix(tail)) }
    return render(lines, query)
  }

  private func containerStatus(of pod: SimJSON, named name: String?) throws(SimError) -> SimJSON {
    let statuses = pod.value(atPath: "status.containerStatuses").array ?? []
    let wanted = name ?? pod.value(atPath: "spec.containers").array?.first?["name"].string ?? ""
    guard let status = statuses.first(where: { $0["name"].string == wanted }) else {
      let known = pod.value(atPath: "spec.containers").array?.contains {
        $0["name"].string == wanted
      }
      if known == true {
        throw SimError.badRequest(
          "container \"\(wanted)\" in pod \"\(pod.name)\" is waiting to start: ContainerCreating")
      }
      throw SimError.badRequest("container \(wanted) is not valid for pod \(pod.name)")
    }
    if name != nil, status["name"].string != wanted {
      throw SimError.badRequest("container \(wanted) is not valid for pod \(pod.name)")
    }
    return status
  }

  private func render(_ lines: [LogWriter.Line], _ query: LogQuery) -> [UInt8] {
    var bytes: [UInt8] = []
    for line in lines {
      if query.timestamps { bytes += Array((SimTime.nanos(line.time) + " ").utf8) }
      bytes += Array(line.text.utf8) + [10]
    }
    return bytes
  }
}

/// The query parameters of a pod log request.
struct LogQuery {
  let follow: Bool
  let previous: Bool
  let timestamps: Bool
  let tailLines: Int?
  let sinceSeconds: Double?

  init(_ query: [String: String]) {
    follow = query["follow"] == "true"
    previous = query["previous"] == "true"
    timestamps = query["timestamps"] == "true"
    tailLines = query["tailLines"].flatMap { Int($0) }.flatMap { $0 < 0 ? nil : $0 }
    sinceSeconds = query["sinceSeconds"].flatMap(Double.init)
  }
}
