"""Storage: the encrypted SQLCipher vault, its tables, migrations and backups. Rows never leave it."""
