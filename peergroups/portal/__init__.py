"""The help portal and threads: queries (who sees which thread), actions (ask, reply, ...), views, fragments."""
