"""Maintainer tools (run from the repository root)."""
