-- 007-history-chain.sql: a tamper-evident history. Each row of the history
-- is sealed with two SHA-256 digests (64 lowercase hex digits):
--
--   prev_sha256  the sha256 of the row before it (the row with the next
--                lower id), or 64 zeros for the first row;
--   sha256       SHA-256 of prev_sha256 followed by the row's content:
--                "steward-history-1\n", then id, at, user_name, table_name,
--                row_id, action, old_values and new_values, each written as
--                its length in bytes, ':', its bytes and '\n' (integers in
--                decimal; a NULL as "-\n"), so that no two contents give
--                the same text.
--
-- A row whose content was changed no longer matches its sha256; a row
-- deleted, or re-sealed after a change, breaks the prev_sha256 of the row
-- after it. `steward --verify` walks the chain (src/store/steward-verify.c).
-- The digests are not keyed: someone who rewrites every row after the one
-- changed, with Steward's own algorithm, is not caught; a copy of the last
-- sha256 kept elsewhere (a backup, the minutes) shows that too.
--
-- SQLite cannot compute SHA-256: the rows written before this version are
-- sealed by Steward right after this file runs, in the same transaction
-- (_steward_history_seal). A row is writable until it is sealed, and only
-- then; a new row must come sealed.

ALTER TABLE history ADD COLUMN prev_sha256 TEXT
  CHECK (prev_sha256 IS NULL OR length (prev_sha256) = 64);
ALTER TABLE history ADD COLUMN sha256 TEXT
  CHECK (sha256 IS NULL OR length (sha256) = 64);

-- The history is append-only.
CREATE TRIGGER history_sealed_update
BEFORE UPDATE ON history
WHEN OLD.sha256 IS NOT NULL
BEGIN
  SELECT RAISE (ABORT, 'history: the history cannot be changed');
END;

CREATE TRIGGER history_delete
BEFORE DELETE ON history
BEGIN
  SELECT RAISE (ABORT, 'history: the history cannot be deleted');
END;

CREATE TRIGGER history_unsealed_insert
BEFORE INSERT ON history
WHEN NEW.sha256 IS NULL OR NEW.prev_sha256 IS NULL
BEGIN
  SELECT RAISE (ABORT, 'history: a new history row must be sealed');
END;

PRAGMA user_version = 7;
