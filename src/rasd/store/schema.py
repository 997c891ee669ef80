"""The knowledge-base schema: an ordered list of migrations, applied by ``PRAGMA user_version``.

Never edit a migration that has shipped; append a new one. Migration N brings a store from
``user_version = N - 1`` to ``N`` inside one transaction.

Design notes (why, not what):
- ``doc_entities`` are the entities of one article (the extraction contract's ``e1``, ``e2``…);
  ``entities`` are global. A doc entity points at its global entity; merges and splits only move
  that pointer (and the denormalised ``facts.subject_id/object_id``), so provenance never changes.
- ``facts`` keep the contract JSON in ``args`` and copy the fields people filter on into typed
  columns (donor/recipient as subject/object, amounts, currency, status) with indexes.
- ``judgements`` are keyed by normalised names, not by global ids: ids can change when articles
  are re-ingested, a user's "these are the same" / "these are not" must not.
"""

from __future__ import annotations

import sqlite3

MIGRATIONS: list[str] = [
    # 1: the first schema
    """
    CREATE TABLE articles (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        url TEXT,
        title TEXT,
        published TEXT,
        language TEXT NOT NULL DEFAULT 'ar',
        source TEXT,
        content_hash TEXT NOT NULL,
        text TEXT NOT NULL,
        n_entities INTEGER NOT NULL DEFAULT 0,
        n_mentions INTEGER NOT NULL DEFAULT 0,
        n_facts INTEGER NOT NULL DEFAULT 0,
        ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
    );
    CREATE INDEX articles_url ON articles(url) WHERE url IS NOT NULL;
    CREATE INDEX articles_source ON articles(source) WHERE source IS NOT NULL;
    CREATE INDEX articles_hash ON articles(content_hash);

    CREATE TABLE entities (
        id INTEGER PRIMARY KEY,
        type TEXT NOT NULL,
        name TEXT NOT NULL,
        name_latin TEXT,
        merged_into INTEGER REFERENCES entities(id),
        n_articles INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
    );
    CREATE INDEX entities_name ON entities(name);
    CREATE INDEX entities_merged ON entities(merged_into) WHERE merged_into IS NOT NULL;

    CREATE TABLE entity_names (
        entity_id INTEGER NOT NULL REFERENCES entities(id),
        name TEXT NOT NULL,
        name_norm TEXT NOT NULL,
        is_alias INTEGER NOT NULL DEFAULT 0,
        count INTEGER NOT NULL DEFAULT 1,
        PRIMARY KEY (entity_id, name)
    ) WITHOUT ROWID;
    CREATE INDEX entity_names_norm ON entity_names(name_norm);

    CREATE TABLE entity_keys (
        key TEXT NOT NULL,
        entity_id INTEGER NOT NULL REFERENCES entities(id),
        PRIMARY KEY (key, entity_id)
    ) WITHOUT ROWID;
    CREATE INDEX entity_keys_entity ON entity_keys(entity_id);

    CREATE TABLE doc_entities (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id),
        local_id TEXT NOT NULL,
        type TEXT NOT NULL,
        name TEXT NOT NULL,
        name_latin TEXT,
        aliases TEXT NOT NULL DEFAULT '[]',
        entity_id INTEGER REFERENCES entities(id),
        UNIQUE (article_id, local_id)
    );
    CREATE INDEX doc_entities_entity ON doc_entities(entity_id);

    CREATE TABLE mentions (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id),
        doc_entity_id INTEGER NOT NULL REFERENCES doc_entities(id),
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL
    );
    CREATE INDEX mentions_article ON mentions(article_id);
    CREATE INDEX mentions_doc_entity ON mentions(doc_entity_id);

    CREATE TABLE facts (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id),
        type TEXT NOT NULL,
        args TEXT NOT NULL,
        subject_doc INTEGER REFERENCES doc_entities(id),
        object_doc INTEGER REFERENCES doc_entities(id),
        attribution_doc INTEGER REFERENCES doc_entities(id),
        subject_id INTEGER REFERENCES entities(id),
        object_id INTEGER REFERENCES entities(id),
        role TEXT,
        stance TEXT,
        status TEXT,
        amount_min REAL,
        amount_max REAL,
        currency TEXT,
        amount_text TEXT,
        approximate INTEGER,
        year INTEGER,
        quote TEXT,
        evidence_start INTEGER NOT NULL,
        evidence_end INTEGER NOT NULL,
        sentence TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX facts_article ON facts(article_id);
    CREATE INDEX facts_subject ON facts(subject_id, type);
    CREATE INDEX facts_object ON facts(object_id, type);
    CREATE INDEX facts_type ON facts(type);

    CREATE TABLE article_values (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id),
        type TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL
    );
    CREATE INDEX article_values_article ON article_values(article_id);

    CREATE TABLE merges (
        id INTEGER PRIMARY KEY,
        doc_entity_id INTEGER REFERENCES doc_entities(id),
        entity_id INTEGER NOT NULL REFERENCES entities(id),
        other_entity_id INTEGER REFERENCES entities(id),
        kind TEXT NOT NULL,
        score REAL,
        reason TEXT NOT NULL,
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
    );
    CREATE INDEX merges_doc_entity ON merges(doc_entity_id);
    CREATE INDEX merges_entity ON merges(entity_id);

    CREATE TABLE judgements (
        id INTEGER PRIMARY KEY,
        judgement TEXT NOT NULL CHECK (judgement IN ('same', 'not_same')),
        left_type TEXT NOT NULL,
        left_name TEXT NOT NULL,
        right_type TEXT NOT NULL,
        right_name TEXT NOT NULL,
        note TEXT,
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
    );

    CREATE TABLE skipped (
        id INTEGER PRIMARY KEY,
        source TEXT NOT NULL,
        reason TEXT NOT NULL,
        at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
    );

    CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text, content="articles", content_rowid="seq"
    );
    CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
    END;
    CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
            VALUES ('delete', old.seq, old.title, old.text);
    END;
    CREATE TRIGGER articles_fts_update AFTER UPDATE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
            VALUES ('delete', old.seq, old.title, old.text);
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
    END;

    CREATE VIEW donations AS
        SELECT f.id AS fact_id, f.subject_id AS donor_id, d.name AS donor,
               f.object_id AS recipient_id, r.name AS recipient,
               f.amount_min, f.amount_max, f.currency, f.amount_text, f.status,
               f.sentence, f.article_id, a.url, a.title, a.published
        FROM facts f
        JOIN articles a ON a.id = f.article_id
        LEFT JOIN entities d ON d.id = f.subject_id
        LEFT JOIN entities r ON r.id = f.object_id
        WHERE f.type = 'donation';
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection) -> int:
    """Apply every migration the store lacks, each in its own transaction; return the new version.

    A store written by a newer rasd (a higher version than this code knows) is refused rather than
    silently misread.
    """
    from rasd.errors import RasdError

    current = schema_version(conn)
    if current > SCHEMA_VERSION:
        raise RasdError(
            f"the store has schema version {current}, newer than this rasd understands ({SCHEMA_VERSION}); "
            "upgrade rasd"
        )
    for version in range(current + 1, SCHEMA_VERSION + 1):
        script = MIGRATIONS[version - 1]
        # executescript() commits any open transaction first; wrap the script so it is all-or-nothing.
        try:
            conn.executescript(f"BEGIN;\n{script}\nPRAGMA user_version = {version};\nCOMMIT;")
        except sqlite3.Error:
            if conn.in_transaction:
                conn.rollback()
            raise
    return SCHEMA_VERSION
