"""Auditing many plans on two cores (check --all): a helper process forked
once the catalogue and the load are loaded (:class:`Helper`), and the two
processes taking runs of plans from one shared list (:class:`Runs`). What
the plans are and how each is audited is the Workspace's business
(Workspace._audit_all)."""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.connection import Connection
from typing import Any

WORKERS_ENV = "SCHOOLAAS_AUDIT_WORKERS"  # "1": every plan audited in this process
MIN_SHARED = 64  # fewer plans than this are not worth a second process
SMALLEST_RUN = 100
"""The fewest plans a process takes at a time (three queries a run)."""


class Runs:
    """Runs of ``count`` things in order, handed out to whichever of the two
    processes asks first: a counter in shared memory, made before the fork,
    so both processes take from the same list. A run is a quarter of what
    remains (at least SMALLEST_RUN), so the first runs are long and the
    last short: the two processes end about together, however busy the
    machine keeps either of them (a fixed split of the plans left one
    waiting up to a second for the other on espoo)."""

    def __init__(self, count: int) -> None:
        self.count = count
        self._next = multiprocessing.get_context("fork").Value("q", 0)

    def take(self) -> Iterator[range]:
        """The runs this process gets, until none is left."""
        while True:
            with self._next.get_lock():
                start = int(self._next.value)
                stop = min(self.count, start + max(SMALLEST_RUN, (self.count - start) // 4))
                self._next.value = stop
            if start >= self.count:
                return
            yield range(start, stop)


def can_fork(count: int) -> bool:
    """Whether auditing ``count`` plans may use a forked helper process: only
    on Linux (fork is unsafe with macOS frameworks and missing on Windows),
    with two or more CPUs, from the only running thread (the app's worker
    threads could hold locks the child would need), and unless
    SCHOOLAAS_AUDIT_WORKERS=1."""
    if count < MIN_SHARED or not sys.platform.startswith("linux"):
        return False
    if os.environ.get(WORKERS_ENV, "").strip() == "1" or (os.cpu_count() or 1) < 2:
        return False
    return threading.active_count() == 1 and threading.current_thread() is threading.main_thread()


class Helper:
    """One helper process forked now, running ``work()`` on a copy of this
    process as it is at this moment: whatever this process has loaded (the
    catalogue, the load of every student) the helper has too, without
    loading it again or passing it over. ``work()`` yields answers; each
    comes back pickled through a pipe as soon as it is made (``ready()``
    while this process works too, ``rest()`` at the end). A helper that
    fails (raises, is killed, runs out of memory) just sends no more: the
    caller does what is missing. Use it in a ``with`` block: leaving the
    block ends a helper that is still running (this process failed).

    ``work`` must not use this process's open database connections (the
    helper's copies of them are shared with this process): a Workspace's
    work gives them up first (Workspace._audit_part)."""

    def __init__(self, work: Callable[[], Iterable[Any]]) -> None:
        context = multiprocessing.get_context("fork")  # explicit: never spawn
        self._answers, sending = context.Pipe(duplex=False)
        self._ended = False
        self._process = context.Process(target=_send_answers, args=(work, sending), daemon=True)
        self._process.start()
        sending.close()  # the helper's end; EOF here when the helper ends

    def ready(self) -> list[Any]:
        """The answers sent since the last call, without waiting for more."""
        got: list[Any] = []
        while not self._ended and self._answers.poll():  # EOF polls as ready too
            self._receive(got)
        return got

    def rest(self) -> list[Any]:
        """The answers still to come: waits until the helper has ended."""
        got: list[Any] = []
        while not self._ended:
            self._receive(got)
        self._answers.close()
        self._process.join()
        return got

    def _receive(self, into: list[Any]) -> None:
        try:
            into.append(self._answers.recv())
        except (EOFError, OSError):
            self._ended = True

    def __enter__(self) -> Helper:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._process.is_alive() and exc[0] is not None:
            self._process.kill()
        self._answers.close()
        self._process.join()


def _send_answers(work: Callable[[], Iterable[Any]], answers: Connection) -> None:
    """In the helper: send each answer of ``work()`` as it comes; on an
    error, stop (the parent does what is missing)."""
    try:
        for answer in work():
            answers.send(answer)
    except Exception:
        pass
    finally:
        answers.close()
