"""Ctrl-C before `quotes extract` reaches its run (while it imports what it runs, checks its outputs, loads
the models): one line and exit status 130, nothing written (it was silent)."""

import subprocess
import sys

from tests.helpers import ROOT

# the output check runs before the run starts: a SIGINT sent from there is a Ctrl-C in that window
SCRIPT = """
import os, signal, sys
import quotes.io.targets as targets
real = targets.check_outputs
def interrupted(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGINT)
    return real(*args, **kwargs)
targets.check_outputs = interrupted
from quotes.cli import main
sys.argv = ["quotes", "extract", sys.argv[1], "-o", sys.argv[2], "--no-link"]
main()
"""


def test_ctrl_c_before_the_run_is_one_line_and_130(tmp_path):
    output = tmp_path / "quotes.csv"
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(ROOT / "fixtures" / "004_08711c255b65c805.txt"), str(output)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 130
    assert done.stderr.strip().splitlines() == ["interrupted"]
    assert not output.exists() and not list(tmp_path.iterdir())
