/* test-objective-editors.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The forms of objectives, target levels, measurements and plans, in real
 * windows on a temporary database: typed into as a user would, saved
 * through their editor.save action, refused with the reason beside the
 * field and the typing kept, and rendered to PNGs in the build folder
 * (STEWARD_TEST_OUTPUT) to look at. In English by default; with
 * LANGUAGE=zh_TW in Traditional Chinese. Runs under xvfb-run; no display
 * is a failure. */

#include "config.h"

#include <locale.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "logic/steward-objectives.h"
#include "model/steward-measurement.h"
#include "model/steward-objective.h"
#include "model/steward-objective-plan.h"
#include "model/steward-objective-target.h"
#include "model/steward-person.h"
#include "model/steward-record-list.h"
#include "steward-test-util.h"
#include "views/objectives/steward-measurement-editor.h"
#include "views/objectives/steward-objective-editor.h"
#include "views/objectives/steward-plan-editor.h"
#include "views/objectives/steward-target-editor.h"

static const char *language;

typedef struct
{
  StewardTestDb     *t;
  StewardRecordList *people;
  gint64             chen_id;
  gint64             lin_id;
} Fixture;

static GtkWidget *
find_clamp (GtkWidget *widget)
{
  if (ADW_IS_CLAMP (widget))
    return widget;

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_clamp (c);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The whole form, scrolled or not, on the window's background, to look at
 * its layout. */
static void
save_form_png (GtkWidget  *form,
               const char *file_name)
{
  g_autofree char *path = g_build_filename (g_getenv ("STEWARD_TEST_OUTPUT") ?: ".", file_name, NULL);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (form);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  int width = gtk_widget_get_width (form);
  int height = gtk_widget_get_height (form);

  g_assert_cmpint (width, >, 0);
  g_assert_cmpint (height, >, 0);

  gtk_snapshot_append_color (snapshot, &(GdkRGBA) { 0.98, 0.98, 0.98, 1 },
                             &GRAPHENE_RECT_INIT (0, 0, width, height));
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (form)),
                                         node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("Screenshot: %s", path);
}

/* The window as the user sees it, and the whole form. */
static void
save_png (GtkWidget  *widget,
          const char *name)
{
  g_autofree char *file = g_strdup_printf ("editor-%s-%s.png", name, language);
  g_autofree char *form_file = g_strdup_printf ("editor-%s-form-%s.png", name, language);
  g_autoptr(GdkTexture) texture = steward_test_render_png (widget, file);
  GtkWidget *clamp = find_clamp (widget);

  g_assert_nonnull (texture);
  g_assert_nonnull (clamp);
  save_form_png (clamp, form_file);
}

static void
save_record (gpointer  record,
             Fixture  *f)
{
  g_autoptr(GError) error = NULL;

  steward_record_save (STEWARD_RECORD (record), f->t->db, &error);
  g_assert_no_error (error);
}

static gint64
add_person (Fixture    *f,
            const char *name)
{
  g_autoptr(StewardPerson) person = steward_person_new ();

  g_object_set (person, "name", name, "unit", "資訊安全組", NULL);
  save_record (person, f);

  return steward_test_id_of (person);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(StewardQuery) by_name = steward_query_new ();

  f->t = steward_test_db_new ();
  f->chen_id = add_person (f, "陳建宏");
  f->lin_id = add_person (f, "林怡君");
  steward_query_order_by (by_name, "name", FALSE);
  f->people = steward_record_list_new (f->t->db, STEWARD_TYPE_PERSON, by_name);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->people);
  g_clear_pointer (&f->t, steward_test_db_free);
}

/* Reaching into the forms as a user would */

static GtkWindow *
present (gpointer editor)
{
  /* The form closes itself once saved: the test keeps it to look at. */
  g_object_ref (editor);
  gtk_window_present (GTK_WINDOW (editor));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (editor));

  return editor;
}

static void
close_editor (gpointer editor)
{
  if (gtk_widget_get_visible (GTK_WIDGET (editor)))
    gtk_window_destroy (GTK_WINDOW (editor));
  g_object_unref (editor);
  steward_test_iterate (20);
}

/* Saves as Save or Ctrl+S do. */
static void
activate_save (gpointer editor)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  steward_test_iterate (20);
}

static GDate *
date_new (int year,
          int month,
          int day)
{
  return g_date_new_dmy (day, month, year);
}

static gint64
count (Fixture    *f,
       const char *table)
{
  return steward_test_count_rows (f->t->db, table);
}

