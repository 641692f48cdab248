import DashCore
import DashModel
import TestSupport
import Testing

@Suite("AppState.reduce")
struct ReducerTests {
  /// One action sent to a state, and what must come of it.
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var start: AppState
    var action: Action
    var reaction: Reaction
    var check: @Sendable (AppState) -> Bool

    var testDescription: String { name }
  }

  static let crashloopPods = States.crashloop.itemIDs(in: .pods)

  static func selecting(_ index: Int, in state: AppState) -> AppState {
    var state = state
    let ids = state.itemIDs(in: state.focus)
    state.selections[state.focus] = Selection(itemID: ids[index], index: index)
    return state
  }

  static let cases: [Case] = [
    Case(name: "q quits", start: States.healthy, action: .quit, reaction: .quit) { _ in true },
    Case(name: "help opens the key list", start: States.healthy, action: .help, reaction: .redraw) {
      $0.overlay == .help(scroll: 0)
    },
    Case(
      name: "help again closes it", start: with(States.healthy) { $0.overlay = .help(scroll: 3) },
      action: .help, reaction: .redraw
    ) { $0.overlay == .none },
    Case(name: "refresh refetches", start: States.healthy, action: .refresh, reaction: .refetch) {
      $0.status == StatusMessage("refreshing every source")
    },
    Case(name: "Ctrl-L repaints", start: States.healthy, action: .repaint, reaction: .repaint) {
      $0.focus == .pods
    },
    Case(name: "Tab focuses ingress", start: States.healthy, action: .nextPanel, reaction: .redraw)
    {
      $0.focus == .ingress
    },
    Case(
      name: "Tab wraps to pods", start: with(States.healthy) { $0.focus = .events },
      action: .nextPanel, reaction: .redraw
    ) { $0.focus == .pods },
    Case(
      name: "Shift-Tab wraps to events", start: States.healthy, action: .previousPanel,
      reaction: .redraw
    ) { $0.focus == .events },
    Case(
      name: "Tab is ignored under help",
      start: with(States.healthy) { $0.overlay = .help(scroll: 0) },
      action: .nextPanel, reaction: .none
    ) { $0.focus == .pods },
    Case(
      name: "down selects the second pod", start: States.crashloop, action: .down,
      reaction: .redraw
    ) { $0.selectedItemID(in: .pods) == crashloopPods[1] },
    Case(
      name: "down stops at the last pod", start: selecting(1, in: States.crashloop),
      action: .down, reaction: .none
    ) { $0.selectedIndex(in: .pods) == 1 },
    Case(
      name: "up selects the first pod", start: selecting(1, in: States.crashloop), action: .up,
      reaction: .redraw
    ) { $0.selectedItemID(in: .pods) == crashloopPods[0] },
    Case(
      name: "G selects the last pod", start: States.crashloop, action: .bottom,
      reaction: .redraw
    ) { $0.selectedIndex(in: .pods) == 1 },
    Case(
      name: "g selects the first pod", start: selecting(1, in: States.crashloop), action: .top,
      reaction: .redraw
    ) { $0.selectedIndex(in: .pods) == 0 },
    Case(
      name: "PgDn moves by a page, clamped", start: States.crashloop, action: .pageDown,
      reaction: .redraw
    ) { $0.selectedIndex(in: .pods) == 1 },
    Case(
      name: "PgUp moves by a page, clamped", start: selecting(1, in: States.crashloop),
      action: .pageUp, reaction: .redraw
    ) { $0.selectedIndex(in: .pods) == 0 },
    Case(
      name: "down in an empty panel does nothing",
      start: with(States.healthy) { $0.focus = .events },
      action: .down, reaction: .none
    ) { $0.selections.isEmpty },
    Case(
      name: "Enter opens the pod detail", start: States.crashloop, action: .open,
      reaction: .redraw
    ) { $0.overlay == .detail(panel: .pods, itemID: crashloopPods[0], scroll: 0) },
    Case(
      name: "Enter on an empty panel does nothing",
      start: with(States.healthy) { $0.focus = .events }, action: .open, reaction: .none
    ) { $0.overlay == .none },
    Case(
      name: "down scrolls the detail", start: opened(States.crashloop), action: .down,
      reaction: .redraw
    ) { $0.overlay.scroll == 1 && $0.selectedIndex(in: .pods) == 0 },
    Case(
      name: "G scrolls the detail to its limit",
      start: with(opened(States.crashloop)) {
        $0.bounds = ScrollBounds(pageRows: 5, overlayLimit: 9)
      },
      action: .bottom, reaction: .redraw
    ) { $0.overlay.scroll == 9 },
    Case(
      name: "down stops at the scroll limit",
      start: with(opened(States.crashloop)) {
        $0.bounds = ScrollBounds(pageRows: 5, overlayLimit: 0)
      },
      action: .down, reaction: .none
    ) { $0.overlay.scroll == 0 },
    Case(
      name: "up at the top does nothing", start: opened(States.crashloop), action: .up,
      reaction: .none
    ) { $0.overlay.scroll == 0 },
    Case(
      name: "Esc closes the detail", start: opened(States.crashloop), action: .back,
      reaction: .redraw
    ) { $0.overlay == .none },
    Case(
      name: "Esc clears a message", start: with(States.healthy) { $0.status = StatusMessage("x") },
      action: .back, reaction: .redraw
    ) { $0.status == nil },
    Case(
      name: "Esc with nothing open does nothing", start: States.healthy, action: .back,
      reaction: .none
    ) { $0.overlay == .none },
  ]

  @Test("each action", arguments: cases)
  func action(_ test: Case) {
    var state = test.start
    let reaction = state.reduce(test.action)
    #expect(reaction == test.reaction)
    #expect(test.check(state))
  }

  @Test("every action is covered by a case")
  func coverage() {
    let covered = Set(Self.cases.map(\.action))
    #expect(covered == Set(Action.allCases))
  }

  @Test("the selection follows its pod when the list reorders")
  func selectionSurvivesReorder() {
    var state = Self.selecting(1, in: States.crashloop)
    let chosen = state.selectedItemID(in: .pods)
    state.snapshot.pods.value?.reverse()
    #expect(state.selectedItemID(in: .pods) == chosen)
  }

  @Test("a vanished selection falls back to the row that took its place")
  func selectionFallsBack() {
    var state = Self.selecting(1, in: States.crashloop)
    state.snapshot.pods.value?.removeAll { $0.id == Self.crashloopPods[1] }
    #expect(state.selectedItemID(in: .pods) == Self.crashloopPods[0])
  }

  static func opened(_ state: AppState) -> AppState {
    var state = state
    _ = state.reduce(.open)
    return state
  }
}

/// A copy of `value` changed by `change`.
func with<T>(_ value: T, _ change: (inout T) -> Void) -> T {
  var copy = value
  change(&copy)
  return copy
}
