"""Plan edits as undo commands. Each redo/undo calls one plan service method
(services/plans/service.py: one transaction, then the audit and the week)
and hands the returned ``Change``, which carries the new plan state, to
``apply``: the window publishes it on the application's one "changes
applied" signal (ui/changes.py), and every open window refreshes what it
shows.

A command is *executed* once before it is pushed (``execute()``), so a
refused edit (``PlannerError``) never lands on the stack; the stack's first
``redo()`` then does nothing. Later redo/undo errors are reported through
``report``, and the refused step's command leaves the history (the plan
stays as stored; undoing further back is still offered). ``apply`` also gets the moment the
step began, so the window can show how long an edit (or its undo) took to
reach the screen.

``base``: what every command is; ``items``: item and finding edits;
``versions``: plan-version edits; ``suggestions``: a suggested timetable
or a seat allocation applied as one step.
"""
