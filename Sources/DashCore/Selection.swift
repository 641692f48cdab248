/// The selected row of a panel, remembered by item id so it survives the list
/// changing, with the index as a fallback when the item disappears.
public struct Selection: Sendable, Equatable {
  /// The id of the selected item.
  public var itemID: String
  /// Where the item was last seen; used when it is gone.
  public var index: Int

  public init(itemID: String, index: Int) {
    self.itemID = itemID
    self.index = index
  }

  /// The row to show selected in `ids`: the item itself, else the row that
  /// took its place, else nil for an empty list.
  public func resolve(in ids: [String]) -> Int? {
    guard !ids.isEmpty else { return nil }
    if let found = ids.firstIndex(of: itemID) { return found }
    return min(max(0, index), ids.count - 1)
  }
}