static char *
not_a_number (const char *text)
{
  return g_strdup_printf (_("“%s” is not a number. Enter a number such as 99.5."), text);
}

/* A stored objective: core system availability, at least 99.5 % a month
 * from January 2026, with that target. */
static StewardObjective *
add_objective (Fixture          *f,
               StewardDirection  direction,
               StewardObjectiveTarget **target_out)
{
  g_autoptr(GDate) start = date_new (2026, 1, 1);
  g_autoptr(StewardObjective) objective = g_object_new (STEWARD_TYPE_OBJECTIVE,
                                                        "statement", "核心系統服務可用率維持於 99.5% 以上",
                                                        "kpi-name", "核心系統可用率",
                                                        "kpi-unit", "%",
                                                        "kpi-method", "（服務時間－中斷時間）÷ 服務時間",
                                                        "direction", direction,
                                                        "frequency", STEWARD_FREQUENCY_MONTHLY,
                                                        "start-date", start,
                                                        "owner-id", f->chen_id,
                                                        NULL);
  g_autoptr(StewardObjectiveTarget) target = NULL;

  save_record (objective, f);
  target = g_object_new (STEWARD_TYPE_OBJECTIVE_TARGET,
                         "objective-id", steward_test_id_of (objective),
                         "valid-from", start,
                         "low", 99.5,
                         "high", direction == STEWARD_DIRECTION_WITHIN ? 99.9 : 99.5,
                         "decision-ref", "115年度第1次管理審查會議",
                         NULL);
  save_record (target, f);

  if (target_out != NULL)
    *target_out = g_steal_pointer (&target);

  return g_steal_pointer (&objective);
}

static GPtrArray *
load_where (Fixture    *f,
            GType       type,
            const char *column,
            gint64      id)
{
  g_autoptr(StewardQuery) query = steward_query_new ();

  steward_query_where_int64 (query, column, STEWARD_QUERY_EQUAL, id);
  steward_query_order_by (query, "id", FALSE);

  return steward_test_load_all (f->t->db, type, query);
}

/* The objective form */

