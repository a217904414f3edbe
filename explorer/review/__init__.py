"""The user's own work on the chronology: statuses, stars, tags, notes, corrections, merges and splits."""
