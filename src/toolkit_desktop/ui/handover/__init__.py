"""Handing a case to a colleague's laptop in an encrypted file, and receiving one (issue 16)."""
