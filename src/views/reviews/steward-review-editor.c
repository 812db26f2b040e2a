/* steward-review-editor.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-review-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "logic/steward-date.h"
#include "logic/steward-review.h"
#include "logic/steward-roster.h"
#include "model/steward-person.h"
#include "model/steward-record-list.h"
#include "steward-review-editor-private.h"
#include "views/communications/steward-meeting-editor.h"
#include "views/objectives/steward-objective-form.h"
#include "widgets/steward-date-row.h"
#include "widgets/steward-form.h"
#include "widgets/steward-register-util.h"

/* The form of a management review meeting (procedure 5.4): its kind, its
 * number and title (numbered per year and kind, filled in until the user
 * writes their own), when and where, the chair and the secretary from the
 * roster, the agenda items of an extraordinary meeting, and the
 * attendees. A new meeting is made by steward_review_create(); an edit
 * saves the records. A refused save says why beside the field and keeps
 * everything typed. Issued minutes lock the meeting: the form only shows
 * it. */

G_DEFINE_FINAL_TYPE (StewardReviewEditor, steward_review_editor, ADW_TYPE_WINDOW)

gboolean
steward_review_editor_is_new (StewardReviewEditor *self)
{
  return self->original == NULL;
}

StewardReviewKind
steward_review_editor_get_kind (StewardReviewEditor *self)
{
  return adw_combo_row_get_selected (self->kind_row) == STEWARD_REVIEW_EXTRAORDINARY
         ? STEWARD_REVIEW_EXTRAORDINARY : STEWARD_REVIEW_REGULAR;
}

static GDateTime *
dup_now (StewardReviewEditor *self)
{
  return self->now != NULL ? g_date_time_ref (self->now) : g_date_time_new_now_local ();
}

/* The number typed, 0 when it is none. */
int
steward_review_editor_read_number (StewardReviewEditor *self)
{
  g_autofree char *text = steward_register_dup_text (GTK_WIDGET (self->number_row));
  g_autofree char *normal = text != NULL ? g_utf8_normalize (text, -1, G_NORMALIZE_NFKC) : NULL;
  guint64 number;

  if (normal == NULL || !g_ascii_string_to_unsigned (normal, 10, 1, G_MAXINT, &number, NULL))
    return 0;

  return (int) number;
}

/* The zone the meeting's times are read and written in: the offset it
 * is stored at, so that editing it on a machine elsewhere does not move
 * it; a new meeting's, the machine's own. */
static GTimeZone *
dup_meeting_zone (StewardReviewEditor *self)
{
  GDateTime *starts = self->original != NULL ? steward_review_get_starts_at (self->original) : NULL;

  if (starts == NULL)
    return g_time_zone_new_local ();

  return g_time_zone_new_offset ((gint32) (g_date_time_get_utc_offset (starts) / G_TIME_SPAN_SECOND));
}

/* The day of the form at the time typed in @row, in the meeting's zone. */
GDateTime *
steward_review_editor_read_date_time (StewardReviewEditor *self,
                                      AdwEntryRow         *row)
{
  GDate *day = steward_date_row_get_date (self->date_row);
  g_autofree char *text = steward_register_dup_text (GTK_WIDGET (row));
  g_autoptr(GTimeZone) zone = NULL;
  int hour, minute;

  if (day == NULL || text == NULL || !steward_meeting_parse_time (text, &hour, &minute))
    return NULL;

  zone = dup_meeting_zone (self);

  return g_date_time_new (zone, g_date_get_year (day), g_date_get_month (day), g_date_get_day (day),
                          hour, minute, 0);
}

/* Filled in until the user writes their own */

static void
set_auto_text (StewardReviewEditor  *self,
               AdwEntryRow          *row,
               char                **last_auto,
               const char           *text)
{
  g_autofree char *current = steward_register_dup_text (GTK_WIDGET (row));

  /* Something the user typed stays. */
  if (current != NULL && g_strcmp0 (current, *last_auto) != 0)
    return;

  g_free (*last_auto);
  *last_auto = g_strdup (text);
  self->filling = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
  self->filling = FALSE;
}

/* The title of the number typed; and, when @renumber (the day or the
 * kind changed), the next number of a new meeting first. */
