"""Cache vocabulary: per-user versions and entries, content keys of rendered fragments."""
