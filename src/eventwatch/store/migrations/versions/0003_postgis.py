"""PostGIS where the server has it

On PostgreSQL with the postgis extension available, events get a `geog` geography column kept in step
with lat/lon by a trigger, and a GiST index; distance filters then use ST_DWithin. Without PostGIS (or on
SQLite) nothing changes: the (cell, date) and (lat, lon) indexes serve as the plain indexed fallback.

Revision ID: 0003
Revises: 0002
"""
import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "store_features",
        sa.Column("name", sa.String(40), primary_key=True),
        sa.Column("enabled", sa.Boolean, nullable=False),
    )
    bind = op.get_bind()
    enabled = False
    if bind.dialect.name == "postgresql":
        available = bind.execute(sa.text(
            "select 1 from pg_available_extensions where name = 'postgis'")).scalar() is not None
        if available:
            try:
                with bind.begin_nested():
                    bind.execute(sa.text("CREATE EXTENSION IF NOT EXISTS postgis"))
                enabled = True
            except sa.exc.DBAPIError:  # no privilege to create it: keep the fallback
                enabled = False
    if enabled:
        op.execute("ALTER TABLE events ADD COLUMN geog geography(Point, 4326)")
        op.execute("UPDATE events SET geog = ST_SetSRID(ST_MakePoint(lon, lat), 4326)::geography "
                   "WHERE lat IS NOT NULL AND lon IS NOT NULL")
        op.execute("CREATE INDEX ix_events_geog ON events USING gist (geog)")
        op.execute("""
            CREATE OR REPLACE FUNCTION eventwatch_events_geog() RETURNS trigger AS $$
            BEGIN
              IF NEW.lat IS NULL OR NEW.lon IS NULL THEN
                NEW.geog := NULL;
              ELSE
                NEW.geog := ST_SetSRID(ST_MakePoint(NEW.lon, NEW.lat), 4326)::geography;
              END IF;
              RETURN NEW;
            END $$ LANGUAGE plpgsql""")
        op.execute("CREATE TRIGGER events_geog BEFORE INSERT OR UPDATE OF lat, lon ON events "
                   "FOR EACH ROW EXECUTE FUNCTION eventwatch_events_geog()")
    op.execute(sa.text("INSERT INTO store_features (name, enabled) VALUES ('postgis', :on)").bindparams(on=enabled))


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS events_geog ON events")
        op.execute("DROP FUNCTION IF EXISTS eventwatch_events_geog()")
        op.execute("DROP INDEX IF EXISTS ix_events_geog")
        op.execute("ALTER TABLE events DROP COLUMN IF EXISTS geog")
    op.drop_table("store_features")
