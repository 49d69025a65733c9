"""Getting into the vault: first run, unlock, and opening a backup instead."""
