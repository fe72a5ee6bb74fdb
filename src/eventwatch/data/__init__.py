"""Data files: registries, lexicons, gazetteer tables and the demo reports."""
