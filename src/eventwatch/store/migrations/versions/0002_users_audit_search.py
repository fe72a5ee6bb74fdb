"""users, audit log, full-text search, and the index the map and list queries read

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 16:00:00

Full-text search covers the sentences events were read from (mentions) and whole documents. SQLite gets
FTS5 tables kept current by triggers, so every writer (the CLI, the API, a batch job) feeds the index
without knowing it exists; PostgreSQL gets stored tsvector columns with GIN indexes. Both use English
stemming, so "strikes" finds "strike".
"""
from alembic import op
import sqlalchemy as sa


revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_SQLITE_FTS = [
    # Plain FTS5 tables (not external-content): documents has no INTEGER PRIMARY KEY, and VACUUM may
    # renumber an implicit rowid, which would silently detach an external-content index.
    "CREATE VIRTUAL TABLE documents_fts USING fts5("
    "document_id UNINDEXED, title, body, tokenize = 'porter unicode61 remove_diacritics 2')",
    # rowid = mentions.id (an INTEGER PRIMARY KEY, so stable); the mention's event is looked up at query
    # time, so merges and splits that move a mention need no index update.
    "CREATE VIRTUAL TABLE mentions_fts USING fts5(body, tokenize = 'porter unicode61 remove_diacritics 2')",
    """CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
         INSERT INTO documents_fts(document_id, title, body) VALUES (new.id, coalesce(new.title, ''), new.text);
       END""",
    """CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
         DELETE FROM documents_fts WHERE document_id = old.id;
       END""",
    """CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
         DELETE FROM documents_fts WHERE document_id = old.id;
         INSERT INTO documents_fts(document_id, title, body) VALUES (new.id, coalesce(new.title, ''), new.text);
       END""",
    """CREATE TRIGGER mentions_fts_insert AFTER INSERT ON mentions BEGIN
         INSERT INTO mentions_fts(rowid, body) VALUES (new.id, coalesce(json_extract(new.data, '$.text'), ''));
       END""",
    """CREATE TRIGGER mentions_fts_delete AFTER DELETE ON mentions BEGIN
         DELETE FROM mentions_fts WHERE rowid = old.id;
       END""",
    """CREATE TRIGGER mentions_fts_update AFTER UPDATE OF data ON mentions BEGIN
         DELETE FROM mentions_fts WHERE rowid = old.id;
         INSERT INTO mentions_fts(rowid, body) VALUES (new.id, coalesce(json_extract(new.data, '$.text'), ''));
       END""",
    # stores made before this migration: index what is already there
    "INSERT INTO documents_fts(document_id, title, body) SELECT id, coalesce(title, ''), text FROM documents",
    "INSERT INTO mentions_fts(rowid, body) SELECT id, coalesce(json_extract(data, '$.text'), '') FROM mentions",
]

_POSTGRES_FTS = [
    "ALTER TABLE documents ADD COLUMN search tsvector GENERATED ALWAYS AS "
    "(to_tsvector('english', coalesce(title, '') || ' ' || text)) STORED",
    "CREATE INDEX ix_documents_search ON documents USING gin (search)",
    "ALTER TABLE mentions ADD COLUMN search tsvector GENERATED ALWAYS AS "
    "(to_tsvector('english', coalesce(data ->> 'text', ''))) STORED",
    "CREATE INDEX ix_mentions_search ON mentions USING gin (search)",
]

# Timeline and totals read every matching event, and injured and displaced live only in the JSON. They
# get columns of their own, kept equal to the JSON by the database itself (SQLite: triggers, since it can
# add only VIRTUAL generated columns, which an index cannot cover; PostgreSQL: STORED generated columns),
# so every writer fills them without knowing they exist. One partial index then holds all that the
# statistics read, and they never load an event's JSON (merged_into is in it for the covering reason
# given below).
_STATS_INDEX = ("CREATE INDEX ix_events_live_date_stats ON events "
                "(date, event_family, event_type, killed_best, injured_best, displaced_best, merged_into) "
                "WHERE merged_into IS NULL")
_SET_CASUALTY_COLUMNS = ("UPDATE events SET injured_best = json_extract(new.data, '$.casualties.injured.best'), "
                         "displaced_best = json_extract(new.data, '$.casualties.displaced.best') "
                         "WHERE rowid = new.rowid;")