static void
test_objective_new (Fixture       *f,
                    gconstpointer  data)
{
  StewardObjectiveEditor *editor = steward_objective_editor_new (f->t->db, NULL, G_LIST_MODEL (f->people));
  g_autofree char *abc = not_a_number ("abc");
  g_autoptr(GPtrArray) targets = NULL;
  g_autoptr(StewardObjective) stored = NULL;
  g_autoptr(GDate) start = date_new (2026, 1, 1);
  g_autoptr(GError) error = NULL;
  StewardObjectiveTarget *target;
  StewardObjective *saved;

  present (editor);
  g_assert_true (steward_test_child_shown (editor, "target_group"));
  g_assert_false (steward_test_child_shown (editor, "delete_button"));
  g_assert_true (steward_test_child_shown (editor, "level_row"));
  g_assert_false (steward_test_child_shown (editor, "low_row"));

  /* Nothing typed: each field that needs something says what. */
  activate_save (editor);
  g_assert_nonnull (steward_test_child_error (editor, "statement"));
  g_assert_nonnull (steward_test_child_error (editor, "kpi_name"));
  g_assert_cmpstr (steward_test_child_error (editor, "level"), ==, _("Enter the target level."));
  g_assert_cmpint (count (f, "objective"), ==, 0);

  /* A level that is no number: said beside it, all typing kept. */
  steward_test_type_into_child (editor, "statement_row", "核心系統服務可用率維持於 99.5% 以上");
  steward_test_type_into_child (editor, "policy_goal_row", "確保資訊服務持續運作");
  steward_test_type_into_child (editor, "kpi_name_row", "核心系統可用率");
  steward_test_type_into_child (editor, "kpi_unit_row", "%");
  steward_test_type_into_child (editor, "kpi_method_row", "（服務時間－中斷時間）÷ 服務時間");
  steward_test_type_into_child (editor, "kpi_source_row", "監控系統月報");
  steward_test_type_into_child (editor, "level_row", "abc");
  steward_test_type_into_child (editor, "start_date_row", "115-01-01");
  steward_test_type_into_child (editor, "decision_ref_row", "115年度第1次管理審查會議");
  activate_save (editor);
  g_assert_null (steward_test_child_error (editor, "statement"));
  g_assert_null (steward_test_child_error (editor, "kpi_name"));
  g_assert_cmpstr (steward_test_child_error (editor, "level"), ==, abc);
  g_assert_cmpstr (steward_test_child_text (editor, "level_row"), ==, "abc");
  g_assert_cmpstr (steward_test_child_text (editor, "statement_row"), ==, "核心系統服務可用率維持於 99.5% 以上");
  g_assert_cmpstr (steward_test_child_text (editor, "decision_ref_row"), ==, "115年度第1次管理審查會議");
  g_assert_cmpint (count (f, "objective"), ==, 0);
  g_assert_cmpint (count (f, "objective_target"), ==, 0);

  /* Editing the field clears its message. */
  steward_test_type_into_child (editor, "level_row", "99");
  g_assert_null (steward_test_child_error (editor, "level"));

  /* A range shows both ends instead of the level; upside down, refused. */
  adw_combo_row_set_selected (steward_test_template_child (editor, "direction_row"), STEWARD_DIRECTION_WITHIN);
  g_assert_false (steward_test_child_shown (editor, "level_row"));
  g_assert_true (steward_test_child_shown (editor, "low_row"));
  g_assert_true (steward_test_child_shown (editor, "high_row"));
  steward_test_type_into_child (editor, "low_row", "99.9");
  steward_test_type_into_child (editor, "high_row", "99.5");
  activate_save (editor);
  g_assert_null (steward_test_child_error (editor, "low"));
  g_assert_nonnull (steward_test_child_error (editor, "high"));
  g_assert_cmpint (count (f, "objective"), ==, 0);
  save_png (GTK_WIDGET (editor), "objective-errors");

  /* At least 99.5, typed in full-width digits as a Chinese input method
   * gives them: saved with its target, in one go. */
  adw_combo_row_set_selected (steward_test_template_child (editor, "direction_row"), STEWARD_DIRECTION_AT_LEAST);
  g_assert_true (steward_test_child_shown (editor, "level_row"));
  g_assert_false (steward_test_child_shown (editor, "high_error_row"));
  steward_test_type_into_child (editor, "level_row", "９９．５");
  adw_combo_row_set_selected (steward_test_template_child (editor, "owner_row"), 2);  /* Nobody, 林怡君, 陳建宏 */
  save_png (GTK_WIDGET (editor), "objective");
  activate_save (editor);

  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (editor)));
  g_assert_cmpint (count (f, "objective"), ==, 1);
  g_assert_cmpint (count (f, "objective_target"), ==, 1);

  saved = steward_objective_editor_get_objective (editor);
  g_assert_cmpint (steward_test_id_of (saved), >, 0);
  stored = steward_record_load (f->t->db, STEWARD_TYPE_OBJECTIVE, steward_test_id_of (saved), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (steward_objective_get_kpi_name (stored), ==, "核心系統可用率");
  g_assert_cmpstr (steward_objective_get_kpi_unit (stored), ==, "%");
  g_assert_cmpstr (steward_objective_get_kpi_source (stored), ==, "監控系統月報");
  g_assert_cmpint (steward_objective_get_direction (stored), ==, STEWARD_DIRECTION_AT_LEAST);
  g_assert_cmpint (steward_objective_get_owner_id (stored), ==, f->chen_id);
  g_assert_cmpint (g_date_compare (steward_objective_get_start_date (stored), start), ==, 0);
  g_assert_null (steward_objective_get_end_date (stored));

  targets = load_where (f, STEWARD_TYPE_OBJECTIVE_TARGET, "objective_id", steward_test_id_of (saved));
  g_assert_cmpuint (targets->len, ==, 1);
  target = g_ptr_array_index (targets, 0);
  g_assert_cmpfloat_with_epsilon (steward_objective_target_get_low (target), 99.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (steward_objective_target_get_high (target), 99.5, 1e-9);
  g_assert_cmpint (g_date_compare (steward_objective_target_get_valid_from (target), start), ==, 0);
  g_assert_cmpstr (steward_objective_target_get_decision_ref (target), ==, "115年度第1次管理審查會議");

  close_editor (editor);
}

static void
on_objective_delete_requested_cb (StewardObjectiveEditor  *editor,
                                  StewardObjective        *objective,
                                  StewardObjective       **requested)
{
  *requested = objective;
}

static void
test_objective_edit (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(StewardObjective) objective = add_objective (f, STEWARD_DIRECTION_AT_LEAST, NULL);
  g_autoptr(StewardObjective) stored = NULL;
  g_autoptr(GError) error = NULL;
  StewardObjectiveEditor *editor;
  StewardObjective *requested = NULL;

  editor = steward_objective_editor_new (f->t->db, objective, G_LIST_MODEL (f->people));
  present (editor);

  /* Targets change from a date on, in their own form. */
  g_assert_false (steward_test_child_shown (editor, "target_group"));
  g_assert_true (steward_test_child_shown (editor, "delete_button"));
  g_assert_cmpstr (steward_test_child_text (editor, "kpi_name_row"), ==, "核心系統可用率");
  g_assert_cmpuint (adw_combo_row_get_selected (steward_test_template_child (editor, "owner_row")), ==, 2);
  save_png (GTK_WIDGET (editor), "objective-edit");

  /* The end before the start: refused; the list keeps the stored one. */
  steward_test_type_into_child (editor, "statement_row", "核心系統服務可用率維持於 99.9% 以上");
  steward_test_type_into_child (editor, "end_date_row", "2025-12-31");
  activate_save (editor);
  g_assert_nonnull (steward_test_child_error (editor, "end_date"));
  g_assert_cmpstr (steward_objective_get_statement (objective), ==, "核心系統服務可用率維持於 99.5% 以上");

  steward_test_type_into_child (editor, "end_date_row", "not a date");
  activate_save (editor);
  g_assert_nonnull (steward_test_child_error (editor, "end_date"));

  steward_test_type_into_child (editor, "end_date_row", "115-12-31");
  adw_combo_row_set_selected (steward_test_template_child (editor, "owner_row"), 0);
  activate_save (editor);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (editor)));
  close_editor (editor);

  stored = steward_record_load (f->t->db, STEWARD_TYPE_OBJECTIVE, steward_test_id_of (objective), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (steward_objective_get_statement (stored), ==, "核心系統服務可用率維持於 99.9% 以上");
  g_assert_cmpint (g_date_get_year (steward_objective_get_end_date (stored)), ==, 2026);
  g_assert_cmpint (steward_objective_get_owner_id (stored), ==, 0);
  g_assert_cmpint (count (f, "objective_target"), ==, 1);

  /* Delete asks the page, with the objective as stored. */
  editor = steward_objective_editor_new (f->t->db, stored, G_LIST_MODEL (f->people));
  present (editor);
  g_signal_connect (editor, "delete-requested", G_CALLBACK (on_objective_delete_requested_cb), &requested);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.delete", NULL));
  g_assert_true (requested == stored);
  close_editor (editor);
}

