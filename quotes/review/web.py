"""The review web app (Starlette): queue, article view, correction form, claims matrix, history.

Pages are rendered on the server with jinja2 (autoescaped: article text and names show as text);
a little plain JavaScript (static/review.js) adds keyboard moves and text selection. It answers
only requests for 127.0.0.1 / localhost, and refuses form posts from other origins.
"""

from __future__ import annotations

import json
import tempfile
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote, urlencode, urlsplit

from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from quotes.review import store
from quotes.review.export import export, export_claims
from quotes.review.load import Pile
from quotes.review.render import colour, segments

HERE = Path(__file__).parent
LOOPBACK_HOSTS = ["127.0.0.1", "localhost", "::1", "[::1]"]
CSP = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'self'"
STANCES = ("supports", "disputes", "mentions", "mixed")
DETAIL_KEYS = ("quote_id", "speaker", "speaker_type", "speaker_mention", "role", "affiliation", "cue", "medium",
               "confidence", "kind", "checked", "group_id")

env = Environment(loader=PackageLoader("quotes.review", "templates"), autoescape=select_autoescape(default=True))
env.globals["colour"] = colour
env.filters["q"] = lambda params: urlencode({k: v for k, v in params.items() if v not in (None, "")})


def _json_script(data) -> str:
    """JSON safe inside <script type=application/json>: no "<", ">" or "&" left to close the tag."""
    return json.dumps(data, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


env.filters["json_script"] = _json_script


class Review:
    """The app's settings; with a pile, each request first checks that its quotes file has not changed
    (a re-extraction): if it has, it is re-imported and the message is shown on every page."""

    def __init__(self, db: str | Path, user: str, pile: Pile | None = None, say=None):
        self.db, self.user, self.pile, self.say = Path(db), user, pile, say
        self.notices: list[str] = []

    @contextmanager
    def conn(self):
        conn = store.connect(self.db)
        try:
            if self.pile is not None:
                try:
                    self._notice(store.sync(conn, self.pile).message())
                except (OSError, ValueError) as exc:  # mid-rewrite or broken: keep serving what was loaded
                    self._notice(f"{self.pile.quotes} cannot be re-imported now ({exc}); showing the rows loaded before")
            yield conn
        finally:
            conn.close()

    def _notice(self, message: str | None) -> None:
        if message and message not in self.notices:
            self.notices.append(message)
            if self.say is not None:
                self.say(message)


def _page(request: Request, name: str, status: int = 200, **context) -> HTMLResponse:
    review: Review = request.app.state.review
    html = env.get_template(name).render(request=request, user=review.user, notices=review.notices, **context)
    return HTMLResponse(html, status_code=status)


def _local(url: str | None, default: str) -> str:
    """Only same-site paths are followed after a post (no open redirect)."""
    if not url or not url.startswith("/") or url.startswith("//") or "\\" in url:
        return default
    return url


def _back(request: Request, form, default: str) -> Response:
    if "application/json" in request.headers.get("accept", ""):
        return JSONResponse({"ok": True})
    return RedirectResponse(_local(form.get("back"), default), status_code=303)


def _article_url(doc_id: str, quote_id: str | None = None) -> str:
    return f"/article/{quote(doc_id)}" + (f"#q-{quote_id}" if quote_id else "")


env.globals["article_url"] = _article_url
env.filters["urlpart"] = lambda s: quote(str(s), safe="")


# ---- pages ----


async def home(request: Request) -> Response:
    return RedirectResponse("/queue", status_code=303)


FILTERS = ("doc", "speaker", "kind", "max_conf", "checked")


def _filtered(rows: list[dict], params) -> list[dict]:
    f = {k: params.get(k, "") for k in FILTERS}
    out = rows
    if f["doc"]:
        out = [r for r in out if r["doc_id"] == f["doc"]]
    if f["speaker"]:
        want = f["speaker"].casefold()
        out = [r for r in out if (r["speaker"] or "").casefold() == want or (want == "(none)" and not r["speaker"])]
    if f["kind"]:
        out = [r for r in out if r["kind"] == f["kind"]]
    if f["max_conf"]:
        try:
            limit = float(f["max_conf"])
            out = [r for r in out if r["confidence"] == "" or r["confidence"] <= limit]
        except ValueError:
            pass
    if f["checked"] == "no":
        out = [r for r in out if not r["checked"]]
    elif f["checked"] == "yes":
        out = [r for r in out if r["checked"]]
    return sorted(out, key=lambda r: (r["confidence"] if r["confidence"] != "" else 0.0, r["ord"], r["start"] or 0))


async def queue(request: Request) -> Response:
    review: Review = request.app.state.review
    with review.conn() as conn:
        rows = store.current(conn)
        pile_speakers = store.speakers(conn, rows)
        docs = store.articles(conn)
    shown = _filtered(rows, request.query_params)
    params = {k: request.query_params.get(k, "") for k in FILTERS}
    here = "/queue" + (f"?{urlencode(params)}" if any(params.values()) else "")
    done = sum(1 for r in rows if r["checked"])
    return _page(request, "queue.html", rows=shown, total=len(rows), done=done, params=params, here=here,
                 speakers=pile_speakers, docs=docs, kinds=store.KINDS)


async def article(request: Request) -> Response:
    review: Review = request.app.state.review
    doc_id = request.path_params["doc_id"]
    with review.conn() as conn:
        meta = conn.execute("SELECT * FROM articles WHERE doc_id=?", (doc_id,)).fetchone()
        if meta is None:
            return _page(request, "error.html", 404, message=f"no article {doc_id!r} in this pile")
        text = meta["text"]
        rows = store.current(conn, doc_id, {doc_id: text or ""})
    segs = segments(text, rows) if text else []
    details = {r["quote_id"]: {k: r[k] for k in DETAIL_KEYS} for r in rows}
    speakers_here = list(dict.fromkeys(r["speaker"] for r in rows if r["speaker"]))
    return _page(request, "article.html", doc=dict(meta), rows=rows, segments=segs, details=details,
                 speakers_here=speakers_here, here=_article_url(doc_id))


async def quote_page(request: Request) -> Response:
    review: Review = request.app.state.review
    quote_id = request.path_params["quote_id"]
    with review.conn() as conn:
        row = store.find(conn, quote_id)
        if row is None:
            return _page(request, "error.html", 404, message=f"no quote {quote_id!r} in this pile")
        text = store.article_text(conn, row["doc_id"]) or ""
        history = [c for c in store.corrections(conn, quote_id)]
        pile_speakers = store.speakers(conn)
        siblings = store.current(conn, row["doc_id"], {row["doc_id"]: text})
    lo = max(0, min(row["start"] or 0, row["speaker_start"] if row["speaker_start"] != "" else 10**12) - 400)
    hi = min(len(text), max(row["end"] or 0, row["speaker_end"] or 0) + 400)
    lo = text.rfind("\n", 0, lo) + 1 if lo else 0
    nxt = text.find("\n", hi)
    hi = len(text) if nxt < 0 else nxt
    context = segments(text[lo:hi], [_shifted(r, lo) for r in siblings if r["quote_id"] == quote_id]) if text else []
    others = [r for r in siblings if r["quote_id"] != quote_id]
    back = _local(request.query_params.get("back"), _article_url(row["doc_id"], quote_id))
    return _page(request, "quote.html", row=row, context=context, base=lo, history=history, speakers=pile_speakers,
                 kinds=store.KINDS, others=others, back=back, has_text=bool(text))


def _shifted(row: dict, by: int) -> dict:
    r = dict(row)
    for k in ("start", "end", "speaker_start", "speaker_end"):
        if isinstance(r[k], int):
            r[k] -= by
    return r


async def history(request: Request) -> Response:
    review: Review = request.app.state.review
    with review.conn() as conn:
        log = store.corrections(conn)
    return _page(request, "history.html", log=list(reversed(log)))


async def claims(request: Request) -> Response:
    review: Review = request.app.state.review
    with review.conn() as conn:
        claim_list, speakers_, cells = store.claim_matrix(conn)
        candidates = store.claim_candidates(conn)
    labels = {c["id"]: c["label"] for c in claim_list}
    return _page(request, "claims.html", claims=claim_list, speakers=speakers_, cells=cells, stances=STANCES,
                 candidates=candidates, labels=labels)


async def api_quotes(request: Request) -> Response:
    review: Review = request.app.state.review
    doc = request.query_params.get("doc") or None
    with review.conn() as conn:
        text = store.article_text(conn, doc) if doc else None
        rows = store.current(conn, doc, {doc: text or ""} if doc else None)
    return JSONResponse([{k: v for k, v in r.items() if k != "fields"} | {"fields": sorted(r["fields"])} for r in rows])


async def export_csv(request: Request) -> Response:
    review: Review = request.app.state.review
    tmp = Path(tempfile.mkdtemp(prefix="quotes-review-")) / "corrected.csv"
    export(review.db, tmp)
    return FileResponse(tmp, media_type="text/csv", filename="corrected.csv")


# ---- posts: every change is a correction ----


async def save_quote(request: Request) -> Response:
    review: Review = request.app.state.review
    quote_id = request.path_params["quote_id"]
    form = await request.form()
    with review.conn() as conn:
        row = store.find(conn, quote_id)
        if row is None:
            return PlainTextResponse("no such quote", status_code=404)
        if form.get("kind") and form["kind"] not in store.KINDS:
            return PlainTextResponse("unknown kind", status_code=400)
        changes = [(f, str(form[f]).strip()) for f in store.EDITABLE if f in form]
        speaker_change = any(f == "speaker" and v != row["speaker"] for f, v in changes)
        ids = store.correct_many(conn, quote_id, changes, review.user)
        start, end = form.get("mention_start", ""), form.get("mention_end", "")
        text = store.article_text(conn, row["doc_id"]) or ""
        if str(start).isdigit() and str(end).isdigit() and int(start) < int(end) <= len(text):
            s, e = int(start), int(end)
            if (s, e) != (row["speaker_start"], row["speaker_end"]):
                m = {"start": s, "end": e, "text": text[s:e]}
                ids.append(store.correct(conn, quote_id, "mention", json.dumps(m, ensure_ascii=False), review.user))
        elif speaker_change and row["speaker_start"] != "":  # a new speaker's old mention would mislead
            ids.append(store.correct(conn, quote_id, "mention", json.dumps({}), review.user))
        if not ids and form.get("accept_unchanged"):
            store.correct(conn, quote_id, "checked", store.ACCEPTED, review.user)
    return _back(request, form, _article_url(row["doc_id"], quote_id))


async def check(request: Request) -> Response:
    review: Review = request.app.state.review
    quote_id = request.path_params["quote_id"]
    form = await request.form()
    status = form.get("status", store.ACCEPTED)
    if status not in (store.ACCEPTED, store.NOT_A_QUOTE, ""):
        return PlainTextResponse("unknown status", status_code=400)
    with review.conn() as conn:
        try:
            store.correct(conn, quote_id, "checked", status, review.user)
        except KeyError:
            return PlainTextResponse("no such quote", status_code=404)
    return _back(request, form, f"/quote/{quote_id}")


async def split(request: Request) -> Response:
    review: Review = request.app.state.review
    quote_id = request.path_params["quote_id"]
    form = await request.form()
    with review.conn() as conn:
        row = store.find(conn, quote_id)
        at = str(form.get("at", ""))
        if row is None or not at.lstrip("-").isdigit():
            return PlainTextResponse("no such quote or no offset", status_code=400)
        at_i = int(at) if form.get("absolute") else row["start"] + int(at)
        if not row["start"] < at_i < row["end"]:
            return PlainTextResponse("the split point must fall inside the quote", status_code=400)
        store.correct(conn, quote_id, "split", str(at_i), review.user)
    return _back(request, form, f"/quote/{quote_id}")


async def merge(request: Request) -> Response:
    review: Review = request.app.state.review
    quote_id = request.path_params["quote_id"]
    form = await request.form()
    with review.conn() as conn:
        row, other = store.find(conn, quote_id), store.find(conn, str(form.get("other", "")))
        if row is None or other is None or other["doc_id"] != row["doc_id"] or other is row:
            return PlainTextResponse("merge needs two quotes of one article", status_code=400)
        store.correct(conn, quote_id, "merge", other["quote_id"], review.user)
    return _back(request, form, f"/quote/{quote_id}")


async def undo(request: Request) -> Response:
    review: Review = request.app.state.review
    form = await request.form()
    with review.conn() as conn:
        try:
            store.undo(conn, int(request.path_params["correction_id"]), review.user)
        except KeyError:
            return PlainTextResponse("no such correction", status_code=404)
    return _back(request, form, "/history")


async def accept_rest(request: Request) -> Response:
    review: Review = request.app.state.review
    doc_id = request.path_params["doc_id"]
    form = await request.form()
    with review.conn() as conn:
        for r in store.current(conn, doc_id):
            if not r["checked"]:
                store.correct(conn, r["quote_id"], "checked", store.ACCEPTED, review.user)
    return _back(request, form, _article_url(doc_id))


async def stance(request: Request) -> Response:
    review: Review = request.app.state.review
    form = await request.form()
    key, new = str(form.get("key", "")), str(form.get("stance", ""))
    if new not in STANCES:
        return PlainTextResponse("unknown stance", status_code=400)
    with review.conn() as conn:
        _, _, cells = store.claim_matrix(conn)
        cell = next((c for c in cells.values() if c["key"] == key), None)
        if cell is None:
            return PlainTextResponse("no such claim cell", status_code=404)
        store.correct(conn, key, "stance", new, review.user, old=cell["stance"])
    return _back(request, form, "/claims")


async def candidate(request: Request) -> Response:
    """A person's decision on a candidate: confirmed (it becomes a cell) or rejected; undone from History."""
    review: Review = request.app.state.review
    form = await request.form()
    key, decision = str(form.get("key", "")), str(form.get("decision", ""))
    if decision not in (store.CONFIRMED, store.REJECTED):
        return PlainTextResponse("a candidate is confirmed or rejected", status_code=400)
    with review.conn() as conn:
        if not any(c["key"] == key for c in store.claim_candidates(conn)):
            return PlainTextResponse("no such candidate", status_code=404)
        store.correct(conn, key, "candidate", decision, review.user)
    return _back(request, form, "/claims")


async def export_claims_csv(request: Request) -> Response:
    review: Review = request.app.state.review
    tmp = Path(tempfile.mkdtemp(prefix="quotes-review-")) / "claims_reviewed.csv"
    export_claims(review.db, tmp)
    return FileResponse(tmp, media_type="text/csv", filename="claims_reviewed.csv")


# ---- safety ----


class SameOrigin:
    """Refuse a post whose Origin (or Referer) is another site: a page elsewhere cannot correct the pile."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http" and scope["method"] not in ("GET", "HEAD", "OPTIONS"):
            headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
            origin = headers.get("origin") or headers.get("referer")
            if origin and origin != "null" and urlsplit(origin).netloc != headers.get("host", ""):
                await PlainTextResponse("cross-origin post refused", status_code=403)(scope, receive, send)
                return
        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                message["headers"] += [(b"content-security-policy", CSP.encode()), (b"x-content-type-options", b"nosniff"),
                                       (b"referrer-policy", b"same-origin"), (b"x-frame-options", b"DENY")]
            await send(message)
        await self.app(scope, receive, send_with_headers)


def create_app(db: str | Path, user: str, pile: Pile | None = None, say=None) -> Starlette:
    """The app over an existing review database (see store.build); given the pile, it re-imports the
    quotes file when it changes while the app runs, and shows (and ``say``s) what was carried."""
    routes = [
        Route("/", home),
        Route("/queue", queue),
        Route("/article/{doc_id:path}/accept-rest", accept_rest, methods=["POST"]),
        Route("/article/{doc_id:path}", article),
        Route("/quote/{quote_id}", quote_page),
        Route("/quote/{quote_id}", save_quote, methods=["POST"]),
        Route("/quote/{quote_id}/check", check, methods=["POST"]),
        Route("/quote/{quote_id}/split", split, methods=["POST"]),
        Route("/quote/{quote_id}/merge", merge, methods=["POST"]),
        Route("/undo/{correction_id:int}", undo, methods=["POST"]),
        Route("/history", history),
        Route("/claims", claims),
        Route("/claims/stance", stance, methods=["POST"]),
        Route("/claims/candidate", candidate, methods=["POST"]),
        Route("/claims.csv", export_claims_csv),
        Route("/api/quotes", api_quotes),
        Route("/export.csv", export_csv),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]
    app = Starlette(routes=routes, middleware=[Middleware(TrustedHostMiddleware, allowed_hosts=LOOPBACK_HOSTS),
                                               Middleware(SameOrigin)])
    app.state.review = Review(db, user, pile, say)
    return app

