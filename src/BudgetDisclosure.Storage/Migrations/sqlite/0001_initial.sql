-- The store's first schema (docs/storage.md). Amounts are exact decimals kept as their invariant text: SQLite has no
-- decimal type and REAL would round them; every sum is done in C# with decimal.

CREATE TABLE units (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE,      -- the normalised name (width folded, spaces and 本级 removed)
    display_name TEXT NOT NULL,             -- the name as first printed
    region       TEXT,                      -- the issuer's region: the template's, or the place the name begins with
    level        TEXT                       -- 省 / 市 / 县 / 乡, when the name says
);

CREATE TABLE unit_aliases (
    alias   TEXT PRIMARY KEY,               -- a normalised name seen for the unit
    unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
    printed TEXT NOT NULL
);
CREATE INDEX unit_aliases_unit ON unit_aliases(unit_id);

CREATE TABLE documents (
    id                INTEGER PRIMARY KEY,
    content_hash      TEXT NOT NULL UNIQUE,   -- SHA-256 of the bytes (of each part, in order, for a disclosure in several files)
    file_name         TEXT NOT NULL,
    format            TEXT NOT NULL,
    pages             INTEGER,
    unit_id           INTEGER REFERENCES units(id),
    unit_name         TEXT,
    region            TEXT,                   -- the issuer's region (IssuerRegion): the template's, or the place the unit's name begins with
    year              INTEGER,
    kind              TEXT NOT NULL,          -- budget / final_accounts / unknown
    scope             TEXT NOT NULL,          -- department / unit / unknown
    printed_date      TEXT,
    template_id       TEXT,
    template_choice   TEXT,
    template_score    INTEGER,
    template_evidence TEXT NOT NULL,          -- JSON array of the signs that chose it
    reading_status    TEXT NOT NULL,          -- verified / doubtful / unverifiable: the worst of its tables'
    version           INTEGER NOT NULL,
    is_current        INTEGER NOT NULL,
    errors            INTEGER NOT NULL,
    warnings          INTEGER NOT NULL,
    infos             INTEGER NOT NULL,
    imported_at       TEXT NOT NULL,
    model             BLOB NOT NULL           -- the disclosure as docs/schema.md's JSON, gzip: what a re-check reads back
);
CREATE INDEX documents_unit_year ON documents(unit_id, year, kind, scope);
CREATE INDEX documents_year ON documents(year, kind);
CREATE INDEX documents_region ON documents(region, year);

CREATE TABLE document_parts (
    document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ordinal      INTEGER NOT NULL,
    file_name    TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    format       TEXT NOT NULL,
    pages        INTEGER,
    PRIMARY KEY (document_id, ordinal)
);

CREATE TABLE diagnostics (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ordinal     INTEGER NOT NULL,
    severity    TEXT NOT NULL,
    code        TEXT NOT NULL,
    message     TEXT NOT NULL,
    file        TEXT NOT NULL,
    line        INTEGER NOT NULL,
    page        INTEGER,
    PRIMARY KEY (document_id, ordinal)
);

CREATE TABLE doc_tables (
    id             INTEGER PRIMARY KEY,
    document_id    INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ordinal        INTEGER NOT NULL,
    table_key      TEXT NOT NULL,
    number         TEXT,
    title          TEXT NOT NULL,
    money_unit     TEXT NOT NULL,
    reading_status TEXT,
    identities     INTEGER,
    failures       INTEGER,
    declared_empty INTEGER NOT NULL,
    file           TEXT NOT NULL,
    line           INTEGER NOT NULL,
    page           INTEGER,
    UNIQUE (document_id, ordinal)
);

-- A table's columns and rows once each, its printed cells by their place: a cell row repeats nothing its row or
-- column says (half the rows and a third of the bytes of one wide cell table, and a third of the time to write).
CREATE TABLE doc_columns (
    table_id    INTEGER NOT NULL REFERENCES doc_tables(id) ON DELETE CASCADE,
    col_index   INTEGER NOT NULL,
    column_key  TEXT,                       -- total, basic, project … when the header was recognised
    column_path TEXT NOT NULL,              -- the header path, outermost first, joined with /
    panel       TEXT NOT NULL,              -- none / income / expenditure
    PRIMARY KEY (table_id, col_index)
);

