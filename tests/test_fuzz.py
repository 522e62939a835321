"""A quick seeded fuzz run over every class of hostile input (``make fuzz`` runs thousands)."""

import pytest

from tests.fuzz import CLASSES, run, table


@pytest.mark.model
def test_generated_hostile_inputs_give_no_crash_hang_invalid_line_or_wrong_offset(nlp):
    tallies = run(cases=4 * len(CLASSES), seed=2026, time_limit=60.0)
    failures = [failure for tally in tallies.values() for failure in tally.failures]
    assert failures == [], table(tallies) + "\n" + "\n".join(failures)
    assert all(tally.cases == 4 for tally in tallies.values())
