"""quotes.io.records: the quotes file read back with its types."""

from __future__ import annotations

import json

from quotes.io.records import read_quotes


def test_read_quotes_keeps_types(tmp_path):
    out = tmp_path / "q.jsonl"
    out.write_text(json.dumps({"quote_id": "a-001", "doc_id": "a", "quote": "x", "kind": "direct", "start": 3}) + "\n")
    assert next(read_quotes(out)).start == 3
