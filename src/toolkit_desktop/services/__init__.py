"""Use cases: start a case, record and amend answers, import and export; ports passed in."""
