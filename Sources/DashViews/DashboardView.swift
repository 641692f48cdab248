import DashCore
import DashModel
import Foundation

/// The main screen: header, panels, overlay and footer drawn into a grid.
public enum DashboardView {
  /// The smallest screen the dashboard draws into, in columns and rows.
  public static let minimumWidth = 40
  public static let minimumHeight = 10

  /// The whole screen for `state` at `now`, `width` x `height` cells.
  public static func render(
    _ state: AppState, now: Date, width: Int, height: Int, glyphs: Glyphs,
    keyMap: KeyMap = .standard
  ) -> Grid {
    var grid = Grid(width: width, height: height)
    let (contents, verdict, layout) = plan(
      state, now: now, width: width, height: height, glyphs: glyphs)
    guard layout.mode != .tooSmall else {
      drawTooSmall(width: width, height: height, grid: &grid)
      return grid
    }
    drawHeader(state, verdict: verdict, layout: layout, now: now, glyphs: glyphs, grid: &grid)
    drawBody(
      state, layout: layout, contents: contents, now: now, glyphs: glyphs, keyMap: keyMap,
      grid: &grid)
    FooterView.draw(
      state, keyMap: keyMap, row: height - 1, width: width, glyphs: glyphs, grid: &grid)
    return grid
  }

  /// Page and overlay scroll sizes at this screen size, for `AppState.bounds`;
  /// a page is the visible rows less one, kept for context.
  public static func scrollBounds(
    _ state: AppState, now: Date, width: Int, height: Int, glyphs: Glyphs,
    keyMap: KeyMap = .standard
  ) -> ScrollBounds {
    let layout = plan(state, now: now, width: width, height: height, glyphs: glyphs).layout
    if let document = OverlayView.document(state, now: now, keyMap: keyMap) {
      return ScrollBounds(
        pageRows: layout.area.height - 2,
        overlayLimit: OverlayView.scrollLimit(document, in: layout.area))
    }
    let focused = layout.panels.first { $0.panel == state.focus }?.rect.height ?? 4
    return ScrollBounds(pageRows: focused - 3, overlayLimit: 0)
  }

  /// What a frame shows and where: panel contents, the verdict, the layout.
  static func plan(
    _ state: AppState, now: Date, width: Int, height: Int, glyphs: Glyphs
  ) -> (contents: [Panel: PanelContent], verdict: [Span], layout: ScreenLayout) {
    let contents = panelContents(state, now: now, glyphs: glyphs)
    let verdict = HeaderView.verdict(state, now: now, glyphs: glyphs)
    let layout = ScreenLayout(
      width: width, height: height, verdictRows: verdictRows(verdict, width: width),
      focus: state.focus, contents: contents)
    return (contents, verdict, layout)
  }

  /// Each panel's content for this state.
  static func panelContents(_ state: AppState, now: Date, glyphs: Glyphs) -> [Panel: PanelContent] {
    [
      .pods: PodsPanel.content(state, now: now),
      .ingress: IngressPanel.content(state, now: now, glyphs: glyphs),
      .certificate: CertificatePanel.content(state, now: now),
      .health: HealthPanel.content(state, now: now),
      .events: EventsPanel.content(state, now: now),
    ]
  }

  /// Rows the verdict needs at this width: one, or two when it is long.
  static func verdictRows(_ verdict: [Span], width: Int) -> Int {
    verdict.reduce(0) { $0 + $1.columns } + 2 > width ? 2 : 1
  }

  /// Identity and flags, the helm line unless compact, then the verdict.
  static func drawHeader(
    _ state: AppState, verdict: [Span], layout: ScreenLayout, now: Date, glyphs: Glyphs,
    grid: inout Grid
  ) {
    let width = grid.width
    let flags = HeaderView.flags(state)
    let flagsWidth = flags.reduce(0) { $0 + $1.columns }
    grid.put(
      flags, row: 0, col: width - 1 - flagsWidth, width: flagsWidth, ellipsis: glyphs.ellipsis)
    let identityRoom = width - 2 - (flagsWidth > 0 ? flagsWidth + 2 : 0)
    let identity =
      layout.mode == .full
      ? HeaderView.identity(state) : HeaderView.compactIdentity(state)
    grid.put(identity, row: 0, col: 1, width: identityRoom, ellipsis: glyphs.ellipsis)
    var row = 1
    if layout.mode == .full {
      drawHelm(state, now: now, glyphs: glyphs, grid: &grid)
      row = 2
    }
    drawVerdict(verdict, row: row, rows: layout.headerRows - row, glyphs: glyphs, grid: &grid)
  }

