"""`python -m schoolaas` and the frozen (PyInstaller) entry point."""

import sys

from schoolaas.cli import main

if __name__ == "__main__":
    if getattr(sys, "frozen", False):  # only a frozen build needs it: 10 ms at every start
        import multiprocessing

        multiprocessing.freeze_support()  # batch printing's workers in a frozen build
    raise SystemExit(main())
