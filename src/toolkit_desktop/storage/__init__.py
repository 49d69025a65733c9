"""Storage: the encrypted SQLCipher vault, tables, migrations and backups. Rows never leave it."""
