"""incidents: reconstruct what happened, when, to whom, and who says so, from news articles."""

__version__ = "0.1.0"
