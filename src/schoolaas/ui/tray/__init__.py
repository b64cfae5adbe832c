"""The plan's own views beside the main window: the course tray grid
(tray_window.py) and the three years at a glance (years_window.py)."""