static void
fill_number_and_title (StewardReviewEditor *self,
                       gboolean             renumber)
{
  GDate *day = steward_date_row_get_date (self->date_row);
  g_autofree char *title = NULL;
  int number;

  if (day == NULL || self->filling || self->locked)
    return;

  if (renumber && steward_review_editor_is_new (self))
    {
      g_autoptr(GError) error = NULL;
      int next = steward_review_next_number (self->db, steward_review_editor_get_kind (self), g_date_get_year (day), &error);

      if (next > 0)
        {
          g_autofree char *text = g_strdup_printf ("%d", next);

          set_auto_text (self, self->number_row, &self->auto_number, text);
        }
      else if (error != NULL)
        g_warning ("Cannot number the meeting: %s", error->message);
    }

  number = steward_review_editor_read_number (self);
  if (number <= 0)
    return;

  title = steward_review_dup_default_title (steward_review_editor_get_kind (self), g_date_get_year (day), number,
                                            steward_register_get_calendar ());
  set_auto_text (self, self->title_row, &self->auto_title, title);
}

/* Chair and secretary */

static void
add_person (StewardReviewEditor *self,
            GHashTable          *seen,
            gint64               person_id)
{
  StewardPerson *person;
  gint64 *key;

  if (person_id <= 0 || g_hash_table_contains (seen, &person_id))
    return;
  person = steward_record_list_find (self->all_people, person_id, NULL);
  if (person == NULL)
    return;

  key = g_new (gint64, 1);
  *key = person_id;
  g_hash_table_add (seen, key);
  g_list_store_append (self->people, person);
}

/* The people on the roster on the meeting's day, and whoever the meeting
 * names already. */
static void
load_people (StewardReviewEditor *self)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GListModel) candidates = NULL;
  g_autoptr(GError) error = NULL;
  gint64 chair = steward_objective_form_get_person (self->chair_row);
  gint64 secretary = steward_objective_form_get_person (self->secretary_row);
  GDate *day = steward_date_row_get_date (self->date_row);
  g_autoptr(GDate) today = steward_date_new_today ();

  if (chair == 0 && secretary == 0)
    {
      chair = steward_review_get_chair_id (self->review);
      secretary = steward_review_get_secretary_id (self->review);
    }

  g_list_store_remove_all (self->people);
  candidates = steward_review_list_candidates (self->db, day != NULL ? day : today, &error);
  if (candidates == NULL)
    g_warning ("Cannot list the people on the roster: %s", error->message);
  for (guint i = 0; candidates != NULL && i < g_list_model_get_n_items (candidates); i++)
    {
      g_autoptr(StewardRosterEntry) entry = g_list_model_get_item (candidates, i);

      add_person (self, seen, steward_roster_entry_get_person_id (entry));
      /* A new meeting is chaired by the committee's convener (5.4). */
      if (steward_review_editor_is_new (self) && chair == 0 && steward_roster_entry_get_role (entry) == STEWARD_ROLE_CONVENER)
        chair = steward_roster_entry_get_person_id (entry);
    }
  add_person (self, seen, chair);
  add_person (self, seen, secretary);

  steward_objective_form_select_person (self->chair_row, chair);
  steward_objective_form_select_person (self->secretary_row, secretary);
}

/* What the form shows */

static void
update_past_note (StewardReviewEditor *self)
{
  g_autoptr(GDateTime) starts = steward_review_editor_read_date_time (self, self->starts_row);
  g_autoptr(GDateTime) now = dup_now (self);
  GDate *day = steward_date_row_get_date (self->date_row);
  gboolean past = FALSE;

  if (starts != NULL)
    past = g_date_time_compare (starts, now) < 0;
  else if (day != NULL)
    {
      g_autoptr(GDate) today = g_date_new_dmy (g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                                               g_date_time_get_year (now));

      past = g_date_compare (day, today) < 0;
    }

  gtk_widget_set_visible (self->past_note_row, steward_review_editor_is_new (self) && past);
}

static void
update_agenda (StewardReviewEditor *self)
{
  gtk_widget_set_visible (self->agenda_group, steward_review_editor_get_kind (self) == STEWARD_REVIEW_EXTRAORDINARY);
}