_SQLITE_STATS = [
    "ALTER TABLE events ADD COLUMN injured_best INTEGER",
    "ALTER TABLE events ADD COLUMN displaced_best INTEGER",
    "UPDATE events SET injured_best = json_extract(data, '$.casualties.injured.best'), "
    "displaced_best = json_extract(data, '$.casualties.displaced.best')",
    f"CREATE TRIGGER events_casualty_columns_insert AFTER INSERT ON events BEGIN {_SET_CASUALTY_COLUMNS} END",
    f"CREATE TRIGGER events_casualty_columns_update AFTER UPDATE OF data ON events BEGIN {_SET_CASUALTY_COLUMNS} END",
    _STATS_INDEX,
]
_POSTGRES_STATS = [
    "ALTER TABLE events ADD COLUMN injured_best integer "
    "GENERATED ALWAYS AS ((data -> 'casualties' -> 'injured' ->> 'best')::integer) STORED",
    "ALTER TABLE events ADD COLUMN displaced_best integer "
    "GENERATED ALWAYS AS ((data -> 'casualties' -> 'displaced' ->> 'best')::integer) STORED",
    _STATS_INDEX,
]


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("token_id", sa.String(length=32), nullable=False),
        sa.Column("token_salt", sa.String(length=64), nullable=False),
        sa.Column("token_hash", sa.String(length=128), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
        sa.UniqueConstraint("token_id"),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("who", sa.String(length=100), nullable=True),
        sa.Column("role", sa.String(length=16), nullable=True),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("target", sa.String(length=200), nullable=True),
        sa.Column("why", sa.Text(), nullable=True),
        sa.Column("outcome", sa.String(length=16), nullable=False),
        sa.Column("status", sa.Integer(), nullable=True),
        sa.Column("detail", sa.JSON(), nullable=True),
        sa.Column("remote", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_audit_log_at", "audit_log", ["at"])
    op.create_index("ix_audit_log_who", "audit_log", ["who"])

    # The map and list ask for live (unmerged) events in a box and a time window. Queries name the box's
    # 1-degree grid cells (events.cell), so this partial index is read as one short date range per cell.
    # It also holds lat, lon, id and what a map marker shows: the box edges are checked, a page of the
    # list is chosen and counted, and the map's points are read, all inside the index; only the list
    # page's own rows are read from the table. (merged_into is always NULL in it, but SQLite counts an
    # index as covering only when it holds every column the query names, the partial condition included.)
    op.create_index("ix_events_live_cell_geo", "events",
                    ["cell", "date", "lat", "lon", "id", "merged_into", "event_type", "event_family", "killed_best",
                     "grade", "status", "location_name"],
                    sqlite_where=sa.text("merged_into IS NULL"), postgresql_where=sa.text("merged_into IS NULL"))

    bind = op.get_bind()
    statements = {"sqlite": _SQLITE_FTS + _SQLITE_STATS, "postgresql": _POSTGRES_FTS + _POSTGRES_STATS}
    for statement in statements.get(bind.dialect.name, []):
        op.execute(statement)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS events_casualty_columns_insert")
        op.execute("DROP TRIGGER IF EXISTS events_casualty_columns_update")
    if bind.dialect.name in ("sqlite", "postgresql"):
        op.execute("DROP INDEX IF EXISTS ix_events_live_date_stats")
        op.execute("ALTER TABLE events DROP COLUMN displaced_best")
        op.execute("ALTER TABLE events DROP COLUMN injured_best")
    if bind.dialect.name == "sqlite":
        for name in ("documents_fts_insert", "documents_fts_delete", "documents_fts_update",
                     "mentions_fts_insert", "mentions_fts_delete", "mentions_fts_update"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS documents_fts")
        op.execute("DROP TABLE IF EXISTS mentions_fts")
    elif bind.dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_mentions_search")
        op.execute("DROP INDEX IF EXISTS ix_documents_search")
        op.execute("ALTER TABLE mentions DROP COLUMN IF EXISTS search")
        op.execute("ALTER TABLE documents DROP COLUMN IF EXISTS search")
    op.drop_index("ix_events_live_cell_geo", table_name="events")
    op.drop_index("ix_audit_log_who", table_name="audit_log")
    op.drop_index("ix_audit_log_at", table_name="audit_log")
    op.drop_table("audit_log")
    op.drop_table("users")
