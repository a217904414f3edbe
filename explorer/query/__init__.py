"""What a user types, read: date words, actor names; shared by the command line and the explorer."""
