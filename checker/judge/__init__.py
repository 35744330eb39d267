"""Judging rules: read → verify evidence → evaluate → relate (checker/judge/pipeline.py runs them)."""