/* The target form */

static void
test_target (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(StewardObjectiveTarget) first = NULL;
  g_autoptr(StewardObjective) objective = add_objective (f, STEWARD_DIRECTION_AT_LEAST, &first);
  g_autoptr(GPtrArray) existing = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) targets = NULL;
  g_autoptr(GDate) july = date_new (2026, 7, 1);
  g_autofree char *abc = not_a_number ("12,34,5");
  StewardObjectiveTarget *changed;
  StewardTargetEditor *editor;

  g_ptr_array_add (existing, g_object_ref (first));
  editor = steward_target_editor_new (f->t->db, objective, NULL, existing);
  present (editor);

  /* A change of target starts from the target that holds. */
  g_assert_true (steward_test_child_shown (editor, "level_row"));
  g_assert_false (steward_test_child_shown (editor, "low_row"));
  g_assert_cmpstr (steward_test_child_text (editor, "level_row"), ==, "99.5");

  /* Before the objective starts: refused. */
  steward_test_type_into_child (editor, "valid_from_row", "2025-12-01");
  steward_test_type_into_child (editor, "level_row", "12,34,5");
  steward_test_type_into_child (editor, "decision_ref_row", "115年度第2次管理審查會議");
  activate_save (editor);
  g_assert_nonnull (steward_test_child_error (editor, "valid_from"));
  g_assert_cmpstr (steward_test_child_error (editor, "level"), ==, abc);
  g_assert_cmpint (count (f, "objective_target"), ==, 1);

  /* On the day another target starts: which would hold? Refused. */
  steward_test_type_into_child (editor, "valid_from_row", "2026-01-01");
  steward_test_type_into_child (editor, "level_row", "99.9");
  activate_save (editor);
  g_assert_nonnull (steward_test_child_error (editor, "valid_from"));
  g_assert_null (steward_test_child_error (editor, "level"));
  g_assert_cmpint (count (f, "objective_target"), ==, 1);
  save_png (GTK_WIDGET (editor), "target-errors");

  steward_test_type_into_child (editor, "valid_from_row", "115-07-01");
  save_png (GTK_WIDGET (editor), "target");
  activate_save (editor);
  g_assert_cmpint (count (f, "objective_target"), ==, 2);
  changed = steward_target_editor_get_target (editor);
  g_assert_cmpint (steward_test_id_of (changed), >, 0);
  close_editor (editor);

  targets = load_where (f, STEWARD_TYPE_OBJECTIVE_TARGET, "objective_id", steward_test_id_of (objective));
  g_assert_cmpuint (targets->len, ==, 2);
  changed = g_ptr_array_index (targets, 1);
  g_assert_cmpint (g_date_compare (steward_objective_target_get_valid_from (changed), july), ==, 0);
  g_assert_cmpfloat_with_epsilon (steward_objective_target_get_low (changed), 99.9, 1e-9);
  g_assert_cmpfloat_with_epsilon (steward_objective_target_get_high (changed), 99.9, 1e-9);
  g_assert_cmpstr (steward_objective_target_get_decision_ref (changed), ==, "115年度第2次管理審查會議");
}

