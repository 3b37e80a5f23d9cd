"""Settings remembered between runs: the stanza models folder, in the user's config folder.

The English models ship in the package (quotes/models/stanza); a user who wants other stanza models
for every run need not export STANZA_RESOURCES_DIR in each shell: `quotes models use DIR` writes the
folder to ``$XDG_CONFIG_HOME/quotes/config.json`` (default ``~/.config/quotes``) and every later
run finds it there, after --models and $STANZA_RESOURCES_DIR and before the shipped models.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

MODELS_KEY = "models_dir"


def config_path() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "quotes" / "config.json"


def _load() -> dict:
    try:
        settings = json.loads(config_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # no config, or one we cannot read: the defaults apply, as before there was one
    return settings if isinstance(settings, dict) else {}


def remembered_models_dir() -> Path | None:
    value = _load().get(MODELS_KEY)
    return Path(value) if isinstance(value, str) and value else None


def remember_models_dir(folder: str | os.PathLike) -> Path:
    """Write the (absolute) models folder into the config file; returns the config file's path."""
    settings = _load()
    settings[MODELS_KEY] = str(Path(folder).expanduser().resolve())
    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(json.dumps(settings, indent=2) + "\n", encoding="utf-8")
    os.replace(tmp, path)
    return path
