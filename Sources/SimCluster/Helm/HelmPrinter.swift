import Foundation

/// Renders releases and histories the way helm prints them (table, JSON or YAML).
struct HelmPrinter {
  let context: HelmContext

  /// One release as `helm status` (and `upgrade`) prints it; `header` comes first in tables.
  func printRelease(
    _ record: ReleaseRecord, format: OutputFormat, header: String = "",
    showDescription: Bool = false
  ) throws {
    switch format {
    case .json:
      context.output.write(
        record.helmJSON(includeChart: false).jsonText(order: .release)
          + "\n")
    case .yaml:
      context.output.write(
        YAMLWriter.text(record.helmJSON(includeChart: false)))
    case .table:
      context.output.write(
        header + summary(record, showDescription: showDescription))
    }
  }

  /// helm's status block: NAME, LAST DEPLOYED, NAMESPACE, STATUS, REVISION, notes.
  func summary(_ record: ReleaseRecord, showDescription: Bool) -> String {
    var lines = [
      "NAME: \(record.name)",
      "LAST DEPLOYED: \(record.lastDeployed.map(ansic) ?? "")",
      "NAMESPACE: \(record.namespace)",
      "STATUS: \(record.status.rawValue)",
      "REVISION: \(record.revision)",
    ]
    if showDescription { lines.append("DESCRIPTION: \(record.description)") }
    lines.append("TEST SUITE: None")
    if !record.notes.isEmpty {
      lines += ["NOTES:", record.notes.trimmingTrailingNewlines]
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The rows of `helm history`, oldest first.
  static func historyJSON(_ records: [ReleaseRecord]) -> HelmValue {
    .array(
      records.map { record in
        .object([
          "revision": .number(Double(record.revision)),
          "updated": .string(record.lastDeployed.map(GoTime.format) ?? ""),
          "status": .string(record.status.rawValue),
          "chart": .string(record.chart.nameAndVersion),
          "app_version": .string(record.chart.appVersion),
          "description": .string(record.description),
        ])
      })
  }

  /// `helm history` as a table with helm's column titles.
  func historyTable(_ records: [ReleaseRecord]) -> String {
    let header = [
      "REVISION", "UPDATED", "STATUS", "CHART", "APP VERSION", "DESCRIPTION",
    ]
    let rows = records.map { record in
      [
        String(record.revision), record.lastDeployed.map(ansic) ?? "",
        record.status.rawValue,
        record.chart.nameAndVersion, record.chart.appVersion,
        record.description,
      ]
    }
    return HelmPrinter.table([header] + rows)
  }

  /// Columns padded to their widest cell and separated by a tab, as helm's uitable does.
  static func table(_ rows: [[String]]) -> String {
    let widths = (rows.first ?? []).indices.map { column in
      rows.map { $0[column].count }.max() ?? 0
    }
    return rows.map { row in
      row.enumerated().map { column, cell in
        cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
      }.joined(separator: "\t")
    }.joined(separator: "\n") + "\n"
  }

  /// Go's `time.ANSIC` layout in the context's time zone: `Mon Jan _2 15:04:05 2006`.
  func ansic(_ date: Date) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = context.timeZone
    let parts = calendar.dateComponents(
      [.weekday, .month, .day, .hour, .minute, .second, .year], from: date)
    let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    let months = [
      "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
      "Nov", "Dec",
    ]
    let weekday = weekdays[((parts.weekday ?? 1) - 1) % 7]
    let month = months[((parts.month ?? 1) - 1) % 12]
    let clock = String(
      format: "%2d %02d:%02d:%02d %04d", parts.day ?? 0, parts.hour ?? 0,
      parts.minute ?? 0,
      parts.second ?? 0, parts.year ?? 0)
    return weekday + " " + month + " " + clock
  }
}

extension String {
  /// The text without trailing newlines.
  fileprivate var trimmingTrailingNewlines: String {
    var text = self
    while text.hasSuffix("\n") { text.removeLast() }
    return text
  }
}
