"""Input and output: reading articles (files, folders, pages, exports; decoding) and the quotes file.

Reading: ``reader`` (inputs to ``Article``s), ``decoding`` (bytes to text), ``formats`` (JSONL and CSV
exports), ``webpage`` (saved HTML pages). Writing: ``export`` (spreadsheet-safe CSV, JSONL, XLSX cells).
The quotes file's record and its one reader: ``records`` (``QuoteRow``, ``read_quotes``).
"""
