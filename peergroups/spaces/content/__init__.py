"""What is inside a group: meetings, attendance, documents and their uploads, regional activities."""
