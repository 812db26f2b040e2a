/* steward-verify.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "steward-database.h"

G_BEGIN_DECLS

/* What is wrong with the first history row found broken. */
typedef enum
{
  STEWARD_VERIFY_HISTORY_OK,
  STEWARD_VERIFY_HISTORY_NOT_SEALED,      /* no digest at all */
  STEWARD_VERIFY_HISTORY_CONTENT_CHANGED, /* the content does not match its sha256 */
  STEWARD_VERIFY_HISTORY_LINK_BROKEN,     /* prev_sha256 is not the row before's sha256 */
  STEWARD_VERIFY_HISTORY_ROW_MISSING,     /* the same, with ids missing in between */
  STEWARD_VERIFY_HISTORY_TAIL_MISSING,    /* the newest rows Steward wrote are gone */
  STEWARD_VERIFY_HISTORY_HEAD_CHANGED,    /* the newest row is not the one Steward wrote last */
} StewardVerifyHistoryProblem;

typedef struct
{
  guint64                      n_history;   /* history rows checked */
  guint64                      n_minutes;   /* issued minutes checked */

  /* The first broken history row, when history_problem is not OK. */
  StewardVerifyHistoryProblem  history_problem;
  gint64                       history_id;
  gint64                       previous_id;  /* the row before it, 0 for none */
  char                        *table_name;
  gint64                       row_id;
  char                        *at;
  char                        *user_name;

  /* The first issued minutes whose PDF does not match, when minutes_id > 0. */
  gint64                       minutes_id;
  char                        *review_title;
  int                          minutes_version;
  char                        *document_number;

  /* Translated sentences: what is wrong, %NULL when nothing is. */
  char                        *history_message;
  char                        *minutes_message;
} StewardVerifyReport;

void      steward_verify_report_free    (StewardVerifyReport  *report);
gboolean  steward_verify_report_is_intact (const StewardVerifyReport *report);
char     *steward_verify_report_dup_summary (const StewardVerifyReport *report);

gboolean  steward_database_verify       (StewardDatabase      *db,
                                         StewardVerifyReport **report,
                                         GError              **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StewardVerifyReport, steward_verify_report_free)

/* For the store: the digest of a history row, and the sealing of the rows
 * written before the history had digests (migration 007). */
#define STEWARD_HISTORY_GENESIS_SHA256 "0000000000000000000000000000000000000000000000000000000000000000"

char     *_steward_history_compute_sha256 (const char *prev_sha256,
                                           gint64      id,
                                           const char *at,
                                           const char *user_name,
                                           const char *table_name,
                                           gint64      row_id,
                                           const char *action,
                                           const char *old_values,
                                           const char *new_values);
gboolean  _steward_history_seal           (sqlite3    *db,
                                           GError    **error);
gboolean  _steward_history_set_head       (sqlite3    *db,
                                           gint64      id,
                                           const char *sha256,
                                           GError    **error);

G_END_DECLS
