"""Suggest a timetable: the student's wishes and the catalogue's choices as
one CP-SAT model (request.py what goes in and comes out; choices.py the
model's variables, model.py its clashes and pruning, rules.py the rule
families, objective.py the objective; solve.py the search and the
explanation of what cannot fit). See docs/suggest.md."""
