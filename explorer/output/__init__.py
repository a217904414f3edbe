"""What leaves the program: exports, citations, date formatting, and neutralising untrusted text."""
