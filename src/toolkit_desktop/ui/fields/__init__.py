"""One widget class per field type (a module each), and `factory`, which picks one for a field.

This package's own module imports nothing, so a page that needs one small part of it (the layout
helpers, say, on the unlock screen) does not load every field widget with it.
"""
