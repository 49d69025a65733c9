"""The case list: search as you type, open a case, start a new one."""
