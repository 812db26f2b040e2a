/* steward-verify.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-verify"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "steward-database-private.h"
#include "steward-verify.h"

#define SHA256_HEX_LENGTH 64
#define SEAL_BATCH        500

/* The chain: see migrations/007-history-chain.sql. */

static void
add_field (GChecksum  *checksum,
           const char *bytes)
{
  char length[32];

  if (bytes == NULL)
    {
      g_checksum_update (checksum, (const guchar *)"-\n", 2);
      return;
    }

  g_snprintf (length, sizeof length, "%" G_GSIZE_FORMAT ":", strlen (bytes));
  g_checksum_update (checksum, (const guchar *)length, -1);
  g_checksum_update (checksum, (const guchar *)bytes, -1);
  g_checksum_update (checksum, (const guchar *)"\n", 1);
}

static void
add_integer_field (GChecksum *checksum,
                   gint64     value)
{
  char text[32];

  g_snprintf (text, sizeof text, "%" G_GINT64_FORMAT, value);
  add_field (checksum, text);
}

/**
 * _steward_history_compute_sha256:
 * @prev_sha256: the sha256 of the row before, or %STEWARD_HISTORY_GENESIS_SHA256
 *
 * Returns: (transfer full): the sha256 of a history row: 64 lowercase hex digits
 */
char *
_steward_history_compute_sha256 (const char *prev_sha256,
                                 gint64      id,
                                 const char *at,
                                 const char *user_name,
                                 const char *table_name,
                                 gint64      row_id,
                                 const char *action,
                                 const char *old_values,
                                 const char *new_values)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);

  g_checksum_update (checksum, (const guchar *)prev_sha256, -1);
  g_checksum_update (checksum, (const guchar *)"steward-history-1\n", -1);
  add_integer_field (checksum, id);
  add_field (checksum, at);
  add_field (checksum, user_name);
  add_field (checksum, table_name);
  add_integer_field (checksum, row_id);
  add_field (checksum, action);
  add_field (checksum, old_values);
  add_field (checksum, new_values);

  return g_strdup (g_checksum_get_string (checksum));
}

#define HISTORY_COLUMNS "id, at, user_name, table_name, row_id, action, old_values, new_values, prev_sha256, sha256"

static char *
compute_for_row (sqlite3_stmt *stmt,
                 const char   *prev_sha256)
{
  return _steward_history_compute_sha256 (prev_sha256,
                                          sqlite3_column_int64 (stmt, 0),
                                          (const char *)sqlite3_column_text (stmt, 1),
                                          (const char *)sqlite3_column_text (stmt, 2),
                                          (const char *)sqlite3_column_text (stmt, 3),
                                          sqlite3_column_int64 (stmt, 4),
                                          (const char *)sqlite3_column_text (stmt, 5),
                                          (const char *)sqlite3_column_text (stmt, 6),
                                          (const char *)sqlite3_column_text (stmt, 7));
}

typedef struct
{
  gint64  id;
  char   *prev_sha256;
  char   *sha256;
} Seal;

static void
seal_free (gpointer data)
{
  Seal *seal = data;

  g_free (seal->prev_sha256);
  g_free (seal->sha256);
  g_free (seal);
}

#define HISTORY_HEAD_KEY "history_head"

/* Keeps "ID SHA256" of the newest history row in meta, in the same
 * transaction as the row. */
gboolean
_steward_history_set_head (sqlite3     *db,
                           gint64       id,
                           const char  *sha256,
                           GError     **error)
{
  g_autofree char *value = g_strdup_printf ("%" G_GINT64_FORMAT " %s", id, sha256);
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db,
                           "INSERT INTO meta (key, value) VALUES ('" HISTORY_HEAD_KEY "', ?)"
                           " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                           -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, value, -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_DONE)
        rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);

  if (rc != SQLITE_OK)
    return _steward_database_set_sqlite_error (db, rc, error);

  return TRUE;
}

/**
 * _steward_history_seal:
 * @db: a connection inside the transaction of migration 007
 *
 * Seals the history rows written before they had digests, in id order,
 * in batches, so that a long history is not held in memory at once.
 */
