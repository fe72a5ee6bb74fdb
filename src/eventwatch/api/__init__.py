"""The HTTP face of the store: a JSON API and the web UI that reads it, served by one FastAPI app."""
from eventwatch.api.app import create_app
from eventwatch.api.settings import ApiSettings

__all__ = ["ApiSettings", "create_app"]
