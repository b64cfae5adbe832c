"""The objective of a suggestion's model (docs/suggest.md says how it is
weighed), over its Choices."""

from __future__ import annotations

from ortools.sat.python import cp_model

from schoolaas.domain.model import Provider
from schoolaas.domain.suggest.choices import Choices, op100
from schoolaas.domain.suggest.request import Option


def objective(model: Choices) -> None:
    """Lexicographic, as one weighted sum (docs/suggest.md): wishes met
    by priority, then changes to the plan, then days at Aalto, then the
    most op in one planned period."""
    cp = model.cp
    wishes = model.request.wishes
    # level D: the busiest planned period
    most = sum(op100(i.op) for i in model.fixed) + sum(
        op100(w.options[o].item.op) for w in wishes for o in range(len(w.options))
    )
    busiest = cp.new_int_var(0, max(most, 0), "busiest")
    for total in model.period_load.values():
        cp.add(busiest >= total)
    d_max = max(most, 0)
    # level C: days with an Aalto session not already such a day
    aalto_days = {
        day.toordinal()
        for item in model.scheduled
        if item.provider == Provider.AALTO
        for day in model.index.facts(item.sessions).dates
    }
    trip: dict[int, cp_model.IntVar] = {}
    for u, facts in model.units.items():
        w, o, _ = u
        if wishes[w].options[o].item.provider != Provider.AALTO or u not in model.live:
            continue
        for day in {d.toordinal() for d in facts.dates} - aalto_days:
            var = trip.get(day)
            if var is None:
                var = trip[day] = cp.new_bool_var(f"trip {day}")
            cp.add_implication(model.y[u], var)
    c_max = len(trip)
    # level B: wishes whose current item the suggestion changes
    sames: list[cp_model.IntVar] = []
    for w, wish in enumerate(wishes):
        current = wish.current
        if current is None:
            continue
        same = cp.new_bool_var(f"same {w}")
        sames.append(same)
        found = _option_of(wish.options, current.offering_key)
        if found is None:
            cp.add(same == 0)
            continue
        cp.add_implication(same, model.x[(w, found)])
        groups = wish.options[found].slots
        known = {g for slot in groups for g in slot}
        if not set(current.group_keys) <= known or len(current.group_keys) != len(groups):
            cp.add(same == 0)
            continue
        for g in current.group_keys:
            cp.add_implication(same, model.y[(w, found, g)])
    b_max = len(sames)
    # level A: wishes met, each priority above every lower one together
    weight = (b_max + 1) * (c_max + 1) * (d_max + 1)
    terms: list[cp_model.IntVar] = []
    weights: list[int] = []
    for priority in sorted({w.priority for w in wishes}, reverse=True):
        members = [n for n, w in enumerate(wishes) if w.priority == priority]
        terms.extend(model.take[n] for n in members)
        weights.extend([weight] * len(members))
        for n in members:
            model.weights[f"take {n}"] = weight
        weight *= len(members) + 1
    if weight >= 2**62:
        raise ValueError("too many priorities to weigh in one objective")
    # maximise wishes, then unchanged items; minimise trips, then the busiest
    terms.extend(sames)
    weights.extend([(c_max + 1) * (d_max + 1)] * len(sames))
    trips = list(trip.values())
    terms.extend(trips)
    weights.extend([-(d_max + 1)] * len(trips))
    terms.append(busiest)
    weights.append(-1)
    cp.maximize(cp_model.LinearExpr.weighted_sum(terms, weights))
    model.weights.update(same=(c_max + 1) * (d_max + 1), trip=d_max + 1, busiest=1)
    model.score = {
        "changes": b_max - cp_model.LinearExpr.sum(sames),
        "trips": cp_model.LinearExpr.sum(trips),
        "busiest": busiest,
    }



def _option_of(options: tuple[Option, ...], key: str | None) -> int | None:
    return next((n for n, option in enumerate(options) if option.key == key), None)


__all__ = ["objective"]
