"""Plain-Python core: cases, answers and their history, the matrix summary, NRM dates. No Qt, SQL or YAML."""
