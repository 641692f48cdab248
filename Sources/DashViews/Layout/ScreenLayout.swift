import DashCore

/// Where everything goes on a screen of a given size.
struct ScreenLayout {
  /// How much the screen can show.
  enum Mode {
    /// Header, every panel, footer.
    case full
    /// Verdict, pods and the focused panel.
    case compact
    /// Below the minimum size: only a message.
    case tooSmall
  }

  var mode: Mode
  /// Rows above the panels: identity, helm and verdict lines.
  var headerRows: Int
  /// The area for panels or an overlay.
  var area: Rect
  /// The panels and their rectangles.
  var panels: [(panel: Panel, rect: Rect)]
  /// Vertical dividers between panels side by side: column, first row, rows.
  var dividers: [(col: Int, row: Int, height: Int)]

  /// Tall enough for every panel at once.
  static let fullHeight = 20

  init(
    width: Int, height: Int, verdictRows: Int, focus: Panel, contents: [Panel: PanelContent]
  ) {
    panels = []
    dividers = []
    guard width >= DashboardView.minimumWidth, height >= DashboardView.minimumHeight else {
      (mode, headerRows, area) = (.tooSmall, 0, Rect(row: 0, col: 0, width: width, height: height))
      return
    }
    let full = height >= Self.fullHeight
    mode = full ? .full : .compact
    headerRows = (full ? 2 : 1) + min(2, verdictRows)
    area = Rect(row: headerRows, col: 0, width: width, height: height - headerRows - 1)
    let groups = full ? Self.fullGroups(width: width) : Self.compactGroups(focus: focus)
    place(groups, contents: contents)
  }

  /// Every panel: three side by side from 120 columns, two from 70, else
  /// one above the other.
  static func fullGroups(width: Int) -> [[Panel]] {
    if width >= 120 { return [[.pods], [.ingress, .certificate, .health], [.events]] }
    if width >= 70 { return [[.pods], [.ingress, .certificate], [.health], [.events]] }
    return [[.pods], [.ingress], [.certificate], [.health], [.events]]
  }

  /// Pods, and the focused panel under them when it is another.
  static func compactGroups(focus: Panel) -> [[Panel]] {
    focus == .pods ? [[.pods]] : [[.pods], [focus]]
  }

  /// Gives each group its rows, then splits each group's width.
  private mutating func place(_ groups: [[Panel]], contents: [Panel: PanelContent]) {
    let needs = groups.map { group in
      1 + group.map { contents[$0]?.naturalRows ?? 1 }.reduce(1, max)
    }
    let heights = Self.share(area.height, needs: needs, groups: groups)
    var row = area.row
    for (group, height) in zip(groups, heights) where height > 0 {
      let naturals = group.map { Self.naturalWidth(contents[$0]) }
      let widths = Self.split(area.width - (group.count - 1), naturals: naturals)
      var col = area.col
      for (panel, width) in zip(group, widths) {
        if col > area.col { dividers.append((col: col - 1, row: row, height: height)) }
        panels.append((panel, Rect(row: row, col: col, width: width, height: height)))
        col += width + 1
      }
      row += height
    }
  }

  /// Rows per group, none beyond its need: minimums first (a few event rows
  /// among them), then pods up to a third of the area, facts in full, pods
  /// up to half, events, pods in full; rows nobody needs stay unassigned.
  static func share(_ total: Int, needs: [Int], groups: [[Panel]]) -> [Int] {
    let minimums = zip(needs, groups).map { need, group in
      min(need, group.contains(.pods) ? 3 : group.contains(.events) ? 4 : 2)
    }
    var heights = minimums
    var left = total - minimums.reduce(0, +)
    func grow(_ index: Int, to target: Int) {
      let give = max(0, min(left, target - heights[index]))
      heights[index] += give
      left -= give
    }
    let pods = groups.indices.filter { groups[$0].contains(.pods) }
    let events = groups.indices.filter { groups[$0].contains(.events) }
    for index in pods { grow(index, to: min(needs[index], total / 3)) }
    for index in groups.indices where !pods.contains(index) && !events.contains(index) {
      grow(index, to: needs[index])
    }
    for index in pods { grow(index, to: min(needs[index], total / 2)) }
    for index in events + pods { grow(index, to: needs[index]) }
    if left < 0 { return trim(heights, by: -left) }
    return heights
  }

  /// Takes rows from the bottom groups up when minimums do not fit.
  static func trim(_ heights: [Int], by excess: Int) -> [Int] {
    var heights = heights
    var excess = excess
    for index in heights.indices.reversed() where excess > 0 {
      let take = min(excess, heights[index])
      heights[index] -= take
      excess -= take
    }
    return heights
  }

  /// Columns a panel wants: its widest line and its title rule.
  static func naturalWidth(_ content: PanelContent?) -> Int {
    guard let content else { return 1 }
    let rule =
      content.panel.title.columns + (content.count?.columns ?? 0)
      + content.age.reduce(0) { $0 + $1.columns } + 10
    let body: Int =
      switch content.body {
      case .message(let span): span.columns + 2
      case .facts(let facts):
        PanelView.column(facts).map { $0.reduce(0) { $0 + $1.columns } }.max().map { $0 + 2 } ?? 2
      case .table(let table, _): table.columns.indices.map(table.natural).reduce(0, +) + 20
      }
    return max(rule, body)
  }

  /// Splits `total` columns: every panel its natural width if all fit, else
  /// equal shares with what small panels leave over going to the others.
  static func split(_ total: Int, naturals: [Int]) -> [Int] {
    guard naturals.count > 1 else { return [total] }
    var widths = Array(repeating: 0, count: naturals.count)
    var open = Array(naturals.indices)
    var left = total
    while !open.isEmpty {
      let share = left / open.count
      let settled = open.filter { naturals[$0] <= share }
      guard !settled.isEmpty else {
        for (position, index) in open.enumerated() {
          widths[index] = share + (position < left % open.count ? 1 : 0)
        }
        return widths
      }
      for index in settled {
        widths[index] = naturals[index]
        left -= naturals[index]
      }
      open.removeAll { settled.contains($0) }
    }
    if let last = widths.indices.last { widths[last] += left }
    return widths
  }
}
