"""Plain-Python core: cases, answers and history, matrix summary, NRM dates. No Qt, SQL or YAML."""
