"""`quotes models` through the real CLI: show, use, download failures, a missing model file named."""

from __future__ import annotations

import os

from quotes.cli import app
from tests.helpers.runs import runner


def test_missing_single_model_file_is_named(tmp_path):
    models = tmp_path / "models"
    (models / "en" / "tokenize").mkdir(parents=True)
    (models / "resources.json").write_text("{}")
    (models / "en" / "tokenize" / "combined.pt").write_bytes(b"x")
    result = runner.invoke(app, ["models", "--models", str(models)])
    assert result.exit_code == 1
    assert "en/mwt/combined.pt  MISSING" in result.output


def test_models_show_installed():
    result = runner.invoke(app, ["models"])
    assert result.exit_code == 0, result.output
    assert "en/tokenize/combined.pt  installed" in result.output


def test_models_download_failure_is_one_clear_line(monkeypatch, tmp_path):
    import stanza

    def offline(*args, **kwargs):
        raise ConnectionError("network is unreachable")

    monkeypatch.setattr(stanza, "download", offline)
    result = runner.invoke(app, ["models", "download", "--models", str(tmp_path)])
    assert result.exit_code == 1
    assert result.output.strip().startswith("error: could not download stanza models")
    assert "Traceback" not in result.output


def test_models_use_remembers_the_folder(tmp_path, monkeypatch):
    from quotes import nlp

    models = os.environ["STANZA_RESOURCES_DIR"]
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    result = runner.invoke(app, ["models", "use", models])
    assert result.exit_code == 0, result.output
    monkeypatch.delenv("STANZA_RESOURCES_DIR")
    assert nlp.default_models_dir() == nlp.Path(models).resolve()
