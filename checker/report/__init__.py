"""Reporting an audit: the record (JSON contract), renderers (table, Markdown, JSON, JUnit), changes."""