gboolean
_steward_history_seal (sqlite3  *db,
                       GError  **error)
{
  char last_sha256[SHA256_HEX_LENGTH + 1] = STEWARD_HISTORY_GENESIS_SHA256;
  sqlite3_stmt *select = NULL;
  sqlite3_stmt *update = NULL;
  gint64 last_id = 0;
  gboolean ok = FALSE;
  int rc;

  rc = sqlite3_prepare_v2 (db, "SELECT " HISTORY_COLUMNS " FROM history WHERE id > ? ORDER BY id LIMIT ?",
                           -1, &select, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (db, "UPDATE history SET prev_sha256 = ?, sha256 = ? WHERE id = ?",
                             -1, &update, NULL);
  if (rc != SQLITE_OK)
    goto out;

  for (;;)
    {
      g_autoptr(GPtrArray) seals = g_ptr_array_new_with_free_func (seal_free);
      guint n_read = 0;

      sqlite3_bind_int64 (select, 1, last_id);
      sqlite3_bind_int (select, 2, SEAL_BATCH);

      while ((rc = sqlite3_step (select)) == SQLITE_ROW)
        {
          Seal *seal;

          n_read++;
          last_id = sqlite3_column_int64 (select, 0);

          /* A row sealed already (there are none before 007) stays. */
          if (sqlite3_column_type (select, 9) != SQLITE_NULL)
            {
              g_strlcpy (last_sha256, (const char *)sqlite3_column_text (select, 9), sizeof last_sha256);
              continue;
            }

          seal = g_new0 (Seal, 1);
          seal->id = last_id;
          seal->prev_sha256 = g_strdup (last_sha256);
          seal->sha256 = compute_for_row (select, last_sha256);
          g_strlcpy (last_sha256, seal->sha256, sizeof last_sha256);
          g_ptr_array_add (seals, seal);
        }
      sqlite3_reset (select);

      if (rc != SQLITE_DONE)
        goto out;

      for (guint i = 0; i < seals->len; i++)
        {
          Seal *seal = g_ptr_array_index (seals, i);

          sqlite3_bind_text (update, 1, seal->prev_sha256, -1, SQLITE_STATIC);
          sqlite3_bind_text (update, 2, seal->sha256, -1, SQLITE_STATIC);
          sqlite3_bind_int64 (update, 3, seal->id);
          rc = sqlite3_step (update);
          sqlite3_reset (update);
          if (rc != SQLITE_DONE)
            goto out;
        }

      if (n_read < SEAL_BATCH)
        break;
    }

  ok = TRUE;

out:
  if (!ok)
    _steward_database_set_sqlite_error (db, rc, error);
  sqlite3_finalize (select);
  sqlite3_finalize (update);

  if (ok && last_id > 0)
    ok = _steward_history_set_head (db, last_id, last_sha256, error);

  return ok;
}

/* The report */

void
steward_verify_report_free (StewardVerifyReport *report)
{
  if (report == NULL)
    return;

  g_free (report->table_name);
  g_free (report->at);
  g_free (report->user_name);
  g_free (report->review_title);
  g_free (report->document_number);
  g_free (report->history_message);
  g_free (report->minutes_message);
  g_free (report);
}

/**
 * steward_verify_report_is_intact:
 *
 * Returns: whether the history's chain is whole and every issued minutes'
 *   PDF matches its fingerprint
 */
gboolean
steward_verify_report_is_intact (const StewardVerifyReport *report)
{
  g_return_val_if_fail (report != NULL, FALSE);

  return report->history_problem == STEWARD_VERIFY_HISTORY_OK && report->minutes_id == 0;
}

/**
 * steward_verify_report_dup_summary:
 *
 * Returns: (transfer full): two lines, the history's and the minutes', each
 *   saying what was checked and either that all is well or the first problem
 */
char *
steward_verify_report_dup_summary (const StewardVerifyReport *report)
{
  g_autoptr(GString) summary = g_string_new (NULL);
  g_autofree char *n_history = NULL;
  g_autofree char *n_minutes = NULL;

  g_return_val_if_fail (report != NULL, NULL);

  n_history = g_strdup_printf ("%'" G_GUINT64_FORMAT, report->n_history);
  n_minutes = g_strdup_printf ("%'" G_GUINT64_FORMAT, report->n_minutes);

  if (report->history_problem == STEWARD_VERIFY_HISTORY_OK)
    /* TRANSLATORS: %s is a number of rows, such as 12,345 */
    g_string_append_printf (summary, g_dngettext (GETTEXT_PACKAGE,
                                                  "History: %s row, chain intact.",
                                                  "History: %s rows, chain intact.",
                                                  (gulong)MIN (report->n_history, G_MAXULONG)),
                            n_history);
  else
    {
      /* TRANSLATORS: %s is a number of rows; a sentence on what is wrong follows */
      g_string_append_printf (summary, g_dngettext (GETTEXT_PACKAGE,
                                                    "History: %s row checked, chain broken.",
                                                    "History: %s rows checked, chain broken.",
                                                    (gulong)MIN (report->n_history, G_MAXULONG)),
                              n_history);
      g_string_append_printf (summary, " %s", report->history_message);
    }

  g_string_append_c (summary, '\n');

  if (report->minutes_id == 0)
    /* TRANSLATORS: %s is a number of issued minutes */
    g_string_append_printf (summary, _("Issued minutes: %s, fingerprints match."), n_minutes);
  else
    {
      /* TRANSLATORS: %s is a number of issued minutes; a sentence on the first that does not match follows */
      g_string_append_printf (summary, _("Issued minutes: %s checked, a fingerprint does not match."), n_minutes);
      g_string_append_printf (summary, " %s", report->minutes_message);
    }

  return g_string_free (g_steal_pointer (&summary), FALSE);
}

/* Verifying */

static void
set_history_problem (StewardVerifyReport         *report,
                     StewardVerifyHistoryProblem  problem,
                     sqlite3_stmt                *stmt,
                     gint64                       previous_id)
{
  g_autofree char *where = NULL;

  report->history_problem = problem;
  report->history_id = sqlite3_column_int64 (stmt, 0);
  report->previous_id = previous_id;
  report->at = g_strdup ((const char *)sqlite3_column_text (stmt, 1));
  report->user_name = g_strdup ((const char *)sqlite3_column_text (stmt, 2));
  report->table_name = g_strdup ((const char *)sqlite3_column_text (stmt, 3));
  report->row_id = sqlite3_column_int64 (stmt, 4);

  /* TRANSLATORS: a history row: its number, the table and row it is about,
   * when it was written and by whom: "row 7 (person 3, 2026-11-24T09:00:00Z, alice)" */
  where = g_strdup_printf (_("row %lld (%s %lld, %s, %s)"),
                           (long long)report->history_id, report->table_name,
                           (long long)report->row_id, report->at, report->user_name);

  switch (problem)
    {
    case STEWARD_VERIFY_HISTORY_NOT_SEALED:
      report->history_message =
        g_strdup_printf (_("History %s has no fingerprint: it was added behind Steward’s back."), where);
      break;

    case STEWARD_VERIFY_HISTORY_CONTENT_CHANGED:
      report->history_message =
        g_strdup_printf (_("History %s was changed after it was written: its content no longer matches its fingerprint."),
                         where);
      break;

    case STEWARD_VERIFY_HISTORY_LINK_BROKEN:
      if (previous_id > 0)
        report->history_message =
          g_strdup_printf (_("History %s does not follow row %lld: row %lld or its fingerprint was changed after it was written."),
                           where, (long long)previous_id, (long long)previous_id);
      else
        report->history_message =
          g_strdup_printf (_("History %s should be the first row, but its link says a row came before it."), where);
      break;

    case STEWARD_VERIFY_HISTORY_ROW_MISSING:
      if (report->history_id - previous_id == 2)
        report->history_message =
          g_strdup_printf (_("History row %lld is missing before %s: it was deleted."),
                           (long long)previous_id + 1, where);
      else
        report->history_message =
          g_strdup_printf (_("History rows %lld to %lld are missing before %s: they were deleted."),
                           (long long)previous_id + 1, (long long)report->history_id - 1, where);
      break;

    case STEWARD_VERIFY_HISTORY_OK:
    default:
      g_assert_not_reached ();
    }
}

/* The newest row must be the one Steward wrote last: rows deleted from
 * the end of the chain leave no broken link behind them. */
static gboolean
verify_head (sqlite3              *db,
             StewardVerifyReport  *report,
             gint64                last_id,
             const char           *last_sha256,
             GError              **error)
{
  g_auto(GStrv) parts = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 head_id;
  int rc;

  rc = sqlite3_prepare_v2 (db, "SELECT value FROM meta WHERE key = '" HISTORY_HEAD_KEY "'", -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    return _steward_database_set_sqlite_error (db, rc, error);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW && sqlite3_column_text (stmt, 0) != NULL)
    parts = g_strsplit ((const char *)sqlite3_column_text (stmt, 0), " ", 2);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return _steward_database_set_sqlite_error (db, rc, error);

  /* A file written before the head was kept: nothing to compare. */
  if (parts == NULL || g_strv_length (parts) != 2)
    return TRUE;

  head_id = g_ascii_strtoll (parts[0], NULL, 10);
  if (head_id == last_id && g_ascii_strcasecmp (parts[1], last_sha256) == 0)
    return TRUE;

  report->history_id = head_id;
  report->previous_id = last_id;
  if (head_id > last_id)
    {
      report->history_problem = STEWARD_VERIFY_HISTORY_TAIL_MISSING;
      if (head_id - last_id == 1)
        report->history_message =
          g_strdup_printf (_("History row %lld, the newest Steward wrote, is missing: it was deleted."),
                           (long long)head_id);
      else
        report->history_message =
          g_strdup_printf (_("History rows %lld to %lld, the newest Steward wrote, are missing: they were deleted."),
                           (long long)last_id + 1, (long long)head_id);
    }
  else
    {
      report->history_problem = STEWARD_VERIFY_HISTORY_HEAD_CHANGED;
      report->history_message =
        g_strdup_printf (_("History row %lld is not the newest row Steward wrote (row %lld): rows were added or changed behind Steward’s back."),
                         (long long)last_id, (long long)head_id);
    }

  return TRUE;
}

static gboolean
verify_history (sqlite3              *db,
                StewardVerifyReport  *report,
                GError              **error)
{
  char last_sha256[SHA256_HEX_LENGTH + 1] = STEWARD_HISTORY_GENESIS_SHA256;
  sqlite3_stmt *stmt = NULL;
  gint64 last_id = 0;
  int rc;

  rc = sqlite3_prepare_v2 (db, "SELECT " HISTORY_COLUMNS " FROM history ORDER BY id", -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    return _steward_database_set_sqlite_error (db, rc, error);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      const char *prev_sha256 = (const char *)sqlite3_column_text (stmt, 8);
      const char *sha256 = (const char *)sqlite3_column_text (stmt, 9);

      report->n_history++;

      if (report->history_problem != STEWARD_VERIFY_HISTORY_OK)
        continue;

      if (prev_sha256 == NULL || sha256 == NULL)
        set_history_problem (report, STEWARD_VERIFY_HISTORY_NOT_SEALED, stmt, last_id);
      else if (g_ascii_strcasecmp (prev_sha256, last_sha256) != 0)
        set_history_problem (report,
                             id - last_id > 1 ? STEWARD_VERIFY_HISTORY_ROW_MISSING
                                              : STEWARD_VERIFY_HISTORY_LINK_BROKEN,
                             stmt, last_id);
      else
        {
          g_autofree char *computed = compute_for_row (stmt, prev_sha256);

          if (g_ascii_strcasecmp (computed, sha256) != 0)
            set_history_problem (report, STEWARD_VERIFY_HISTORY_CONTENT_CHANGED, stmt, last_id);
        }

      if (sha256 != NULL)
        g_strlcpy (last_sha256, sha256, sizeof last_sha256);
      last_id = id;
    }

  sqlite3_finalize (stmt);

  if (rc != SQLITE_DONE)
    return _steward_database_set_sqlite_error (db, rc, error);

  if (report->history_problem == STEWARD_VERIFY_HISTORY_OK)
    return verify_head (db, report, last_id, last_sha256, error);

  return TRUE;
}

static gboolean
verify_minutes (sqlite3              *db,
                StewardVerifyReport  *report,
                GError              **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db,
                           "SELECT m.id, m.version, m.document_number, r.title, m.pdf, m.pdf_sha256"
                           " FROM minutes AS m JOIN review AS r ON r.id = m.review_id"
                           " WHERE m.status = 'issued' ORDER BY m.id",
                           -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    return _steward_database_set_sqlite_error (db, rc, error);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *recorded = (const char *)sqlite3_column_text (stmt, 5);
      g_autofree char *computed = NULL;

      report->n_minutes++;

      if (report->minutes_id != 0)
        continue;

      if (sqlite3_column_type (stmt, 4) != SQLITE_NULL)
        computed = g_compute_checksum_for_data (G_CHECKSUM_SHA256,
                                                sqlite3_column_blob (stmt, 4),
                                                sqlite3_column_bytes (stmt, 4));

      if (computed != NULL && recorded != NULL && g_ascii_strcasecmp (computed, recorded) == 0)
        continue;

      report->minutes_id = sqlite3_column_int64 (stmt, 0);
      report->minutes_version = sqlite3_column_int (stmt, 1);
      report->document_number = g_strdup ((const char *)sqlite3_column_text (stmt, 2));
      report->review_title = g_strdup ((const char *)sqlite3_column_text (stmt, 3));

      if (report->document_number != NULL && report->document_number[0] != '\0')
        /* TRANSLATORS: the meeting's title, the version of its minutes, their document number */
        report->minutes_message =
          g_strdup_printf (_("The PDF of the minutes of “%s”, version %d (%s), is not the one issued: it does not match the fingerprint recorded when they were issued."),
                           report->review_title, report->minutes_version, report->document_number);
      else
        /* TRANSLATORS: the meeting's title, the version of its minutes */
        report->minutes_message =
          g_strdup_printf (_("The PDF of the minutes of “%s”, version %d, is not the one issued: it does not match the fingerprint recorded when they were issued."),
                           report->review_title, report->minutes_version);
    }

  sqlite3_finalize (stmt);

  if (rc != SQLITE_DONE)
    return _steward_database_set_sqlite_error (db, rc, error);

  return TRUE;
}

