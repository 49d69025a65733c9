"""What the child said and what happened: conversations, chronology, history, amendments, citing."""
