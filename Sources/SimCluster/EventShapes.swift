/// Converts core/v1 Events into the events.k8s.io/v1 shape.
enum EventShapes {
  /// The events.k8s.io/v1 form of a stored core/v1 Event.
  static func eventsV1(_ event: SimJSON) -> SimJSON {
    var result: SimJSON = [
      "apiVersion": "events.k8s.io/v1", "kind": "Event", "metadata": event["metadata"],
      "reason": event["reason"], "note": event["message"], "type": event["type"],
      "regarding": event["involvedObject"], "action": event["action"],
      "reportingController": event["reportingComponent"],
      "reportingInstance": event["reportingInstance"],
      "deprecatedSource": event["source"], "deprecatedCount": event["count"],
      "deprecatedFirstTimestamp": event["firstTimestamp"],
      "deprecatedLastTimestamp": event["lastTimestamp"],
    ]
    result["eventTime"] = event["eventTime"] == .null ? event["firstTimestamp"] : event["eventTime"]
    return result
  }
}
