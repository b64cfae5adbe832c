"""Suggest a timetable (docs/suggest.md): the request from a plan
(ask.py), the explanation in words (words.py), applying a proposal."""