/**
 * steward_database_verify:
 * @report: (out) (transfer full): what was checked and the first problems
 *
 * Walks the history in id order, recomputing each row's fingerprint and its
 * link to the row before, and checks the PDF of each issued minutes against
 * the SHA-256 recorded when they were issued. A broken chain or PDF is not
 * an error: the report says so.
 *
 * Returns: %FALSE with @error set when the database could not be read
 */
gboolean
steward_database_verify (StewardDatabase      *db,
                         StewardVerifyReport **report,
                         GError              **error)
{
  g_autoptr(StewardVerifyReport) result = g_new0 (StewardVerifyReport, 1);
  sqlite3 *connection;
  gboolean in_read = FALSE;
  gboolean ok;
  int rc;

  g_return_val_if_fail (STEWARD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (report != NULL && *report == NULL, FALSE);

  if (steward_database_get_schema_version (db) < 7)
    {
      g_set_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_TOO_OLD,
                   _("The database was written by an older version of Steward, whose history has no fingerprints. Open it once with this version to update it, then verify it."));
      return FALSE;
    }

  connection = _steward_database_get_connection (db);
  if (connection == NULL)
    {
      g_set_error_literal (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_FAILED,
                           _("The database is closed."));
      return FALSE;
    }

  /* One snapshot for both walks. */
  if (sqlite3_get_autocommit (connection))
    {
      rc = sqlite3_exec (connection, "BEGIN", NULL, NULL, NULL);
      if (rc != SQLITE_OK)
        return _steward_database_set_sqlite_error (connection, rc, error);
      in_read = TRUE;
    }

  ok = verify_history (connection, result, error) &&
       verify_minutes (connection, result, error);

  if (in_read)
    sqlite3_exec (connection, "COMMIT", NULL, NULL, NULL);

  if (!ok)
    return FALSE;

  *report = g_steal_pointer (&result);

  return TRUE;
}
