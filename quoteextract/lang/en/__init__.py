"""English: the cue lexicons, speaker lexicons and data files."""
