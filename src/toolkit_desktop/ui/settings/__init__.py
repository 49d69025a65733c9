"""The settings page and the practitioner's own details (first run shows the same form)."""