static void
test_target_range (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(StewardObjectiveTarget) first = NULL;
  g_autoptr(StewardObjective) objective = add_objective (f, STEWARD_DIRECTION_WITHIN, &first);
  g_autoptr(StewardObjectiveTarget) stored = NULL;
  g_autoptr(GPtrArray) existing = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  StewardTargetEditor *editor;

  /* Editing the one target of a range: both ends, its own date is no
   * clash. */
  g_ptr_array_add (existing, g_object_ref (first));
  editor = steward_target_editor_new (f->t->db, objective, first, existing);
  present (editor);
  g_assert_false (steward_test_child_shown (editor, "level_row"));
  g_assert_cmpstr (steward_test_child_text (editor, "low_row"), ==, "99.5");
  g_assert_cmpstr (steward_test_child_text (editor, "high_row"), ==, "99.9");

  steward_test_type_into_child (editor, "low_row", "");
  steward_test_type_into_child (editor, "high_row", "98");
  activate_save (editor);
  g_assert_nonnull (steward_test_child_error (editor, "low"));
  g_assert_null (steward_test_child_error (editor, "high"));

  steward_test_type_into_child (editor, "low_row", "99");
  activate_save (editor);
  g_assert_null (steward_test_child_error (editor, "low"));
  g_assert_nonnull (steward_test_child_error (editor, "high"));

  steward_test_type_into_child (editor, "high_row", "100");
  activate_save (editor);
  g_assert_null (steward_test_child_error (editor, "valid_from"));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (editor)));
  close_editor (editor);

  stored = steward_record_load (f->t->db, STEWARD_TYPE_OBJECTIVE_TARGET, steward_test_id_of (first), &error);
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (steward_objective_target_get_low (stored), 99, 1e-9);
  g_assert_cmpfloat_with_epsilon (steward_objective_target_get_high (stored), 100, 1e-9);
  g_assert_cmpint (count (f, "objective_target"), ==, 1);
}

/* The measurement form */

/* The objective as the page hands it over: evaluated on 15 June 2026, with
 * January measured. */
static StewardEvaluation *
evaluate (Fixture          *f,
          StewardObjective *objective)
{
  g_autoptr(GDate) today = date_new (2026, 6, 15);
  g_autoptr(GError) error = NULL;
  StewardEvaluation *evaluation = steward_evaluation_load (f->t->db, steward_test_id_of (objective), today, &error);

  g_assert_no_error (error);
  g_assert_nonnull (evaluation);

  return evaluation;
}

static void
add_january (Fixture          *f,
             StewardObjective *objective)
{
  g_autoptr(GDate) january = date_new (2026, 1, 1);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(StewardMeasurement) measurement = g_object_new (STEWARD_TYPE_MEASUREMENT,
                                                            "objective-id", steward_test_id_of (objective),
                                                            "period-start", january,
                                                            "value", 99.7,
                                                            "recorded-by", "林怡君",
                                                            "recorded-at", now,
                                                            NULL);

  save_record (measurement, f);
}

static char *
period_label (StewardMeasurementEditor *editor,
              guint                     position)
{
  GListModel *labels = adw_combo_row_get_model (steward_test_template_child (editor, "period_row"));
  g_autoptr(GtkStringObject) item = g_list_model_get_item (labels, position);

  g_assert_nonnull (item);

  return g_strdup (gtk_string_object_get_string (item));
}