  /// The helm line, with when helm was asked at its right end when it fits,
  /// dropping the word "chart" to make room for it.
  static func drawHelm(_ state: AppState, now: Date, glyphs: Glyphs, grid: inout Grid) {
    let room = grid.width - 2
    let age = HeaderView.helmAge(state, now: now)
    let ageWidth = age.reduce(0) { $0 + $1.columns }
    let lines = [true, false].map { label in
      HeaderView.helmLine(state, now: now, glyphs: glyphs, width: room, chartLabel: label)
    }
    let fitting = lines.first { line in
      line.reduce(0) { $0 + $1.columns } + 2 + ageWidth <= room
    }
    let helm = ageWidth > 0 ? fitting ?? lines[0] : lines[0]
    grid.put(helm, row: 1, col: 1, width: room, ellipsis: glyphs.ellipsis)
    if ageWidth > 0, fitting != nil {
      grid.put(
        age, row: 1, col: grid.width - 1 - ageWidth, width: ageWidth, ellipsis: glyphs.ellipsis)
    }
  }

  /// The verdict's mark and words, wrapped on up to `rows` rows, the last
  /// row cut with an ellipsis when even that is not enough.
  static func drawVerdict(
    _ verdict: [Span], row: Int, rows: Int, glyphs: Glyphs, grid: inout Grid
  ) {
    let width = grid.width
    guard let mark = verdict.first, let text = verdict.last, rows > 0 else { return }
    let lines = text.text.wrapped(to: width - 2 - mark.columns)
    for (index, line) in lines.prefix(rows).enumerated() {
      let isLast = index == rows - 1 && lines.count > rows
      let shown = isLast ? line + " " + lines[(index + 1)...].joined(separator: " ") : line
      let lead = index == 0 ? mark : Span(String(repeating: " ", count: mark.columns))
      grid.put(
        [lead, Span(shown, text.style)], row: row + index, col: 1, width: width - 2,
        ellipsis: glyphs.ellipsis)
    }
  }

  /// The overlay when one is open, else every placed panel and divider.
  static func drawBody(
    _ state: AppState, layout: ScreenLayout, contents: [Panel: PanelContent], now: Date,
    glyphs: Glyphs, keyMap: KeyMap, grid: inout Grid
  ) {
    if let document = OverlayView.document(state, now: now, keyMap: keyMap) {
      OverlayView.draw(
        document, scroll: state.overlay.scroll, in: layout.area, glyphs: glyphs, grid: &grid)
      return
    }
    for (panel, rect) in layout.panels {
      guard let content = contents[panel] else { continue }
      PanelView.draw(content, in: rect, focused: panel == state.focus, glyphs: glyphs, grid: &grid)
    }
    for divider in layout.dividers {
      grid.put(glyphs.teeDown, row: divider.row, col: divider.col, width: 1, style: Styles.dim)
      for row in divider.row + 1..<divider.row + divider.height {
        grid.put(glyphs.vertical, row: row, col: divider.col, width: 1, style: Styles.dim)
      }
    }
  }

  /// "terminal too small (WxH), need at least 40x10", centred.
  static func drawTooSmall(width: Int, height: Int, grid: inout Grid) {
    let message =
      "terminal too small (\(width)x\(height)), need at least "
      + "\(minimumWidth)x\(minimumHeight)"
    let lines = message.wrapped(to: max(1, width))
    let top = max(0, (height - lines.count) / 2)
    for (index, line) in lines.enumerated() {
      let col = max(0, (width - line.columns) / 2)
      grid.put(line, row: top + index, col: col, width: width, style: Styles.warn)
    }
  }
}
