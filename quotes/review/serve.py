"""Run the review app on a free loopback port and open it in the browser."""

from __future__ import annotations

import getpass
import os
import socket
import threading
import webbrowser

import uvicorn

from quotes.review.web import create_app

HOST = "127.0.0.1"


def default_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return os.environ.get("USER") or "reviewer"


def free_socket(port: int = 0) -> socket.socket:
    """A listening-ready socket on 127.0.0.1 (port 0: any free one), handed to uvicorn as is."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((HOST, port))
    return sock


def serve(db, user: str, port: int = 0, browser: bool = True, say=print, pile=None, notices=()) -> None:
    """Serve until interrupted; prints the URL first. With ``pile`` a quotes file that changes while
    serving is re-imported; ``notices`` (the start's re-import message) show on every page."""
    sock = free_socket(port)
    url = f"http://{HOST}:{sock.getsockname()[1]}/"
    app = create_app(db, user, pile, say)
    app.state.review.notices.extend(notices)
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
    say(f"quotes review: {url}  (database {db}; Ctrl-C to stop)")
    if browser:
        threading.Timer(0.8, webbrowser.open, (url,)).start()
    server.run(sockets=[sock])
