"""`python -m schoolaas` and the frozen (PyInstaller) entry point."""

import multiprocessing

from schoolaas.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # batch printing's workers in a frozen build
    raise SystemExit(main())
