/* steward-review-editor-save.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-review-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "logic/steward-review.h"
#include "model/steward-review-decision.h"
#include "steward-review-editor-private.h"
#include "views/communications/steward-meeting-editor.h"
#include "views/objectives/steward-objective-form.h"
#include "widgets/steward-form.h"
#include "widgets/steward-register-util.h"

/* The meeting form's save: what the form holds read into the meeting,
 * checked (what only the form can tell first), then a new meeting made by
 * steward_review_create() with its agenda and attendees, or an edit saved
 * in one transaction with the agenda of an extraordinary meeting. */

static void
read_form (StewardReviewEditor *self)
{
  g_autofree char *title = steward_register_dup_text (GTK_WIDGET (self->title_row));
  g_autofree char *place = steward_register_dup_text (GTK_WIDGET (self->place_row));
  g_autoptr(GDateTime) starts = steward_review_editor_read_date_time (self, self->starts_row);
  g_autoptr(GDateTime) ends = steward_review_editor_read_date_time (self, self->ends_row);
  GDate *day = steward_date_row_get_date (self->date_row);

  g_object_set (self->review,
                "kind", steward_review_editor_get_kind (self),
                "year", day != NULL ? (int) g_date_get_year (day) : steward_review_get_year (self->review),
                "number", steward_review_editor_read_number (self),
                "title", title,
                "starts-at", starts,
                "ends-at", ends,
                "place", place,
                "chair-id", steward_objective_form_get_person (self->chair_row),
                "secretary-id", steward_objective_form_get_person (self->secretary_row),
                NULL);
}

static guint
get_checked_items (StewardReviewEditor *self,
                   StewardAgendaItem   *items)
{
  guint n = 0;

  for (guint i = 0; i < STEWARD_N_AGENDA_ITEMS; i++)
    if (steward_review_editor_get_kind (self) == STEWARD_REVIEW_REGULAR || gtk_check_button_get_active (self->item_checks[i]))
      items[n++] = i;

  return n;
}

static void
check_time (AdwEntryRow *row,
            const char  *property,
            gboolean     required,
            GPtrArray   *problems)
{
  g_autofree char *text = steward_register_dup_text (GTK_WIDGET (row));
  int hour, minute;

  if (text == NULL)
    {
      if (required)
        steward_record_add_problem (problems, property, _("Enter when the meeting starts, such as 14:30."));
      return;
    }

  if (!steward_meeting_parse_time (text, &hour, &minute))
    {
      /* TRANSLATORS: %s is what the user typed in a time field */
      g_autofree char *message = g_strdup_printf (_("“%s” is not a time of day: write it as 14:30."), text);

      steward_record_add_problem (problems, property, message);
    }
}

static gboolean
count_cb (StewardRecord *record,
          gpointer       user_data)
{
  (*(guint *) user_data)++;

  return TRUE;
}

/* An item with minutes written or decisions taken under it stays on the
 * agenda: removed, its decisions and their actions would fall out of the
 * minutes and the wizard. Unknown counts as taken up. */
static gboolean
is_item_taken_up (StewardDatabase   *db,
                  StewardReviewItem *item)
{
  g_autoptr(StewardQuery) query = steward_query_new ();
  g_autoptr(GError) error = NULL;
  guint n_decisions = 0;

  if (steward_review_item_is_done (item))
    return TRUE;

  steward_query_where_int64 (query, "review_id", STEWARD_QUERY_EQUAL, steward_review_item_get_review_id (item));
  steward_query_where_string (query, "item", STEWARD_QUERY_EQUAL,
                              steward_agenda_item_get_nick (steward_review_item_get_item (item)));
  if (!steward_record_load_each (db, STEWARD_TYPE_REVIEW_DECISION, query, count_cb, &n_decisions, &error))
    {
      g_warning ("Cannot read the decisions: %s", error->message);
      return TRUE;
    }

  return n_decisions > 0;
}

/* The first stored item unchecked that must stay, or NULL. */
static StewardReviewItem *
find_removed_taken_up (StewardDatabase   *db,
                       GPtrArray         *stored_items,
                       StewardAgendaItem *items,
                       guint              n_items)
{
  for (guint i = 0; i < stored_items->len; i++)
    {
      StewardReviewItem *item = g_ptr_array_index (stored_items, i);
      gboolean wanted = FALSE;

      for (guint k = 0; k < n_items; k++)
        wanted |= items[k] == steward_review_item_get_item (item);
      if (!wanted && is_item_taken_up (db, item))
        return item;
    }

  return NULL;
}

