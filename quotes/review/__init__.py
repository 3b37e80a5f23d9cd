"""`quotes review`: check and correct every attribution in a browser; corrections are kept in SQLite.

load   -- reading the output files (quotes, articles, speakers, claims) and the article texts
store  -- the SQLite database: machine rows as read, an append-only corrections log, the current state
web    -- the Starlette app (server-rendered jinja2, a little plain JavaScript)
export -- the quotes with corrections applied, CSV or XLSX, and the corrected file as gold
serve  -- a free loopback port, uvicorn, the browser
"""
