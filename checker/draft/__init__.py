"""Drafting rules from a release: the claims it makes (extract), the rules it answers (match), stubs."""