static void
write_form (StewardReviewEditor *self)
{
  StewardReview *r = self->review;
  GDateTime *starts = steward_review_get_starts_at (r);
  g_autoptr(GTimeZone) zone = dup_meeting_zone (self);
  g_autoptr(GDate) day = NULL;

  self->filling = TRUE;
  adw_combo_row_set_selected (self->kind_row, steward_review_get_kind (r));
  if (starts != NULL)
    {
      g_autoptr(GDateTime) local = g_date_time_to_timezone (starts, zone);
      g_autofree char *start_time = g_date_time_format (local, "%H:%M");

      day = g_date_new_dmy (g_date_time_get_day_of_month (local), g_date_time_get_month (local),
                            g_date_time_get_year (local));
      steward_register_set_text (GTK_WIDGET (self->starts_row), start_time);
    }
  else
    day = steward_date_new_today ();
  steward_date_row_set_date (self->date_row, day);
  if (steward_review_get_ends_at (r) != NULL)
    {
      g_autoptr(GDateTime) local = g_date_time_to_timezone (steward_review_get_ends_at (r), zone);
      g_autofree char *end_time = g_date_time_format (local, "%H:%M");

      steward_register_set_text (GTK_WIDGET (self->ends_row), end_time);
    }
  steward_register_set_text (GTK_WIDGET (self->place_row), steward_review_get_place (r));
  if (!steward_review_editor_is_new (self))
    {
      g_autofree char *number = g_strdup_printf ("%d", steward_review_get_number (r));

      steward_register_set_text (GTK_WIDGET (self->number_row), number);
      steward_register_set_text (GTK_WIDGET (self->title_row), steward_review_get_title (r));
      /* A stored title that is the default one follows the number. */
      self->auto_title = steward_review_dup_default_title (steward_review_get_kind (r), steward_review_get_year (r),
                                                           steward_review_get_number (r),
                                                           steward_register_get_calendar ());
    }
  self->filling = FALSE;

  load_people (self);
  update_agenda (self);
  fill_number_and_title (self, TRUE);
  update_past_note (self);
  steward_form_clear_problems (self->fields, G_N_ELEMENTS (self->fields));
}

static gboolean
collect_item_cb (StewardRecord *record,
                 gpointer       user_data)
{
  g_ptr_array_add (user_data, g_object_ref (record));

  return TRUE;
}

/* The agenda of an extraordinary meeting as stored: StewardReviewItem. */
GPtrArray *
steward_review_editor_load_items (StewardReviewEditor *self)
{
  g_autoptr(StewardQuery) query = steward_query_new ();
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  if (steward_review_editor_is_new (self))
    return items;

  steward_query_where_int64 (query, "review_id", STEWARD_QUERY_EQUAL,
                             steward_record_get_id (STEWARD_RECORD (self->original)));
  if (!steward_record_load_each (self->db, STEWARD_TYPE_REVIEW_ITEM, query,
                                 collect_item_cb, items, &error))
    g_warning ("Cannot read the agenda: %s", error->message);

  return items;
}

/**
 * steward_review_editor_get_review:
 *
 * Returns: (transfer none): the meeting as last read from the form; once
 *   saved it has its id
 */
StewardReview *
steward_review_editor_get_review (StewardReviewEditor *self)
{
  g_return_val_if_fail (STEWARD_IS_REVIEW_EDITOR (self), NULL);

  return self->review;
}

/**
 * steward_review_editor_get_attendee_list:
 *
 * Returns: (transfer none): the attendees of the form
 */
StewardAttendeeList *
steward_review_editor_get_attendee_list (StewardReviewEditor *self)
{
  g_return_val_if_fail (STEWARD_IS_REVIEW_EDITOR (self), NULL);

  return self->attendee_list;
}

/**
 * steward_review_editor_set_now:
 * @now: (nullable): the time the note of a past meeting compares with;
 *   %NULL for the clock
 */
void
steward_review_editor_set_now (StewardReviewEditor *self,
                               GDateTime           *now)
{
  g_return_if_fail (STEWARD_IS_REVIEW_EDITOR (self));

  g_clear_pointer (&self->now, g_date_time_unref);
  self->now = now != NULL ? g_date_time_ref (now) : NULL;
  update_past_note (self);
}

/* Signals and actions */

