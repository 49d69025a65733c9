"""Training mode as the window shows it: a banner and a title that say TRAINING on every screen.

The training vault itself (a separate file, a fixed passphrase that protects nothing because the
vault holds only fictional practice cases, and those cases) belongs to `services.training`.
"""

from __future__ import annotations

BANNER = "TRAINING: practice cases only. Never record a real child here."
