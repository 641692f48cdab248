public enum SimClusterPlaceholder {}
