"""Web commands: `serve` (API + web UI) and `users` (tokens for analysts and admins)."""
from __future__ import annotations

from typing import Optional

import typer
from rich.console import Console
from rich.table import Table

from eventwatch.store.access import ROLES

console = Console()
err = Console(stderr=True)

DB_HELP = "Database: a SQLAlchemy URL or a SQLite path (default $EVENTWATCH_DB or ./eventwatch.db)."


def _engine(db: Optional[str]):
    from eventwatch.store.database import open_engine

    return open_engine(db)


def register(app: typer.Typer, evaluate_app: typer.Typer) -> None:
    users_app = typer.Typer(help="Issue and revoke API tokens (stored only as scrypt hashes).",
                            no_args_is_help=True)
    app.add_typer(users_app, name="users")

    @app.command()
    def serve(
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
        host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (0.0.0.0 for all)."),
        port: int = typer.Option(8000, "--port", help="TCP port."),
        read_token_required: bool = typer.Option(
            False, "--read-token-required", help="Reads need a token too (any role); writes always do."),
        tiles: Optional[str] = typer.Option(
            None, "--tiles", help="Tile URL template (https://…/{z}/{x}/{y}.png) drawn over the offline basemap."),
        tile_attribution: str = typer.Option("", "--tile-attribution", help="Attribution text for --tiles."),
        max_upload_mb: float = typer.Option(20.0, "--max-upload-mb", help="Largest document upload accepted."),
        assets: Optional[str] = typer.Option(
            None, "--assets", help="node_modules folder with the front-end libraries (default: the checkout's)."),
        gazetteer: Optional[str] = typer.Option(
            None, "--gazetteer", help="Geoparse uploads with a gazetteer store built by `gazetteer build`."),
        places: Optional[list[str]] = typer.Option(
            None, "--places", help="CSV/YAML of your own places and aliases, for uploads."),
        sources: Optional[list[str]] = typer.Option(None, "--sources", help=(
            "CSV/YAML of your sources (domain or publisher name) and the place each is based in, for uploads.")),
    ) -> None:
        """Serve the web UI and the JSON API (OpenAPI docs at /docs) for a store."""
        from pathlib import Path

        import uvicorn

        from eventwatch.api import ApiSettings, create_app

        settings = ApiSettings.from_env(
            db=db, read_token_required=read_token_required or None, tiles=tiles,
            tile_attribution=tile_attribution or None, max_upload_bytes=int(max_upload_mb * 1024 * 1024),
            assets_dir=Path(assets) if assets else None, gazetteer=gazetteer, places=list(places or []),
            sources=list(sources or []))
        if settings.tiles and settings.tile_origin is None:
            err.print(f"[red]error:[/red] --tiles must be an http(s) URL template, got {settings.tiles!r}")
            raise typer.Exit(2)
        ingest = None
        if settings.gazetteer or settings.places or settings.sources:
            # Named files are checked before serving (the gazetteer loads now, not on the first upload):
            # a bad row must stop the server, not fail every upload.
            from eventwatch.api.ingesting import PipelineIngester, pipeline_settings
            from eventwatch.resources import Resources, check_files

            resources = Resources(pipeline_settings(settings))
            problem = check_files(resources)
            if problem:
                err.print(f"[red]error:[/red] {problem}")
                raise typer.Exit(2)
            ingest = PipelineIngester(settings.max_upload_bytes, resources=resources)
        application = create_app(settings, ingest=ingest)
        if application.state.node_modules is None or not application.state.vendor_assets:
            err.print("[yellow]warning:[/yellow] front-end libraries not found: run `npm ci` in the checkout "
                      "(the API works; the map page needs them)")
        if host not in ("127.0.0.1", "localhost", "::1") and not settings.read_token_required:
            err.print(f"[yellow]note:[/yellow] listening on {host} with open reads; "
                      "use --read-token-required to ask for a token")
        console.print(f"eventwatch on [bold]http://{'localhost' if host in ('127.0.0.1', '::1') else host}:{port}/"
                      f"[/bold]  (API docs at /docs; Ctrl-C stops)")
        uvicorn.run(application, host=host, port=port, log_level="warning", server_header=False,
                    proxy_headers=False)

    @users_app.command("add")
    def users_add(
        name: str = typer.Argument(..., help="User name, recorded with every change they make."),
        role: str = typer.Option("analyst", "--role", help="viewer | analyst | admin"),
        replace: bool = typer.Option(False, "--replace", help="Issue a new token for an existing user."),
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    ) -> None:
        """Create a user and print their token. It is shown once: the store keeps only its hash."""
        from eventwatch.store.access import add_user

        if role not in ROLES:
            err.print(f"[red]error:[/red] --role must be one of {', '.join(ROLES)}")
            raise typer.Exit(2)
        try:
            token = add_user(_engine(db), name, role, replace=replace)
        except ValueError as exc:
            err.print(f"[red]error:[/red] {exc}")
            raise typer.Exit(1) from None
        err.print(f"user [bold]{name}[/bold] ({role}); the token, shown only now:")
        print(token)

    @users_app.command("list")
    def users_list(db: Optional[str] = typer.Option(None, "--db", help=DB_HELP)) -> None:
        """Users, their roles, and whether their token was revoked."""
        from eventwatch.store.access import list_users

        table = Table(title="users")
        for col in ("name", "role", "created", "revoked"):
            table.add_column(col)
        for u in list_users(_engine(db)):
            table.add_row(u["name"], u["role"], str(u["created_at"])[:19], str(u["revoked_at"] or "")[:19])
        console.print(table)

    @users_app.command("revoke")
    def users_revoke(name: str = typer.Argument(...), db: Optional[str] = typer.Option(None, "--db", help=DB_HELP)) -> None:
        """Stop a user's token from working (within a minute on a running server)."""
        from eventwatch.store.access import revoke_user

        if not revoke_user(_engine(db), name):
            err.print(f"[red]error:[/red] no active user {name!r}")
            raise typer.Exit(1)
        err.print(f"revoked {name}")
