"""Covering indexes for the search of candidate events

Every mention written looks for the live events it may belong to (`Store._candidates`): for each stored
date precision, events whose place lies within the tolerance of the mention's, searched by grid cell where
the box is small and by latitude/longitude range where it is wide (a country-level mention may join events
1,500 km away), plus events placed only at country level. The existing indexes find the rows, but every
condition after the first columns (precision, the other coordinate, merged_into) was checked by reading the
event's row, JSON and all: on a day's stream, where most events share a date, a wide search read hundreds of
rows per mention (6 ms) and the search was a third of the writer's time. These partial indexes hold every
column the search filters on and returns, so it never reads a row; SQLite's planner and PostgreSQL's
index-only scans both use them.

Revision ID: 0004
Revises: 0003
"""
import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_LIVE = "merged_into IS NULL"
INDEXES = {
    # the small boxes: a few 1-degree cells, each a seek
    "ix_events_live_cell_candidates": ["cell", "date_precision", "date", "geo_precision", "lat", "lon", "id",
                                       "version", "merged_into"],
    # the wide boxes: the date window, filtered in the index
    "ix_events_live_date_candidates": ["date_precision", "date", "geo_precision", "lat", "lon", "id", "version",
                                       "merged_into"],
    # events placed at country level
    "ix_events_live_country_candidates": ["country_code", "date_precision", "date", "geo_precision", "id",
                                          "version", "merged_into"],
}


def upgrade() -> None:
    # merged_into is always NULL in them, but SQLite counts an index as covering only when it holds every
    # column the query names, the partial condition's included (as for ix_events_live_cell_geo, 0002).
    for name, columns in INDEXES.items():
        op.create_index(name, "events", columns, sqlite_where=sa.text(_LIVE), postgresql_where=sa.text(_LIVE))


def downgrade() -> None:
    for name in INDEXES:
        op.drop_index(name, table_name="events")
