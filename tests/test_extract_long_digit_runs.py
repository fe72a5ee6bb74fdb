"""A run of hundreds of digits (a hash, a tracking id, a pasted checksum) is no figure: reading it must not stop
the pipeline, and ordinary figures beside it still read."""
from datetime import datetime

import pytest

from eventwatch.extract.numbers import parse_number
from eventwatch.model import Document
from eventwatch.pipeline import process


@pytest.mark.parametrize("digits", ["1" * 400, "9" * 320, "\u0661" * 400])
def test_a_run_of_hundreds_of_digits_reads_as_no_figure(digits):
    assert parse_number(digits.translate(str.maketrans("\u0660\u0661\u0662", "012"))) is None


def test_ordinary_figures_still_read():
    assert parse_number("1,200") == 1200 and parse_number("1.5 million") == 1_500_000


@pytest.mark.parametrize("digits", ["1" * 400, "\u0661" * 400])
def test_the_pipeline_reads_a_report_holding_a_long_digit_run(resources, digits):
    text = f"Fighters attacked {digits} on Monday. Gunmen killed 12 civilians in Aleppo on Monday."
    doc = Document(id="digits", sha256="0" * 64, raw=text.encode(), text=text, publisher="Test Monitor",
                   published_at=datetime(2024, 6, 1, 12, 0), language="en")
    events = list(process(resources, doc))
    assert any(m.casualties.killed is not None and m.casualties.killed.best == 12 for m in events)