static char *
dup_stays_message (StewardReviewItem *item)
{
  /* TRANSLATORS: %s is an agenda item of a management review */
  return g_strdup_printf (_("“%s” has minutes written: it stays on the agenda."),
                          steward_agenda_item_to_string (steward_review_item_get_item (item)));
}

/* What only the form can tell comes first: a day, a time or a number
 * typed that is none, an extraordinary meeting without items. */
static GPtrArray *
check_form (StewardReviewEditor *self)
{
  GPtrArray *problems = steward_objective_form_new_problems ();
  g_autoptr(GPtrArray) record_problems = steward_record_validate (STEWARD_RECORD (self->review));
  StewardAgendaItem items[STEWARD_N_AGENDA_ITEMS];
  guint n_items;

  if (steward_date_row_get_date (self->date_row) == NULL)
    steward_record_add_problem (problems, "date", _("Enter the day of the meeting."));
  steward_register_check_date (self->date_row, "date", problems);
  check_time (self->starts_row, "starts-at", TRUE, problems);
  check_time (self->ends_row, "ends-at", FALSE, problems);
  if (steward_review_editor_read_number (self) <= 0)
    steward_record_add_problem (problems, "number", _("Write the meeting’s number as a whole number, such as 1."));
  n_items = get_checked_items (self, items);
  if (n_items == 0)
    steward_record_add_problem (problems, "items", _("Choose at least one agenda item for an extraordinary meeting."));
  else if (!steward_review_editor_is_new (self))
    {
      g_autoptr(GPtrArray) stored_items = steward_review_editor_load_items (self);
      StewardReviewItem *stays = find_removed_taken_up (self->db, stored_items, items, n_items);

      if (stays != NULL)
        {
          g_autofree char *message = dup_stays_message (stays);

          steward_record_add_problem (problems, "items", message);
        }
    }

  for (guint i = 0; i < record_problems->len; i++)
    {
      StewardProblem *problem = g_ptr_array_index (record_problems, i);

      if (g_strcmp0 (problem->property, "starts-at") == 0 &&
          (steward_objective_form_has_problem (problems, "date") ||
           steward_objective_form_has_problem (problems, "starts-at")))
        continue;
      if (g_strcmp0 (problem->property, "number") == 0 && steward_objective_form_has_problem (problems, "number"))
        continue;
      steward_record_add_problem (problems, problem->property, problem->message);
    }
  steward_objective_form_keep_first_problem (problems);

  return problems;
}

/* Shows @problems; the logic's "year" is the date's. Returns: whether
 * there were any */
static gboolean
show_problems (StewardReviewEditor *self,
               GPtrArray           *problems,
               GtkWidget           *attendee_bad)
{
  GtkWidget *first_bad;

  for (guint i = 0; i < problems->len; i++)
    {
      StewardProblem *problem = g_ptr_array_index (problems, i);

      if (g_strcmp0 (problem->property, "year") == 0)
        {
          g_free (problem->property);
          problem->property = g_strdup ("date");
        }
      else if (g_strcmp0 (problem->property, "person-id") == 0 || g_strcmp0 (problem->property, "represented-by") == 0)
        steward_form_show_message (self->general_error, problem->message);
    }

  first_bad = steward_form_show_problems (self->fields, G_N_ELEMENTS (self->fields), problems);
  if (first_bad == NULL)
    first_bad = attendee_bad;
  if (first_bad != NULL)
    gtk_widget_grab_focus (first_bad);

  return first_bad != NULL || gtk_widget_get_visible (self->general_error);
}

/* Saving */

typedef struct
{
  StewardReviewEditor *self;
  GPtrArray           *stored_items;
} EditData;

/* The edit of a stored meeting in one transaction: the meeting, and the
 * agenda of an extraordinary one (an item with minutes written stays). */
