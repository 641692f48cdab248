/// How streamed output is cut before it reaches the callback.
public enum OutputFraming: Sendable, Equatable {
  /// As `read(2)` returned it (at most 64 KiB per event).
  case chunks
  /// Complete lines without the newline; a last unterminated line is delivered at the end.
  case lines
}
