"""Figures of the adversarial suite, summed over a pytest run and printed as one line.

Tests add to :data:`REPORT` as they go (mutations tried and accepted, faults injected and
survived, inputs fuzzed, secrets found; hostile answers: redirects, bombs, deadlines);
``tests/conftest.py`` prints the line at the end of the run, and
``--adversarial-report=FILE`` also writes the figures as JSON.
"""

from __future__ import annotations

from collections import Counter
from typing import Final

FIGURES: Final = (
    "mutations_tried",
    "mutations_accepted",
    "faults_injected",
    "faults_survived",
    "calls_under_faults",
    "inputs_fuzzed",
    "secret_scans",
    "secrets_found",
    "redirects_tried",
    "redirects_followed",
    "bombs_tried",
    "bombs_accepted",
    "deadlines_tried",
    "deadlines_overrun",
    "hostile_files_tried",
    "hostile_files_accepted",
    "journal_attacks_tried",
    "journal_attacks_accepted",
    "service_attacks",
    "service_attacks_accepted",
    "untyped_errors",
)


class Report:
    """Named counters; unknown names are refused so a typo can't hide a figure."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()

    def add(self, figure: str, amount: int = 1) -> None:
        if figure not in FIGURES:
            raise KeyError(f"unknown figure {figure!r}; use one of {', '.join(FIGURES)}")
        self.counts[figure] += amount

    def __bool__(self) -> bool:
        return any(self.counts.values())

    def as_dict(self) -> dict[str, int]:
        return {figure: self.counts[figure] for figure in FIGURES}

    def summary_line(self) -> str:
        c = self.counts
        return (
            f"adversarial: mutations {c['mutations_tried']} tried / "
            f"{c['mutations_accepted']} accepted; "
            f"faults {c['faults_injected']} injected / {c['faults_survived']} survived "
            f"over {c['calls_under_faults']} calls; "
            f"inputs fuzzed {c['inputs_fuzzed']}; "
            f"secrets found {c['secrets_found']} in {c['secret_scans']} scans; "
            f"redirects {c['redirects_tried']} tried / {c['redirects_followed']} followed; "
            f"bombs {c['bombs_tried']} tried / {c['bombs_accepted']} accepted; "
            f"deadlines {c['deadlines_tried']} tried / {c['deadlines_overrun']} overrun; "
            f"hostile files {c['hostile_files_tried']} tried / "
            f"{c['hostile_files_accepted']} accepted; "
            f"journal attacks (locks, damage, full disk) {c['journal_attacks_tried']} tried / "
            f"{c['journal_attacks_accepted']} accepted; "
            f"emulator service attacks {c['service_attacks']} / "
            f"{c['service_attacks_accepted']} accepted; "
            f"untyped errors {c['untyped_errors']}"
        )


REPORT: Final = Report()
