"""Shared core: what every feature needs (reading data files with line numbers)."""
