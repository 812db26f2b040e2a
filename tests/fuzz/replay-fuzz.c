/* replay-fuzz.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Every input a fuzzer once crashed or hung on (tests/fuzz/regressions/
 * <target>/), and the seed corpus (tests/fuzz/corpus/<target>/), fed to
 * the same entry points as libFuzzer feeds them, without libFuzzer: in
 * the ordinary build, so that a bug the fuzzers found stays fixed. */

#include "config.h"

#include "steward-fuzz.h"

typedef struct
{
  const char      *name;
  StewardFuzzFunc  func;
} Target;

static const Target targets[] = {
  { "csv-import", steward_fuzz_csv_import },
  { "database-open", steward_fuzz_database_open },
  { "minutes-json", steward_fuzz_minutes_json },
  { "chart-json", steward_fuzz_chart_json },
  { "date", steward_fuzz_date },
};

/* Feeds every file of @folder/@target->name to the target; returns how
 * many. */
static guint
replay_folder (const Target *target,
               const char   *folder)
{
  g_autofree char *path = g_build_filename (STEWARD_FUZZ_DIR, folder, target->name, NULL);
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (name[0] != '.')
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc)g_strcmp0);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *file = g_build_filename (path, g_ptr_array_index (names, i), NULL);
      g_autofree char *contents = NULL;
      gsize length = 0;
      g_autoptr(GError) error = NULL;

      g_file_get_contents (file, &contents, &length, &error);
      g_assert_no_error (error);
      g_test_message ("%s: %s (%" G_GSIZE_FORMAT " bytes)", target->name, file, length);
      g_assert_cmpint (target->func ((const guint8 *)contents, length), ==, 0);
    }

  return names->len;
}

static void
test_replay (gconstpointer data)
{
  const Target *target = data;
  guint n_seeds = replay_folder (target, "corpus");
  guint n_regressions = replay_folder (target, "regressions");

  g_test_message ("%s: %u seeds, %u regressions", target->name, n_seeds, n_regressions);
  /* Every target has a seed corpus: an empty one is a missing folder. */
  g_assert_cmpuint (n_seeds, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  steward_fuzz_init ();

  for (guint i = 0; i < G_N_ELEMENTS (targets); i++)
    {
      g_autofree char *path = g_strdup_printf ("/fuzz/replay/%s", targets[i].name);

      g_test_add_data_func (path, &targets[i], test_replay);
    }

  return g_test_run ();
}
