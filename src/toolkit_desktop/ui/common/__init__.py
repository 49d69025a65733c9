"""Parts every screen shares: the dialog seam, the vault worker, page parts, the app's context."""