static void
test_measurement (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(StewardObjective) objective = add_objective (f, STEWARD_DIRECTION_AT_LEAST, NULL);
  g_autoptr(StewardEvaluation) evaluation = NULL;
  g_autoptr(GDate) february = date_new (2026, 2, 1);
  g_autoptr(GDate) january = date_new (2026, 1, 1);
  g_autoptr(GPtrArray) measurements = NULL;
  g_autofree char *abc = not_a_number ("abc");
  g_autofree char *target = NULL;
  g_autofree char *meets = NULL;
  g_autofree char *misses = NULL;
  g_autofree char *february_text = NULL;
  g_autofree char *first_label = NULL;
  g_autofree char *due = NULL;
  StewardMeasurementEditor *editor;
  StewardMeasurement *stored;

  add_january (f, objective);
  evaluation = evaluate (f, objective);

  editor = steward_measurement_editor_new (f->t->db, evaluation, NULL, NULL, "王小明");
  present (editor);
  g_assert_false (steward_test_child_shown (editor, "delete_button"));
  g_assert_cmpstr (steward_test_child_text (editor, "recorded_by_row"), ==, "王小明");

  /* The due periods first, the oldest first: February. */
  february_text = steward_period_format (STEWARD_FREQUENCY_MONTHLY, february, STEWARD_CALENDAR_GREGORIAN);
  due = g_strdup_printf (_("%s — due"), february_text);
  first_label = period_label (editor, 0);
  g_assert_cmpstr (first_label, ==, due);
  g_assert_cmpuint (adw_combo_row_get_selected (steward_test_template_child (editor, "period_row")), ==, 0);

  /* Not a number: said beside the value, the typing kept, nothing stored. */
  steward_test_type_into_child (editor, "value_row", "abc");
  g_assert_false (steward_test_child_shown (editor, "feedback_row"));
  activate_save (editor);
  g_assert_cmpstr (steward_test_child_error (editor, "value"), ==, abc);
  g_assert_cmpstr (steward_test_child_text (editor, "value_row"), ==, "abc");
  g_assert_cmpint (count (f, "measurement"), ==, 1);

  /* A negative percentage: refused beside the value. */
  steward_test_type_into_child (editor, "value_row", "-5");
  g_assert_null (steward_test_child_error (editor, "value"));
  activate_save (editor);
  g_assert_nonnull (steward_test_child_error (editor, "value"));
  g_assert_cmpstr (steward_test_child_text (editor, "value_row"), ==, "-5");
  g_assert_cmpint (count (f, "measurement"), ==, 1);

  /* While typing, what the value means against the period's target. */
  target = steward_evaluation_dup_target_text (evaluation, february);
  meets = g_strdup_printf (_("Meets the target %s"), target);
  misses = g_strdup_printf (_("Misses the target %s"), target);
  steward_test_type_into_child (editor, "value_row", "99.1");
  g_assert_true (steward_test_child_shown (editor, "feedback_row"));
  g_assert_cmpstr (gtk_label_get_label (steward_test_template_child (editor, "feedback")), ==, misses);
  steward_test_type_into_child (editor, "value_row", "99.82");
  g_assert_cmpstr (gtk_label_get_label (steward_test_template_child (editor, "feedback")), ==, meets);
  steward_test_type_into_child (editor, "evidence_row", "/srv/監控/2026-02-可用率.pdf");
  steward_test_type_into_child (editor, "notes_row", "2/14 例行維護停機 40 分鐘");
  save_png (GTK_WIDGET (editor), "measurement");

  /* Nobody to record it: refused. */
  steward_test_type_into_child (editor, "recorded_by_row", " ");
  activate_save (editor);
  g_assert_nonnull (steward_test_child_error (editor, "recorded_by"));
  g_assert_cmpint (count (f, "measurement"), ==, 1);

  steward_test_type_into_child (editor, "recorded_by_row", "王小明");
  activate_save (editor);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (editor)));
  g_assert_cmpint (count (f, "measurement"), ==, 2);
  close_editor (editor);

  measurements = load_where (f, STEWARD_TYPE_MEASUREMENT, "objective_id", steward_test_id_of (objective));
  g_assert_cmpuint (measurements->len, ==, 2);
  stored = g_ptr_array_index (measurements, 1);
  g_assert_cmpint (g_date_compare (steward_measurement_get_period_start (stored), february), ==, 0);
  g_assert_cmpfloat_with_epsilon (steward_measurement_get_value (stored), 99.82, 1e-9);
  g_assert_cmpstr (steward_measurement_get_evidence (stored), ==, "/srv/監控/2026-02-可用率.pdf");
  g_assert_cmpstr (steward_measurement_get_recorded_by (stored), ==, "王小明");
  g_assert_nonnull (steward_measurement_get_recorded_at (stored));

  /* January has a value: a second one for it is refused beside the
   * period, the value typed kept. */
  editor = steward_measurement_editor_new (f->t->db, evaluation, NULL, january, "王小明");
  present (editor);
  steward_test_type_into_child (editor, "value_row", "99.9");
  activate_save (editor);
  g_assert_nonnull (steward_test_child_error (editor, "period"));
  g_assert_null (steward_test_child_error (editor, "value"));
  g_assert_cmpstr (steward_test_child_text (editor, "value_row"), ==, "99.9");
  g_assert_cmpint (count (f, "measurement"), ==, 2);
  save_png (GTK_WIDGET (editor), "measurement-errors");
  close_editor (editor);
}

