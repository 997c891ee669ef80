"""The knowledge base: SQLite schema, migrations and repository functions (see db.py)."""

from rasd.store.db import FACT_ENDS, SaveResult, Store, content_hash, default_db_path
from rasd.store.schema import SCHEMA_VERSION, migrate

__all__ = ["FACT_ENDS", "SCHEMA_VERSION", "SaveResult", "Store", "content_hash", "default_db_path", "migrate"]
