/* steward-party-stats.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-party-stats"

#include "config.h"

#include "logic/steward-date.h"
#include "model/steward-party-feedback.h"
#include "model/steward-party-requirement.h"
#include "model/steward-record-list.h"
#include "steward-party-stats.h"

/* What the requirements and the feedback of each interested party come
 * to, for the list of parties: how many requirements are in force, how
 * much feedback waits for a response, when the latest came, and the text
 * of the requirements, which the search looks at. Summed up again, and
 * "changed" emitted, whenever either table changes. */
struct _StewardPartyStats
{
  GObject            parent_instance;

  StewardRecordList *requirements;
  StewardRecordList *feedback;
  GHashTable        *by_party;     /* party id → Stats */
};

G_DEFINE_FINAL_TYPE (StewardPartyStats, steward_party_stats, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct
{
  guint    n_in_force;
  guint    n_unanswered;
  GDate    latest;        /* cleared when there is no feedback */
  GString *text;
} Stats;

static void
stats_free (gpointer data)
{
  Stats *stats = data;

  g_string_free (stats->text, TRUE);
  g_free (stats);
}

static Stats *
lookup (StewardPartyStats *self,
        gint64             party_id)
{
  return g_hash_table_lookup (self->by_party, &party_id);
}

static Stats *
ensure (StewardPartyStats *self,
        gint64             party_id)
{
  Stats *stats = lookup (self, party_id);

  if (stats == NULL)
    {
      stats = g_new0 (Stats, 1);
      g_date_clear (&stats->latest, 1);
      stats->text = g_string_new (NULL);
      g_hash_table_insert (self->by_party, g_memdup2 (&party_id, sizeof party_id), stats);
    }

  return stats;
}

static void
append_text (GString    *text,
             const char *part)
{
  if (part != NULL)
    g_string_append_printf (text, "\n%s", part);
}

/* A requirement is in force until the day it is retired; feedback waits
 * until it has a response or a date of one. */
static void
compute (StewardPartyStats *self)
{
  g_autoptr(GDate) today = steward_date_new_today ();

  g_hash_table_remove_all (self->by_party);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->requirements)); i++)
    {
      g_autoptr(StewardPartyRequirement) requirement = g_list_model_get_item (G_LIST_MODEL (self->requirements), i);
      Stats *stats = ensure (self, steward_party_requirement_get_party_id (requirement));
      GDate *retired_on = steward_party_requirement_get_retired_on (requirement);

      if (retired_on == NULL || g_date_compare (retired_on, today) > 0)
        stats->n_in_force++;
      append_text (stats->text, steward_party_requirement_get_text (requirement));
      append_text (stats->text, steward_party_requirement_get_addressed_by (requirement));
      append_text (stats->text, steward_party_requirement_get_decision_ref (requirement));
    }

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->feedback)); i++)
    {
      g_autoptr(StewardPartyFeedback) feedback = g_list_model_get_item (G_LIST_MODEL (self->feedback), i);
      Stats *stats = ensure (self, steward_party_feedback_get_party_id (feedback));
      GDate *received_on = steward_party_feedback_get_received_on (feedback);

      if (received_on != NULL &&
          (!g_date_valid (&stats->latest) || g_date_compare (received_on, &stats->latest) > 0))
        stats->latest = *received_on;
      if (steward_party_feedback_get_response (feedback) == NULL &&
          steward_party_feedback_get_responded_on (feedback) == NULL)
        stats->n_unanswered++;
    }
}

