"""eventwatch: conflict reports in; geolocated, source-attributed, corroborated events out."""

__version__ = "0.1.0"
