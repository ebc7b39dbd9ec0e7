"""Cache vocabulary: versions and their bumps (``versions``, which names the writes that
bump each version), per-user entries (``user_cache``) and content keys of fragments (``keys``)."""
