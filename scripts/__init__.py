"""Generator for the Kolaborasi site: data files in, pages out (see README)."""
