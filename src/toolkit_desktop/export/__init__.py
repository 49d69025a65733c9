"""What leaves the vault on request: the JSON case file and the NRM referral pack (PDF)."""