static void
on_table_changed_cb (StewardDatabase    *db,
                     const char * const *tables,
                     StewardPartyStats  *self)
{
  compute (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
steward_party_stats_dispose (GObject *object)
{
  StewardPartyStats *self = (StewardPartyStats *)object;

  if (self->requirements != NULL)
    g_signal_handlers_disconnect_by_func (steward_record_list_get_database (self->requirements),
                                          on_table_changed_cb, self);
  g_clear_object (&self->requirements);
  g_clear_object (&self->feedback);

  G_OBJECT_CLASS (steward_party_stats_parent_class)->dispose (object);
}

static void
steward_party_stats_finalize (GObject *object)
{
  StewardPartyStats *self = (StewardPartyStats *)object;

  g_clear_pointer (&self->by_party, g_hash_table_unref);

  G_OBJECT_CLASS (steward_party_stats_parent_class)->finalize (object);
}

static void
steward_party_stats_class_init (StewardPartyStatsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = steward_party_stats_dispose;
  object_class->finalize = steward_party_stats_finalize;

  /**
   * StewardPartyStats::changed:
   *
   * The requirements or the feedback changed, and the sums with them.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
steward_party_stats_init (StewardPartyStats *self)
{
  self->by_party = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, stats_free);
}

StewardPartyStats *
steward_party_stats_new (StewardDatabase *db)
{
  StewardPartyStats *self;

  g_return_val_if_fail (STEWARD_IS_DATABASE (db), NULL);

  self = g_object_new (STEWARD_TYPE_PARTY_STATS, NULL);
  self->requirements = steward_record_list_new (db, STEWARD_TYPE_PARTY_REQUIREMENT, NULL);
  self->feedback = steward_record_list_new (db, STEWARD_TYPE_PARTY_FEEDBACK, NULL);
  /* After the lists' own handlers, which read the rows again. */
  g_signal_connect_object (db, "changed::party_requirement", G_CALLBACK (on_table_changed_cb), self, 0);
  g_signal_connect_object (db, "changed::party_feedback", G_CALLBACK (on_table_changed_cb), self, 0);
  compute (self);

  return self;
}

guint
steward_party_stats_get_n_in_force (StewardPartyStats *self,
                                    gint64             party_id)
{
  Stats *stats;

  g_return_val_if_fail (STEWARD_IS_PARTY_STATS (self), 0);

  stats = lookup (self, party_id);

  return stats != NULL ? stats->n_in_force : 0;
}

guint
steward_party_stats_get_n_unanswered (StewardPartyStats *self,
                                      gint64             party_id)
{
  Stats *stats;

  g_return_val_if_fail (STEWARD_IS_PARTY_STATS (self), 0);

  stats = lookup (self, party_id);

  return stats != NULL ? stats->n_unanswered : 0;
}

/**
 * steward_party_stats_get_total_unanswered:
 *
 * Returns: how much feedback of all the parties has no response yet
 */
guint
steward_party_stats_get_total_unanswered (StewardPartyStats *self)
{
  GHashTableIter iter;
  gpointer stats;
  guint n = 0;

  g_return_val_if_fail (STEWARD_IS_PARTY_STATS (self), 0);

  g_hash_table_iter_init (&iter, self->by_party);
  while (g_hash_table_iter_next (&iter, NULL, &stats))
    n += ((Stats *) stats)->n_unanswered;

  return n;
}

/**
 * steward_party_stats_get_latest_feedback:
 *
 * Returns: (transfer none) (nullable): when the party's latest feedback
 *   came, or %NULL when none did
 */
const GDate *
steward_party_stats_get_latest_feedback (StewardPartyStats *self,
                                         gint64             party_id)
{
  Stats *stats;

  g_return_val_if_fail (STEWARD_IS_PARTY_STATS (self), NULL);

  stats = lookup (self, party_id);

  return stats != NULL && g_date_valid (&stats->latest) ? &stats->latest : NULL;
}

/**
 * steward_party_stats_get_text:
 *
 * Returns: (transfer none): the text of the party's requirements, how
 *   they are addressed and the decisions they came from, one a line
 */
const char *
steward_party_stats_get_text (StewardPartyStats *self,
                              gint64             party_id)
{
  Stats *stats;

  g_return_val_if_fail (STEWARD_IS_PARTY_STATS (self), "");

  stats = lookup (self, party_id);

  return stats != NULL ? stats->text->str : "";
}

static void
add_records_of (GPtrArray         *records,
                StewardRecordList *list,
                gint64             party_id)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(StewardRecord) record = g_list_model_get_item (G_LIST_MODEL (list), i);
      gint64 id = 0;

      g_object_get (record, "party-id", &id, NULL);
      if (id == party_id)
        g_ptr_array_add (records, g_steal_pointer (&record));
    }
}

/**
 * steward_party_stats_add_records:
 * @records: (element-type StewardRecord): where to add a reference to each
 *
 * Adds the requirements and the feedback of the party: what deleting it
 * deletes with it.
 */
void
steward_party_stats_add_records (StewardPartyStats *self,
                                 gint64             party_id,
                                 GPtrArray         *records)
{
  g_return_if_fail (STEWARD_IS_PARTY_STATS (self));

  add_records_of (records, self->requirements, party_id);
  add_records_of (records, self->feedback, party_id);
}
