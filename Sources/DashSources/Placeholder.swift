public enum DashSourcesPlaceholder {}
