/* test-bad-input-records.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Bad input behind the forms: every text column of every record type,
 * found through the type's property-to-column mapping, given 100,000
 * characters, emoji and CJK, SQL metacharacters and LIKE wildcards on a
 * stored record of the small sample, saved with steward_record_save():
 * refused (an error, no row and no history row written) or stored and
 * read back exactly. The table is printed as "record | column | tried |
 * outcome"; any other outcome fails. */

#include "config.h"

#include <string.h>

#include "logic/steward-sample-data.h"
#include "model/steward-action-item.h"
#include "model/steward-audit.h"
#include "model/steward-body.h"
#include "model/steward-communication.h"
#include "model/steward-contact.h"
#include "model/steward-context-issue.h"
#include "model/steward-finding.h"
#include "model/steward-handover.h"
#include "model/steward-meeting.h"
#include "model/steward-objective.h"
#include "model/steward-party.h"
#include "model/steward-party-requirement.h"
#include "model/steward-person.h"
#include "model/steward-project.h"
#include "model/steward-risk-result.h"
#include "steward-test-util.h"

static char *long_text;

static const char *tries[][2] = {
  { "100,000 characters", NULL },
  { "emoji and CJK", "資安🔒委員會" },
  { "SQL", "'; DROP TABLE person; --" },
  { "wildcards", "%_\\" },
};

static GType
type_at (guint i)
{
  GType types[] = {
    STEWARD_TYPE_PERSON, STEWARD_TYPE_BODY, STEWARD_TYPE_CONTACT, STEWARD_TYPE_COMMUNICATION,
    STEWARD_TYPE_MEETING, STEWARD_TYPE_CONTEXT_ISSUE, STEWARD_TYPE_PARTY, STEWARD_TYPE_PARTY_REQUIREMENT,
    STEWARD_TYPE_AUDIT, STEWARD_TYPE_FINDING, STEWARD_TYPE_RISK_RESULT, STEWARD_TYPE_HANDOVER,
    STEWARD_TYPE_OBJECTIVE, STEWARD_TYPE_PROJECT, STEWARD_TYPE_ACTION_ITEM,
  };

  return i < G_N_ELEMENTS (types) ? types[i] : G_TYPE_INVALID;
}

static gint64
count (StewardTestDb *t,
       const char    *table)
{
  return steward_test_count_rows (t->db, table);
}

static void
test_records (void)
{
  g_autoptr(StewardTestDb) t = steward_test_db_new ();
  g_autoptr(GError) error = NULL;
  guint n_tried = 0, n_failed = 0;
  GType type;

  g_assert_true (steward_sample_data_fill (t->db, STEWARD_SAMPLE_SMALL, &error));
  g_assert_no_error (error);

  g_test_message ("record | column | tried | outcome");
  for (guint i = 0; (type = type_at (i)) != G_TYPE_INVALID; i++)
    {
      g_autoptr(GTypeClass) klass = g_type_class_ref (type);
      const char *table = steward_record_class_get_table (STEWARD_RECORD_CLASS (klass));
      g_autoptr(StewardQuery) first = steward_query_new ();
      g_autoptr(GPtrArray) stored = NULL;
      g_autofree GParamSpec **pspecs = NULL;
      guint n_pspecs;

      steward_query_order_by (first, "id", FALSE);
      steward_query_set_limit (first, 1);
      stored = steward_test_load_all (t->db, type, first);
      g_assert_cmpuint (stored->len, ==, 1);

      pspecs = g_object_class_list_properties (G_OBJECT_CLASS (klass), &n_pspecs);
      for (guint p = 0; p < n_pspecs; p++)
        {
          const char *column = steward_record_class_get_column (STEWARD_RECORD_CLASS (klass), pspecs[p]->name);

          if (column == NULL || pspecs[p]->value_type != G_TYPE_STRING)
            continue;

          for (guint k = 0; k < G_N_ELEMENTS (tries); k++)
            {
              const char *value = tries[k][1] != NULL ? tries[k][1] : long_text;
              g_autoptr(StewardRecord) record = steward_record_copy (g_ptr_array_index (stored, 0));
              g_autoptr(StewardRecord) back = NULL;
              g_autoptr(GError) save_error = NULL;
              gint64 rows = count (t, table), history = count (t, "history");
              const char *outcome;
              gboolean ok;
              gint64 start;

              g_object_set (record, pspecs[p]->name, value, NULL);
              start = g_get_monotonic_time ();
              if (steward_record_save (record, t->db, &save_error))
                {
                  g_autofree char *read = NULL;

                  back = steward_record_load (t->db, type, steward_record_get_id (record), NULL);
                  g_object_get (back, pspecs[p]->name, &read, NULL);
                  ok = g_strcmp0 (read, value) == 0 && count (t, table) == rows;
                  outcome = ok ? "stored" : "stored wrong";
                }
              else
                {
                  ok = count (t, table) == rows && count (t, "history") == history;
                  outcome = ok ? "refused" : "refused, half-written";
                }
              ok = ok && g_get_monotonic_time () - start < 2 * G_USEC_PER_SEC;
              g_test_message ("%s | %s | %s | %s%s%s (%.0f ms)", table, column, tries[k][0], outcome,
                              save_error != NULL ? ": " : "", save_error != NULL ? save_error->message : "",
                              (g_get_monotonic_time () - start) / 1000.0);
              n_tried++;
              if (!ok)
                n_failed++;
            }
        }
    }

  g_test_message ("%u cells tried, %u not as expected", n_tried, n_failed);
  g_assert_cmpuint (n_tried, >, 50);
  g_assert_cmpuint (n_failed, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *xs = g_strnfill (100000 - 2, 'x');

  g_test_init (&argc, &argv, NULL);
  /* 100,000 characters, two of them CJK */
  long_text = g_strconcat ("資安", xs, NULL);

  g_test_add_func ("/bad-input-records/text-columns", test_records);

  return g_test_run ();
}
