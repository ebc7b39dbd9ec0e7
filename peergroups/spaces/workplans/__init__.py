"""Work plans of working groups: spearheads, progress updates, progress across groups."""
