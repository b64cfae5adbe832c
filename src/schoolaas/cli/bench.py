"""``schoolaas scale one-school|espoo``: fill an empty database with a
generated benchmark data set (services/scale.py; see bench/README.md)."""

from __future__ import annotations

import argparse
import sys

from schoolaas.services.errors import InvalidInput


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    scale = subparsers.add_parser(
        "scale",
        help="fill an empty database with a generated benchmark data set",
        description="Build the 'one-school' (700 students) or 'espoo' (11 schools, "
        "7,700 students) data set into an empty database: SQLite file or PostgreSQL URL.",
    )
    scale.add_argument("name", choices=["one-school", "espoo"], help="which data set")
    scale.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    scale.add_argument(
        "--factor",
        type=float,
        default=1.0,
        help="scale students and courses by this factor, 0 < F <= 1 (default 1)",
    )
    scale.set_defaults(func=cmd_scale)


def cmd_scale(args: argparse.Namespace) -> int:
    from schoolaas.seed.scale import build_scale
    from schoolaas.services.workspace import Workspace

    if not 0 < args.factor <= 1:
        raise InvalidInput(f"--factor must be in (0, 1], got {args.factor}")
    ws = Workspace.open(getattr(args, "db", None))
    try:
        if not ws.is_empty():
            raise InvalidInput(
                f"The database {ws.where} already holds students or courses; "
                "give an empty one with --db."
            )
        report = build_scale(
            ws.engine,
            args.name,
            seed=args.seed,
            factor=args.factor,
            progress=lambda text: print(f"  {text}", file=sys.stderr),
        )
    finally:
        ws.close()
    counts = report.counts
    print(
        f"{args.name}: {counts.get('student', 0):,} students, "
        f"{counts.get('offering', 0):,} offerings, {counts.get('session', 0):,} sessions, "
        f"{counts.get('plan_item', 0):,} plan items in {report.seconds:.1f} s -> {ws.where}"
    )
    return 0
