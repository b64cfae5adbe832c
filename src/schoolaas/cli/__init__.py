"""Command line. Placeholder until core lands the real one."""


def main(argv: list[str] | None = None) -> int:
    return 0
