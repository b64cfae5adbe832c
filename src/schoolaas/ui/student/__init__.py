"""Student mode: what a student may use of the main window (mode.py)."""