static void
on_measurement_delete_requested_cb (StewardMeasurementEditor  *editor,
                                    StewardMeasurement        *measurement,
                                    StewardMeasurement       **requested)
{
  *requested = measurement;
}

static void
test_measurement_edit (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(StewardObjective) objective = add_objective (f, STEWARD_DIRECTION_AT_LEAST, NULL);
  g_autoptr(StewardEvaluation) evaluation = NULL;
  g_autoptr(GPtrArray) measurements = NULL;
  g_autoptr(StewardMeasurement) stored = NULL;
  g_autoptr(GError) error = NULL;
  StewardMeasurementEditor *editor;
  StewardMeasurement *requested = NULL;
  StewardMeasurement *january;

  add_january (f, objective);
  evaluation = evaluate (f, objective);
  measurements = load_where (f, STEWARD_TYPE_MEASUREMENT, "objective_id", steward_test_id_of (objective));
  january = g_ptr_array_index (measurements, 0);

  /* Its own period is no clash; the user's name replaces the stored one. */
  editor = steward_measurement_editor_new (f->t->db, evaluation, january, NULL, "王小明");
  present (editor);
  g_assert_true (steward_test_child_shown (editor, "delete_button"));
  g_assert_cmpstr (steward_test_child_text (editor, "value_row"), ==, "99.7");
  steward_test_type_into_child (editor, "value_row", "99.65");
  activate_save (editor);
  g_assert_null (steward_test_child_error (editor, "period"));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (editor)));
  close_editor (editor);

  stored = steward_record_load (f->t->db, STEWARD_TYPE_MEASUREMENT, steward_test_id_of (january), &error);
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (steward_measurement_get_value (stored), 99.65, 1e-9);
  g_assert_cmpstr (steward_measurement_get_recorded_by (stored), ==, "王小明");
  g_assert_cmpint (count (f, "measurement"), ==, 1);

  editor = steward_measurement_editor_new (f->t->db, evaluation, stored, NULL, "");
  present (editor);
  g_assert_cmpstr (steward_test_child_text (editor, "recorded_by_row"), ==, "王小明");
  g_signal_connect (editor, "delete-requested", G_CALLBACK (on_measurement_delete_requested_cb), &requested);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.delete", NULL));
  g_assert_true (requested == stored);
  close_editor (editor);
}

/* The plan form */

static void
set_activities (StewardPlanEditor *editor,
                const char        *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (steward_test_template_child (editor, "activities_view")), text, -1);
}

