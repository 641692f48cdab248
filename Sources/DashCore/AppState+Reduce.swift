extension AppState {
  /// Applies one action and says what the run loop must do next.
  ///
  /// Never draws and never exits: the run loop acts on the reaction.
  public mutating func reduce(_ action: Action) -> Reaction {
    switch action {
    case .quit: return .quit
    case .help: return toggleHelp()
    case .refresh:
      status = StatusMessage("refreshing every source")
      return .refetch
    case .repaint: return .repaint
    case .nextPanel: return focus(focus.next)
    case .previousPanel: return focus(focus.previous)
    case .down: return move(by: 1)
    case .up: return move(by: -1)
    case .pageDown: return move(by: bounds.pageRows)
    case .pageUp: return move(by: -bounds.pageRows)
    case .top: return move(by: Int.min / 2)
    case .bottom: return move(by: Int.max / 2)
    case .open: return openDetail()
    case .back: return back()
    }
  }

  private mutating func toggleHelp() -> Reaction {
    if case .help = overlay {
      overlay = .none
    } else {
      overlay = .help(scroll: 0)
    }
    return .redraw
  }

  private mutating func focus(_ panel: Panel) -> Reaction {
    guard overlay == .none else { return .none }
    focus = panel
    return .redraw
  }

  /// Moves the selection of the focused panel, or scrolls the overlay.
  private mutating func move(by rows: Int) -> Reaction {
    if overlay != .none { return scrollOverlay(by: rows) }
    let ids = itemIDs(in: focus)
    guard let current = selectedIndex(in: focus) else { return .none }
    let target = clamp(current.addingReportingOverflow(rows).partialValue, to: ids.count - 1)
    guard target != current || selections[focus] == nil else { return .none }
    selections[focus] = Selection(itemID: ids[target], index: target)
    return .redraw
  }

  private mutating func scrollOverlay(by rows: Int) -> Reaction {
    let target = clamp(
      overlay.scroll.addingReportingOverflow(rows).partialValue,
      to: bounds.overlayLimit)
    guard target != overlay.scroll else { return .none }
    overlay = overlay.scrolled(to: target)
    return .redraw
  }

  private mutating func openDetail() -> Reaction {
    guard overlay == .none, let itemID = selectedItemID(in: focus) else { return .none }
    overlay = .detail(panel: focus, itemID: itemID, scroll: 0)
    return .redraw
  }

  private mutating func back() -> Reaction {
    if overlay != .none {
      overlay = .none
      return .redraw
    }
    guard status != nil else { return .none }
    status = nil
    return .redraw
  }

  private func clamp(_ value: Int, to upper: Int) -> Int {
    min(max(0, value), max(0, upper))
  }
}