static void
on_entry_changed_cb (GtkEditable         *editable,
                     StewardReviewEditor *self)
{
  steward_form_clear_edited (self->fields, G_N_ELEMENTS (self->fields), GTK_WIDGET (editable));
  if (self->filling)
    return;

  if (GTK_WIDGET (editable) == GTK_WIDGET (self->date_row))
    {
      GDate *day = steward_date_row_get_date (self->date_row);

      if (day != NULL && steward_review_editor_is_new (self))
        steward_attendee_list_set_day (self->attendee_list, day);
      if (day != NULL)
        load_people (self);
      fill_number_and_title (self, TRUE);
    }
  else if (GTK_WIDGET (editable) == GTK_WIDGET (self->number_row))
    fill_number_and_title (self, FALSE);

  update_past_note (self);
}

static void
on_entry_activated_cb (AdwEntryRow         *row,
                       StewardReviewEditor *self)
{
  steward_review_editor_save (self);
}

static void
on_kind_changed_cb (AdwComboRow         *row,
                    GParamSpec          *pspec,
                    StewardReviewEditor *self)
{
  update_agenda (self);
  fill_number_and_title (self, TRUE);
}

static void
on_item_toggled_cb (GtkCheckButton      *check,
                    StewardReviewEditor *self)
{
  steward_form_clear_problem (&self->fields[G_N_ELEMENTS (self->fields) - 1]);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  steward_review_editor_save (STEWARD_REVIEW_EDITOR (widget));
}

static void
steward_review_editor_dispose (GObject *object)
{
  StewardReviewEditor *self = (StewardReviewEditor *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), STEWARD_TYPE_REVIEW_EDITOR);

  g_clear_object (&self->db);
  g_clear_object (&self->original);
  g_clear_object (&self->people);
  g_clear_object (&self->all_people);
  g_clear_pointer (&self->now, g_date_time_unref);

  G_OBJECT_CLASS (steward_review_editor_parent_class)->dispose (object);
}

static void
steward_review_editor_finalize (GObject *object)
{
  StewardReviewEditor *self = (StewardReviewEditor *)object;

  /* Kept past dispose: the caller reads the saved id once the window has
   * closed. */
  g_clear_object (&self->review);
  g_free (self->auto_number);
  g_free (self->auto_title);

  G_OBJECT_CLASS (steward_review_editor_parent_class)->finalize (object);
}

static void
steward_review_editor_class_init (StewardReviewEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = steward_review_editor_dispose;
  object_class->finalize = steward_review_editor_finalize;

  g_type_ensure (STEWARD_TYPE_DATE_ROW);
  g_type_ensure (STEWARD_TYPE_ATTENDEE_LIST);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/steward-review-editor.ui");
#define CHILD(name) gtk_widget_class_bind_template_child (widget_class, StewardReviewEditor, name)
  CHILD (window_title);
  CHILD (save_button);
  CHILD (locked_banner);
  CHILD (general_error);
  CHILD (meeting_group);
  CHILD (people_group);
  CHILD (agenda_group);
  CHILD (kind_row);
  CHILD (date_row);
  CHILD (past_note_row);
  CHILD (starts_row);
  CHILD (ends_row);
  CHILD (number_row);
  CHILD (title_row);
  CHILD (place_row);
  CHILD (chair_row);
  CHILD (secretary_row);
  CHILD (items_row);
  CHILD (attendee_list);
  CHILD (date_error_row);
  CHILD (date_error);
  CHILD (starts_error_row);
  CHILD (starts_error);
  CHILD (ends_error_row);
  CHILD (ends_error);
  CHILD (number_error_row);
  CHILD (number_error);
  CHILD (title_error_row);
  CHILD (title_error);
  CHILD (chair_error_row);
  CHILD (chair_error);
  CHILD (secretary_error_row);
  CHILD (secretary_error);
  CHILD (items_error_row);
  CHILD (items_error);
#undef CHILD
  gtk_widget_class_bind_template_callback (widget_class, on_entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_kind_changed_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
}

static void
steward_review_editor_init (StewardReviewEditor *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  /* In the order of StewardReviewKind. */
  gtk_string_list_append (kinds, steward_review_kind_to_string (STEWARD_REVIEW_REGULAR));
  gtk_string_list_append (kinds, steward_review_kind_to_string (STEWARD_REVIEW_EXTRAORDINARY));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));

  for (guint i = 0; i < STEWARD_N_AGENDA_ITEMS; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();
      g_autofree char *name = g_strdup_printf ("item_%s_check", steward_agenda_item_get_nick (i));

      gtk_widget_set_name (check, name);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), steward_agenda_item_to_string (i));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), steward_agenda_item_get_clause (i));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      g_signal_connect (check, "toggled", G_CALLBACK (on_item_toggled_cb), self);
      gtk_list_box_append (self->items_row, row);
      self->item_checks[i] = GTK_CHECK_BUTTON (check);
    }

  steward_date_row_set_calendar (self->date_row, steward_register_get_calendar ());
  adw_entry_row_set_input_purpose (self->starts_row, GTK_INPUT_PURPOSE_DIGITS);
  adw_entry_row_set_input_purpose (self->ends_row, GTK_INPUT_PURPOSE_DIGITS);
  adw_entry_row_set_input_purpose (self->number_row, GTK_INPUT_PURPOSE_DIGITS);

  self->people = g_list_store_new (STEWARD_TYPE_PERSON);
  steward_objective_form_set_people (self->chair_row, G_LIST_MODEL (self->people));
  steward_objective_form_set_people (self->secretary_row, G_LIST_MODEL (self->people));

  self->fields[0] = (StewardFormField) { "date", GTK_WIDGET (self->date_row), self->date_error_row, self->date_error };
  self->fields[1] = (StewardFormField) { "starts-at", GTK_WIDGET (self->starts_row), self->starts_error_row, self->starts_error };
  self->fields[2] = (StewardFormField) { "ends-at", GTK_WIDGET (self->ends_row), self->ends_error_row, self->ends_error };
  self->fields[3] = (StewardFormField) { "number", GTK_WIDGET (self->number_row), self->number_error_row, self->number_error };
  self->fields[4] = (StewardFormField) { "title", GTK_WIDGET (self->title_row), self->title_error_row, self->title_error };
  self->fields[5] = (StewardFormField) { "chair-id", GTK_WIDGET (self->chair_row), self->chair_error_row, self->chair_error };
  self->fields[6] = (StewardFormField) { "secretary-id", GTK_WIDGET (self->secretary_row), self->secretary_error_row, self->secretary_error };
  /* Last: the check buttons clear it. */
  self->fields[7] = (StewardFormField) { "items", GTK_WIDGET (self->items_row), self->items_error_row, self->items_error };
}

