"""``fanwen reprocess``: the archive read again from its kept pages, never fetching."""

from __future__ import annotations

import asyncio
import hashlib
import signal
import sys
import time
import tomllib
from collections.abc import Coroutine
from contextlib import nullcontext
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from fanwen.cli import main
from fanwen.cli.common import DB_OPTION, locked, open_db, workers_option
from fanwen.cli.crawl import EXIT_FAILED, EXIT_INTERRUPTED, run_lock

if TYPE_CHECKING:
    from fanwen.reprocess import SiteSetup, Summary


@main.command()
@DB_OPTION
@click.option("--site", metavar="NAME", help="Only articles of this site (as in `fanwen stats`).")
@click.option(
    "--since", type=click.DateTime(["%Y-%m-%d"]), help="Only articles published on or after YYYY-MM-DD."
)
@click.option(
    "--rules",
    "rules_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Add the [[rule]] tables of this TOML file (the format of rules.toml) to the built-in and profile rules.",
)
@click.option(
    "--profile",
    metavar="NAME_OR_PATH",
    help="The profile the site was crawled with (default: the bundled profile of the site's name, if any).",
)
@click.option("--dry-run", is_flag=True, help="Report what would change; write nothing.")
@workers_option("one per CPU, as this process only compares and stores")
def reprocess(
    db: str | None,
    site: str | None,
    since: datetime | None,
    rules_file: Path | None,
    profile: str | None,
    dry_run: bool,
    workers: int | str | None,
) -> None:
    """Extract, strip and section the kept pages again, and store what changed.

    Runs the one page path on the pages the crawls kept (docs/archive.md): a changed article
    gets a revision, as in a crawl; a page that no longer gives an article keeps its stored
    article and is counted. Prints what changed: articles, sections added and removed,
    removals by rule, a few examples. Resumable: run it again after a kill and it goes on
    after the last committed article. Exit codes: 0 done, 1 an error (or articles no page
    reader could read: run it again to read them), 3 interrupted (Ctrl-C, SIGTERM: run it again
    to resume), 75 a crawl holds the database, or another program its write lock.

    \b
    Example:
        fanwen reprocess --dry-run --rules my-rules.toml    # try a rule on the whole archive
        fanwen reprocess --site demo --since 2024-01-01
    """
    from fanwen.db.engine import resolve_db_url
    from fanwen.reprocess import Checkpoint
    from fanwen.reprocess import reprocess as run
    from fanwen.spiders.reader import worker_count

    count = worker_count(workers, busy=0)  # a number or auto: WorkerCount checked it
    extra = _rules(rules_file)
    fixed = _profile(profile) if profile else None
    url = resolve_db_url(db)
    key = hashlib.sha256(repr((site, since, extra, profile)).encode()).hexdigest()[:16]
    with open_db(db, site) as engine, _lock(url, dry_run):
        setup = _setups(engine, extra, fixed)
        checkpoint = Checkpoint(key)
        shown = _Progress()
        try:
            summary = asyncio.run(
                _stoppable(run(engine, setup, site=site, since=since, dry_run=dry_run, workers=count,
                               checkpoint=checkpoint, progress=shown))
            )  # fmt: skip
        except KeyboardInterrupt:  # Ctrl-C or SIGTERM: what was committed stays, with its checkpoint
            click.echo(_interrupted(shown.summary, None if dry_run else checkpoint.start(engine)), err=True)
            sys.exit(EXIT_INTERRUPTED)
        except Exception as exc:  # a database error mid-way: one line; what was committed stays
            from fanwen.db.engine import DiskFull, StorageError, WriteLocked

            if isinstance(exc, WriteLocked):  # another program's write: try again later
                locked(exc)
            if isinstance(exc, DiskFull) and not dry_run:
                # How far it got, and that the same command goes on from there once there is room.
                committed = checkpoint.start(engine)
                raise click.ClickException(
                    f"{exc}; "
                    + (f"committed up to article {committed}" if committed else "nothing committed")
                    + "; free some space and run the same command again to "
                    + ("resume after it" if committed else "start over")
                ) from exc
            if isinstance(exc, StorageError):
                raise click.ClickException(str(exc)) from exc
            raise
    _report(summary, dry_run)
    if summary.lost:
        sys.exit(EXIT_FAILED)


async def _stoppable(work: Coroutine[Any, Any, Summary]) -> Summary:
    """``work``, cancelled by Ctrl-C or SIGTERM (KeyboardInterrupt once its cleanup has run: the
    window being stored is committed with its checkpoint, the page readers are stopped)."""
    loop = asyncio.get_running_loop()
    task = asyncio.ensure_future(work)
    signalled: list[int] = []

    def stop(number: int) -> None:
        signalled.append(number)
        task.cancel()

    previous = {number: signal.getsignal(number) for number in (signal.SIGINT, signal.SIGTERM)}
    for number in previous:
        loop.add_signal_handler(number, stop, number)
    try:
        return await task
    except asyncio.CancelledError:
        if signalled:
            raise KeyboardInterrupt from None
        raise
    finally:
        for number, handler in previous.items():
            loop.remove_signal_handler(number)
            signal.signal(number, handler)


def _interrupted(summary: Summary | None, committed: int | None) -> str:
    """The one line a stopped run ends with: how far it got, and how to go on."""
    read = f"{summary.done} of {summary.total} articles read" if summary is not None else "no article read"
    if committed is None:
        return f"Interrupted: {read}; a dry run: nothing written."
    if not committed:
        return f"Interrupted: {read}, none committed; run the same command again to start over."
    return f"Interrupted: {read}, committed up to article {committed}; run the same command again to resume after it."


