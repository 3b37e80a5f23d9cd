"""quotes.io.decoding: bytes to text (cp1252, latin-1, UTF-16, BOMs, mixed paragraphs); never raises."""

from __future__ import annotations

import pytest

from quotes.io.decoding import decode_bytes
from tests.helpers.inputs import only_article


def test_mixed_encodings_are_decoded_paragraph_by_paragraph():
    data = ("“Hola,” said José García.\n\n".encode() + "“Oui,” said Hélène Dupré.\n\n".encode("cp1252")
            + "\"Ja,\" said Jürgen Müller.\n".encode("latin-1"))  # fmt: skip
    text = decode_bytes(data).text
    assert "José García" in text and "Hélène Dupré" in text and "Jürgen Müller" in text


def test_a_utf16_fragment_among_utf8_paragraphs_is_read():
    utf8 = "“Hola,” said José García, the minister of ports, on a long day of talks in the capital.\n\n".encode() * 3
    data = utf8 + "\"Yes,\" said Ann Lee.\n\n".encode("utf-16-le") + b"The end.\n"
    decoded = decode_bytes(data)
    assert "said Ann Lee" in decoded.text and "José García" in decoded.text and "\x00" not in decoded.text


def test_cp1252_bytes_are_decoded_and_warned_about(tmp_path):
    text = "“We will not back down,” said Zoë Müller, the café owner’s lawyer — naïve or not.\n"
    path = tmp_path / "cp1252.txt"
    path.write_bytes(text.encode("cp1252"))
    assert b"\x93" in path.read_bytes()  # a real cp1252 left double quotation mark
    article = only_article([path])
    assert article.text == text
    assert any("not valid UTF-8" in w and "cp1252" in w for w in article.warnings)


def test_latin1_bytes_are_decoded(tmp_path):
    text = "«Nous sommes prêts», a déclaré Hélène Dubois, porte-parole du ministère.\n"
    path = tmp_path / "latin1.txt"
    path.write_bytes(text.encode("latin-1"))
    assert b"\xab" in path.read_bytes() and b"\xea" in path.read_bytes()
    assert only_article([path]).text == text


def test_short_latin1_file_is_not_mistaken_for_another_code_page(tmp_path):
    path = tmp_path / "short.txt"
    path.write_bytes("Zoë said “no”.".encode("cp1252"))
    assert only_article([path]).text == "Zoë said “no”."


def test_utf8_with_a_stray_cp1252_byte_keeps_its_utf8(tmp_path):
    path = tmp_path / "mixed.txt"
    path.write_bytes("“Ça va,” said Zoë, then ".encode() + b"\x93pasted\x94 from Word.")
    article = only_article([path])
    assert article.text == "“Ça va,” said Zoë, then “pasted” from Word."
    assert any("stray bytes read as cp1252" in w for w in article.warnings)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-32", "utf-8-sig"])
def test_unicode_encodings_with_and_without_byte_order_mark(tmp_path, encoding):
    text = "“We are ready,” Ana Silva said.\r\nThe talks went on.\r\n"
    path = tmp_path / "u.txt"
    path.write_bytes(text.encode(encoding))
    assert only_article([path]).text == text


def test_undecodable_bytes_never_raise(tmp_path):
    path = tmp_path / "garbled.txt"
    path.write_bytes(b"Good words here. " + bytes(range(0x80, 0x100)) + b" and \x81\x8d\x8f\x90\x9d more words.")
    article = only_article([path])
    assert article.text.startswith("Good words here.") and article.text.endswith("more words.")
