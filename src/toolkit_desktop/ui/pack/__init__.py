"""The Referral step and the dialog that makes the NRM referral pack."""
