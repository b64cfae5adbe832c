"""Suggest a timetable: the student's wishes and the catalogue's choices as
one CP-SAT model (request.py what goes in and comes out, model.py the
model, solve.py the search and the explanation of what cannot fit).
See docs/suggest.md."""
