"""The open case: header, steps, side panel, "What next", and the vault work behind its pages."""
