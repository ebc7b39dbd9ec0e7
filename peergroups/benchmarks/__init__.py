"""The Huis van benchmarks: indicator catalogue, rounds, delivered values, import and export."""