/**
 * steward_review_editor_new:
 * @review: (nullable): the meeting to edit, or %NULL for a new one
 */
StewardReviewEditor *
steward_review_editor_new (StewardDatabase *db,
                           StewardReview   *review)
{
  StewardReviewEditor *self;
  g_autoptr(StewardQuery) people_query = steward_query_new ();
  g_autoptr(GPtrArray) items = NULL;
  const char *title;

  g_return_val_if_fail (STEWARD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (review == NULL || STEWARD_IS_REVIEW (review), NULL);

  self = g_object_new (STEWARD_TYPE_REVIEW_EDITOR, NULL);
  self->db = g_object_ref (db);
  self->original = review != NULL ? g_object_ref (review) : NULL;
  self->review = review != NULL ? STEWARD_REVIEW (steward_record_copy (STEWARD_RECORD (review)))
                                : g_object_new (STEWARD_TYPE_REVIEW, NULL);
  self->all_people = steward_record_list_new (db, STEWARD_TYPE_PERSON, people_query);
  self->locked = review != NULL && steward_review_is_locked (db, steward_record_get_id (STEWARD_RECORD (review)));

  items = steward_review_editor_load_items (self);
  for (guint i = 0; i < items->len; i++)
    gtk_check_button_set_active (self->item_checks[steward_review_item_get_item (g_ptr_array_index (items, i))], TRUE);

  title = review != NULL ? _("Edit Meeting") : _("New Meeting");
  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, _("Management Review"));
  gtk_window_set_title (GTK_WINDOW (self), title);
  write_form (self);

  steward_attendee_list_set_review (self->attendee_list, db, review);
  if (review == NULL)
    steward_attendee_list_set_day (self->attendee_list, steward_date_row_get_date (self->date_row));
  steward_attendee_list_set_editable (self->attendee_list, !self->locked);

  /* Issued minutes: the form shows the meeting, nothing more. */
  gtk_widget_set_visible (self->locked_banner, self->locked);
  gtk_widget_set_visible (self->save_button, !self->locked);
  gtk_widget_set_sensitive (self->meeting_group, !self->locked);
  gtk_widget_set_sensitive (self->people_group, !self->locked);
  gtk_widget_set_sensitive (self->agenda_group, !self->locked);

  return self;
}
