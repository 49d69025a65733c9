"""A form drawn from its definition, and saving each answer as it is typed."""