CREATE TABLE doc_rows (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    table_id    INTEGER NOT NULL REFERENCES doc_tables(id) ON DELETE CASCADE,
    row_ordinal INTEGER NOT NULL,
    row_kind    TEXT NOT NULL,              -- item / total / group / project
    code        TEXT,
    label       TEXT NOT NULL,
    project     TEXT,
    panel       TEXT NOT NULL,
    line        INTEGER NOT NULL,
    page        INTEGER,
    PRIMARY KEY (table_id, row_ordinal)
);
CREATE INDEX doc_rows_document_code ON doc_rows(document_id, code);

-- Printed cells only: a blank cell (nothing printed) is no row here; the model keeps the table as printed.
CREATE TABLE cells (
    table_id    INTEGER NOT NULL REFERENCES doc_tables(id) ON DELETE CASCADE,
    row_ordinal INTEGER NOT NULL,
    col_index   INTEGER NOT NULL,
    value       TEXT   ,                      -- exact decimal, null unless a number
    decimals    INTEGER NOT NULL,
    printed     TEXT,                       -- as printed when not a number (a dash, unreadable text); a number prints as its value
    state       TEXT NOT NULL               -- number / dash / unreadable
);
CREATE INDEX cells_row ON cells(table_id, row_ordinal);

CREATE TABLE claims (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ordinal     INTEGER NOT NULL,
    subject     TEXT NOT NULL,
    table_key   TEXT,
    code        TEXT,
    column_key  TEXT,
    figure      TEXT,
    value       TEXT,
    printed     TEXT,
    money_unit  TEXT NOT NULL,
    share       TEXT,
    direction   TEXT,
    delta       TEXT,
    rate        TEXT,
    basis       TEXT,
    section     TEXT NOT NULL,
    topic       TEXT NOT NULL,
    sentence    TEXT NOT NULL,
    file        TEXT NOT NULL,
    line        INTEGER NOT NULL,
    page        INTEGER,
    PRIMARY KEY (document_id, ordinal)
);

CREATE TABLE findings (
    document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ordinal      INTEGER NOT NULL,
    rule         TEXT NOT NULL,
    severity     TEXT NOT NULL,
    message_id   TEXT NOT NULL,
    message      TEXT NOT NULL,             -- formatted in Chinese when stored; arguments keep the English possible
    message_en   TEXT NOT NULL,
    arguments    TEXT NOT NULL,             -- JSON array of the message's arguments, as formatted
    table_key    TEXT,
    table_number TEXT,
    code         TEXT,
    label        TEXT,
    column_name  TEXT,
    section      TEXT,
    file         TEXT NOT NULL,
    line         INTEGER NOT NULL,
    page         INTEGER,
    expected     TEXT,
    actual       TEXT,
    difference   TEXT,
    tolerance    TEXT,
    group_no     INTEGER,
    likely_cell  TEXT,
    PRIMARY KEY (document_id, ordinal)
);
CREATE INDEX findings_rule ON findings(rule, severity);

CREATE TABLE rule_status (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    rule        TEXT NOT NULL,
    outcome     TEXT NOT NULL,              -- passed / failed / not_applicable / not_checked
    evaluated   INTEGER NOT NULL,
    failures    INTEGER NOT NULL,
    reason      TEXT,
    PRIMARY KEY (document_id, rule)
);

CREATE TABLE measures (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    measure     TEXT NOT NULL,              -- docs/storage.md lists them
    value       TEXT NOT NULL,              -- in 万元 for money, persons for head counts; exact
    rank_value  REAL NOT NULL,  -- the same as a float, for the league table's index only
    origin      TEXT NOT NULL,              -- where it was read: 表 and row, or the narrative
    PRIMARY KEY (document_id, measure)
);
-- query compare --top N walks this index from the largest value and stops after N of the year asked.
CREATE INDEX measures_rank ON measures(measure, rank_value);
