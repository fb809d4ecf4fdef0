"""The workers of a distributed run: a ``crawl_run_workers`` row each, and their counts merged
into the run's row. Several processes write here at once, so every count is added in SQL
(``articles_new = articles_new + :n``), never read, summed in Python and written back."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Engine, exc, insert, select, update

from fanwen.db.engine import wrap_error
from fanwen.db.store import RUN_COUNTS  # the crawl_runs counts, which a worker's row has too
from fanwen.db.tables import runs_table as _runs
from fanwen.db.tables import utcnow
from fanwen.db.tables import workers_table as _workers


def start_worker(engine: Engine, run_id: int, worker: str) -> int:
    """Record a worker joining run ``run_id``; returns its row id."""
    values: dict[str, Any] = {"run_id": run_id, "worker": worker, "started": utcnow(), "status": "running"}
    values.update(dict.fromkeys(RUN_COUNTS, 0))
    try:
        with engine.begin() as connection:
            return int(
                connection.execute(insert(_workers).values(**values).returning(_workers.c.id)).scalar_one()
            )
    except exc.DBAPIError as error:
        raise wrap_error(engine, error) from error


def finish_worker(engine: Engine, worker_id: int, run_id: int, status: str, counts: dict[str, int]) -> None:
    """Close the worker's row and add its counts to the run's, in one transaction."""
    added = {key: int(counts.get(key) or 0) for key in RUN_COUNTS}
    try:
        with engine.begin() as connection:
            connection.execute(
                update(_workers)
                .where(_workers.c.id == worker_id)
                .values(status=status, finished=utcnow(), **added)
            )
            connection.execute(
                update(_runs)
                .where(_runs.c.id == run_id)
                .values(**{k: _runs.c[k] + v for k, v in added.items()})
            )
    except exc.DBAPIError as error:
        raise wrap_error(engine, error) from error


def finish_distributed_run(engine: Engine, run_id: int, status: str, reason: str) -> None:
    """The last worker's close: the run's status and end. Workers that never closed (killed)
    are marked ``interrupted``, and so is the run then: what a lost worker had taken from the
    queue was never done, so the next run must walk every listing again (:mod:`fanwen.db.state`
    treats only a ``finished`` run as complete)."""
    try:
        with engine.begin() as connection:
            connection.execute(
                update(_workers)
                .where(_workers.c.run_id == run_id, _workers.c.status == "running")
                .values(status="interrupted")
            )
            # Counted, not the update's rowcount: two workers may both leave last (idempotent).
            statuses = (
                connection.execute(select(_workers.c.status).where(_workers.c.run_id == run_id))
                .scalars()
                .all()
            )
            lost = statuses.count("interrupted")
            stats: dict[str, Any] = {"finish_reason": reason, "workers": len(statuses)}
            if lost and status == "finished":
                status = "interrupted"
                stats.update(finish_reason="worker_lost", workers_lost=lost)
            connection.execute(
                update(_runs)
                .where(_runs.c.id == run_id)
                .values(status=status, finished=utcnow(), stats_json=json.dumps(stats, sort_keys=True))
            )
    except exc.DBAPIError as error:
        raise wrap_error(engine, error) from error
