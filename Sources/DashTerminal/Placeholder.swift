import CNCurses

public enum DashTerminalPlaceholder {}
