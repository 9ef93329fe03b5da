"""Helpers the tests import: paths, builds, a throwaway project copy, a local server, browser pages,
quality checks and the search box. Fixtures live in tests/plugins/ (registered by tests/conftest.py)."""