def _rules(path: Path | None) -> list[dict[str, Any]]:
    """The [[rule]] tables of a rules file, checked now (a bad rule is a usage error)."""
    from fanwen.strip import RuleError, load_rules

    if path is None:
        return []
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise click.BadParameter(f"{path}: not valid TOML: {exc}", param_hint="--rules") from None
    unknown = set(data) - {"rule"}
    if unknown:
        raise click.BadParameter(f"{path}: only [[rule]] tables, not {sorted(unknown)}", param_hint="--rules")
    rules = data.get("rule", [])
    if not isinstance(rules, list) or not all(isinstance(rule, dict) for rule in rules):
        # `[rule]` for `[[rule]]` (a table, not a list of them): a traceback as it was applied.
        raise click.BadParameter(f"{path}: [[rule]] entries must be tables", param_hint="--rules")
    if not rules:
        # Every article read again with no rule added, "0 would change": the user's rule never ran.
        raise click.BadParameter(
            f"{path}: no [[rule]] table in it: nothing to add (the format of fanwen/strip/rules.toml)",
            param_hint="--rules",
        )
    try:
        load_rules(rules)
    except RuleError as exc:
        raise click.BadParameter(f"{path}: {exc}", param_hint="--rules") from None
    return list(rules)


def _profile(name: str) -> Any:
    from fanwen.profiles import ProfileError, load

    try:
        return load(name)
    except ProfileError as exc:
        raise click.BadParameter(str(exc), param_hint="--profile") from None


def _setups(engine: Any, extra: list[dict[str, Any]], fixed: Any) -> Any:
    """A site's profile (``--profile``, else the bundled one of its name, else none), rules and
    learned counts, as the crawl that kept its pages had them."""
    from fanwen.profiles import ProfileError, load
    from fanwen.reprocess import SiteSetup, learned_template, load_learned
    from fanwen.strip import load_rules
    from fanwen.strip.boilerplate import BoilerplateOptions

    def setup(site: str) -> SiteSetup:
        profile = fixed
        if profile is None:
            try:
                profile = load(site) if site and "." not in site else None
            except ProfileError:
                click.echo(
                    f"site {site}: no profile of that name; reading its pages without one (--profile)",
                    err=True,
                )
        rules = load_rules([*(profile.rules if profile else ()), *extra])
        learned = load_learned(engine, [site], BoilerplateOptions()) if site else None
        return SiteSetup(profile, rules, learned, learned_template(engine, site))

    return setup


class _Progress:
    """A line on stderr at most every two seconds: articles read, of how many, how fast."""

    def __init__(self) -> None:
        self.started = time.monotonic()
        self.last = 0.0
        self.summary: Summary | None = None  # the run's, once a window is done

    def __call__(self, summary: Summary) -> None:
        self.summary = summary
        now = time.monotonic()
        if now - self.last < 2 and summary.done < summary.total:
            return
        self.last = now
        rate = summary.done / max(now - self.started, 1e-9)
        click.echo(
            f"{summary.done}/{summary.total} articles, {summary.changed} changed, {summary.replaced} replaced,"
            f" {rate:.0f}/s",
            err=True,
        )


def _report(summary: Summary, dry_run: bool) -> None:
    out = _Echo()
    would = "would change" if dry_run else "changed"
    if summary.resumed_after:
        out.print(f"resumed after article {summary.resumed_after}")
    out.print(
        f"{summary.done} articles read again from kept pages: {summary.changed} {would},"
        f" {summary.replaced} replaced, {summary.unchanged} unchanged"
    )
    if summary.replaced:
        out.print(
            "replaced: the same title, text and sections with another date, author, source, category"
            f" or removals ({'would be ' if dry_run else ''}written in place, no revision)"
        )
    out.print(f"sections: +{summary.sections_added} -{summary.sections_removed}")
    if summary.removals:
        out.print(
            "removals by rule: " + ", ".join(f"{rule} {n:+d}" for rule, n in sorted(summary.removals.items()))
        )
    if summary.failed:
        out.print(f"{summary.failed} no longer give an article: their stored articles are kept as they were")
    if summary.unreadable:
        out.print(f"{summary.unreadable} have kept pages that cannot be read: their stored articles are kept")
    if summary.read_again:
        out.print(
            f"{summary.read_again} were read again by another page reader: theirs ended before it answered"
        )
    if summary.lost:
        again = "" if dry_run else f" (it starts again at article {summary.first_lost})"
        out.print(
            f"{summary.lost} not read: their page reader ended while reading them and no other could;"
            f" their stored articles are kept; run the same command again to read them{again}"
        )
    for example in summary.examples:
        out.print(f"  {example}")
    if not summary.total:
        click.echo("no article has kept pages (crawl with FANWEN_KEEP_PAGES on, the default)", err=True)
    if dry_run:
        out.print("dry run: nothing written")


class _Echo:
    """Plain lines on stdout (examples are long URLs: no wrapping)."""

    def print(self, line: str) -> None:
        click.echo(line)


def _lock(url: str, dry_run: bool) -> Any:
    """The run lock for the whole command (reprocess writes as a crawl does); none for a dry run."""
    if dry_run:
        return nullcontext()
    return run_lock(url, 0.0)