static void
test_plan (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(StewardObjective) objective = add_objective (f, STEWARD_DIRECTION_AT_LEAST, NULL);
  g_autoptr(GPtrArray) plans = NULL;
  g_autoptr(GDate) due = date_new (2026, 12, 31);
  StewardObjectivePlan *plan;
  StewardPlanEditor *editor;

  editor = steward_plan_editor_new (f->t->db, steward_test_id_of (objective), NULL, G_LIST_MODEL (f->people));
  present (editor);
  g_assert_false (steward_test_child_shown (editor, "delete_button"));
  g_assert_cmpstr (steward_test_child_text (editor, "currency_row"), ==, "TWD");

  /* No activities and a negative budget: refused, each beside its field. */
  steward_test_type_into_child (editor, "budget_row", "-5");
  steward_test_type_into_child (editor, "resource_people_row", "系統管理員 2 名");
  activate_save (editor);
  g_assert_true (steward_test_child_shown (editor, "activities_error"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (steward_test_template_child (editor, "activities_view")), "error"));
  g_assert_nonnull (steward_test_child_error (editor, "budget"));
  g_assert_cmpstr (steward_test_child_text (editor, "resource_people_row"), ==, "系統管理員 2 名");
  g_assert_cmpint (count (f, "objective_plan"), ==, 0);
  save_png (GTK_WIDGET (editor), "plan-errors");

  /* Typing clears the activities' message. */
  set_activities (editor, "1. 建置備援主機\n2. 每季進行切換演練\n3. 檢討中斷事件並改善");
  g_assert_false (steward_test_child_shown (editor, "activities_error"));

  steward_test_type_into_child (editor, "budget_row", "abc");
  activate_save (editor);
  g_assert_nonnull (steward_test_child_error (editor, "budget"));
  g_assert_cmpstr (steward_test_child_text (editor, "budget_row"), ==, "abc");
  g_assert_cmpint (count (f, "objective_plan"), ==, 0);

  steward_test_type_into_child (editor, "currency_row", "");
  steward_test_type_into_child (editor, "budget_row", "１,２００,０００");
  activate_save (editor);
  g_assert_null (steward_test_child_error (editor, "budget"));
  g_assert_nonnull (steward_test_child_error (editor, "currency"));
  g_assert_cmpint (count (f, "objective_plan"), ==, 0);

  steward_test_type_into_child (editor, "currency_row", "TWD");
  steward_test_type_into_child (editor, "equipment_row", "備援主機、負載平衡器");
  steward_test_type_into_child (editor, "procedures_row", "營運持續管理程序書、切換演練紀錄表");
  steward_test_type_into_child (editor, "due_date_row", "115-12-31");
  steward_test_type_into_child (editor, "evaluation_row", "年度可用率達 99.5% 且演練成功");
  adw_combo_row_set_selected (steward_test_template_child (editor, "responsible_row"), 1);  /* 林怡君 */
  adw_combo_row_set_selected (steward_test_template_child (editor, "status_row"), STEWARD_PLAN_IN_PROGRESS);
  save_png (GTK_WIDGET (editor), "plan");
  activate_save (editor);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (editor)));
  g_assert_cmpint (steward_test_id_of (steward_plan_editor_get_plan (editor)), >, 0);
  close_editor (editor);

  plans = load_where (f, STEWARD_TYPE_OBJECTIVE_PLAN, "objective_id", steward_test_id_of (objective));
  g_assert_cmpuint (plans->len, ==, 1);
  plan = g_ptr_array_index (plans, 0);
  g_assert_cmpfloat_with_epsilon (steward_objective_plan_get_budget_amount (plan), 1200000, 1e-6);
  g_assert_cmpstr (steward_objective_plan_get_budget_currency (plan), ==, "TWD");
  g_assert_cmpstr (steward_objective_plan_get_activities (plan), ==, "1. 建置備援主機\n2. 每季進行切換演練\n3. 檢討中斷事件並改善");
  g_assert_cmpint (steward_objective_plan_get_responsible_id (plan), ==, f->lin_id);
  g_assert_cmpint (steward_objective_plan_get_status (plan), ==, STEWARD_PLAN_IN_PROGRESS);
  g_assert_cmpint (g_date_compare (steward_objective_plan_get_due_date (plan), due), ==, 0);

  /* Edited, the amount shows as typed: a number. */
  editor = steward_plan_editor_new (f->t->db, steward_test_id_of (objective), plan, G_LIST_MODEL (f->people));
  present (editor);
  g_assert_true (steward_test_child_shown (editor, "delete_button"));
  g_assert_cmpstr (steward_test_child_text (editor, "budget_row"), ==, "1200000");
  g_assert_cmpuint (adw_combo_row_get_selected (steward_test_template_child (editor, "responsible_row")), ==, 1);
  close_editor (editor);
}

int
main (int   argc,
      char *argv[])
{
  language = steward_test_init_ui (&argc, &argv, "editor");

#define ADD(path, func) \
  g_test_add ("/objective-editors/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("objective/new", test_objective_new);
  ADD ("objective/edit", test_objective_edit);
  ADD ("target/change", test_target);
  ADD ("target/range", test_target_range);
  ADD ("measurement/new", test_measurement);
  ADD ("measurement/edit", test_measurement_edit);
  ADD ("plan", test_plan);
#undef ADD

  return g_test_run ();
}
