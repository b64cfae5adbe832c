"""Search-as-you-type in the real catalogue pane over N offerings: types
each query one key at a time and times every keystroke until the table has
repainted. Prints one JSON line: the per-keystroke times in ms."""

from __future__ import annotations

import json
import sys
import time

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from schoolaas.services.workspace import Workspace
from schoolaas.ui.panes.catalogue_panel import CataloguePanel

QUERIES = ("programming", "mechanics 3", "maa06", "kemia", "otaniemen", "cs-a2")

url, rows = sys.argv[1], int(sys.argv[2])
app = QApplication(sys.argv[:1])
ws = Workspace.open(url)
cat = ws.catalogue()
every = sorted(cat.offerings.values(), key=lambda o: o.key)
# spread over the whole catalogue (school courses and Aalto ones): the
# first N by key would be school courses only and the Aalto queries would
# match nothing
step = max(1.0, len(every) / rows)
offerings = [every[int(i * step)] for i in range(min(rows, len(every)))]
panel = CataloguePanel()
panel.resize(520, 700)
panel.set_offerings(offerings, dict(cat.periods))
panel.show()
app.processEvents()
times = []
matches = {}
for query in QUERIES:
    panel.search.clear()
    app.processEvents()
    for ch in query:
        began = time.perf_counter()
        QTest.keyClicks(panel.search, ch)
        app.processEvents()
        times.append((time.perf_counter() - began) * 1000)
    matches[query] = panel.table.model().rowCount()
print(json.dumps({"rows": len(offerings), "keystrokes_ms": times, "matches": matches}), flush=True)
