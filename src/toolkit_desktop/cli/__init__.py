"""The command line, for IT staff, scripts and tests: vault, case and forms commands."""