static gboolean
save_edit_cb (StewardDatabase  *db,
              gpointer          user_data,
              GError          **error)
{
  EditData *data = user_data;
  StewardReviewEditor *self = data->self;
  StewardAgendaItem items[STEWARD_N_AGENDA_ITEMS];
  guint n_items = get_checked_items (self, items);
  gint64 review_id = steward_record_get_id (STEWARD_RECORD (self->review));

  StewardReviewItem *stays;

  if (!steward_record_save (STEWARD_RECORD (self->review), db, error))
    return FALSE;

  /* Checked again in the transaction: the wizard may have written since. */
  stays = find_removed_taken_up (db, data->stored_items, items, n_items);
  if (stays != NULL)
    {
      g_autofree char *message = dup_stays_message (stays);

      g_set_error_literal (error, STEWARD_RECORD_ERROR, STEWARD_RECORD_ERROR_INVALID, message);
      return FALSE;
    }

  for (guint i = 0; i < data->stored_items->len; i++)
    {
      StewardReviewItem *item = g_ptr_array_index (data->stored_items, i);
      gboolean wanted = FALSE;

      for (guint k = 0; k < n_items; k++)
        wanted |= items[k] == steward_review_item_get_item (item);
      if (!wanted && !steward_record_delete (STEWARD_RECORD (item), db, error))
        return FALSE;
    }

  for (guint k = 0; k < n_items; k++)
    {
      gboolean stored = FALSE;
      g_autoptr(StewardRecord) item = NULL;

      for (guint i = 0; i < data->stored_items->len; i++)
        stored |= steward_review_item_get_item (g_ptr_array_index (data->stored_items, i)) == items[k];
      if (stored)
        continue;

      item = g_object_new (STEWARD_TYPE_REVIEW_ITEM,
                           "review-id", review_id,
                           "item", items[k],
                           "position", (int) items[k],
                           NULL);
      if (!steward_record_save (item, db, error))
        return FALSE;
    }

  return TRUE;
}

typedef struct
{
  StewardReviewEditor *self;
  StewardReview       *review;
  StewardAgendaItem    items[STEWARD_N_AGENDA_ITEMS];
  guint                n_items;
  GArray              *person_ids;
  GPtrArray           *problems;
} CreateData;

/* The meeting and the attendance chosen for it in one transaction: a
 * failure leaves neither, and the form as it was to try again. */
static gboolean
create_cb (StewardDatabase  *db,
           gpointer          user_data,
           GError          **error)
{
  CreateData *data = user_data;

  return steward_review_create (db, data->review, data->items, data->n_items,
                                data->person_ids, data->problems, error) &&
         steward_attendee_list_store (data->self->attendee_list, data->review, error);
}

/* Made: from now on the form edits the stored meeting. */
static void
switch_to_edit (StewardReviewEditor *self,
                StewardReview       *created)
{
  g_set_object (&self->original, created);
  steward_record_assign (STEWARD_RECORD (self->review), STEWARD_RECORD (created));
  adw_window_title_set_title (self->window_title, _("Edit Meeting"));
  gtk_window_set_title (GTK_WINDOW (self), _("Edit Meeting"));
  steward_attendee_list_set_review (self->attendee_list, self->db, created);
}

/**
 * steward_review_editor_save:
 *
 * Saves what the form holds: a new meeting through steward_review_create(),
 * with its agenda and its attendees; an edit through the records. No
 * date, a time or a number that is none, an extraordinary meeting without
 * items, an attendee represented by nobody: refused, the reason beside
 * the field, the focus on the first, nothing typed lost.
 *
 * Returns: whether the meeting was saved (the window then closes)
 */
gboolean
steward_review_editor_save (StewardReviewEditor *self)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *attendee_bad;
  gboolean saved;

  g_return_val_if_fail (STEWARD_IS_REVIEW_EDITOR (self), FALSE);

  if (self->locked)
    return FALSE;

  gtk_widget_set_visible (self->general_error, FALSE);
  steward_form_clear_problems (self->fields, G_N_ELEMENTS (self->fields));
  gtk_widget_remove_css_class (GTK_WIDGET (self->items_row), "error");

  read_form (self);
  problems = check_form (self);
  attendee_bad = steward_attendee_list_check (self->attendee_list);
  if (show_problems (self, problems, attendee_bad))
    return FALSE;

  if (steward_review_editor_is_new (self))
    {
      g_autoptr(StewardReview) created = STEWARD_REVIEW (steward_record_copy (STEWARD_RECORD (self->review)));
      CreateData data = { self, created, { 0 }, 0, NULL, problems };

      data.n_items = get_checked_items (self, data.items);
      data.person_ids = steward_attendee_list_get_person_ids (self->attendee_list);
      saved = steward_database_transaction (self->db, create_cb, &data, &error);
      g_array_unref (data.person_ids);
      if (!saved && problems->len > 0)
        {
          show_problems (self, problems, NULL);
          return FALSE;
        }
      if (saved)
        switch_to_edit (self, created);
    }
  else
    {
      EditData data = { self, steward_review_editor_load_items (self) };

      saved = steward_database_transaction (self->db, save_edit_cb, &data, &error);
      g_ptr_array_unref (data.stored_items);
    }

  return steward_form_close_or_report (GTK_WINDOW (self), self->general_error, saved, error);
}
