"""Fixtures, registered for every test by tests/conftest.py (pytest_plugins)."""
