public enum DashAppPlaceholder {}
