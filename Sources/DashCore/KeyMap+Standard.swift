extension KeyMap {
  /// The dashboard's keys. Left unbound on purpose: d, R, l, L, f, p and /,
  /// which later features take, and Ctrl-D, which means delete in peer tools.
  public static let standard = KeyMap([
    Binding(.character("q"), .quit),
    Binding(.control("c"), .quit),
    Binding(.character("?"), .help),
    Binding(.character("r"), .refresh),
    Binding(.tab, .nextPanel),
    Binding(.backTab, .previousPanel),
    Binding(.character("j"), .down),
    Binding(.down, .down),
    Binding(.character("k"), .up),
    Binding(.up, .up),
    Binding(.pageDown, .pageDown),
    Binding(.pageUp, .pageUp),
    Binding(.character("g"), .top),
    Binding(.home, .top),
    Binding(.character("G"), .bottom),
    Binding(.end, .bottom),
    Binding(.enter, .open),
    Binding(.escape, .back),
    Binding(.control("l"), .repaint),
  ])
}
