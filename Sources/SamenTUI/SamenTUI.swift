public enum SamenTUI {}
