"""Demo content and benchmark scale data. Product code never imports this package."""
