/// What `wget_wch` returned for one key press, before decoding.
public enum RawKey: Sendable, Equatable {
  /// A character code point (`OK`): printable, or a control code such as 3 for Ctrl-C.
  case character(UInt32)
  /// A function key code (`KEY_CODE_YES`), e.g. `KEY_DOWN` (0o402).
  case function(Int32)
}
