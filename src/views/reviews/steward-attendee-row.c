/* steward-attendee-row.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-attendee-list"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "logic/steward-review.h"
#include "logic/steward-roster.h"
#include "steward-attendee-list-private.h"
#include "widgets/steward-register-util.h"

/* The rows of one attendee in the attendee list: the name and role, the
 * attendance, a button that removes them, and for one represented, who
 * came in their place with what is wrong beside it. */

void
steward_attendee_row_free (gpointer data)
{
  AttendeeRow *row = data;

  /* The list saves what is pending before it drops its rows. */
  g_clear_handle_id (&row->save_source, g_source_remove);
  g_signal_handlers_disconnect_by_data (row->attendee, row);
  g_clear_object (&row->attendee);
  g_free (row);
}

static void
clear_row_problem (AttendeeRow *row)
{
  gtk_widget_remove_css_class (GTK_WIDGET (row->represented_row), "error");
  gtk_widget_set_visible (row->error_row, FALSE);
}

/* The attendee as the row's widgets say. */
StewardReviewAttendee *
steward_attendee_row_dup_attendee (AttendeeRow *row)
{
  StewardRecord *copy = steward_record_copy (STEWARD_RECORD (row->attendee));
  StewardAttendance attendance = gtk_drop_down_get_selected (row->dropdown);
  g_autofree char *represented_by = NULL;

  if (attendance == STEWARD_ATTENDANCE_REPRESENTED)
    represented_by = steward_register_dup_text (GTK_WIDGET (row->represented_row));
  g_object_set (copy,
                "attendance", attendance,
                "represented-by", represented_by,
                NULL);

  return STEWARD_REVIEW_ATTENDEE (copy);
}

/* Says under "represented by" what is wrong with the row's attendee.
 * Returns: whether it is fine */
gboolean
steward_attendee_row_check (AttendeeRow           *row,
                            StewardReviewAttendee *attendee)
{
  g_autoptr(GPtrArray) problems = steward_record_validate (STEWARD_RECORD (attendee));

  clear_row_problem (row);
  for (guint i = 0; i < problems->len; i++)
    {
      StewardProblem *problem = g_ptr_array_index (problems, i);

      if (g_strcmp0 (problem->property, "represented-by") != 0)
        continue;
      gtk_label_set_label (row->error_label, problem->message);
      gtk_widget_set_visible (row->error_row, TRUE);
      gtk_widget_add_css_class (GTK_WIDGET (row->represented_row), "error");
      return FALSE;
    }

  return TRUE;
}

/* A change typed or chosen in a row: a stored meeting saves it at once,
 * unless it is wrong (the message then stays beside the field until it is
 * put right); a new meeting keeps it in memory. */
void
steward_attendee_row_commit (AttendeeRow *row)
{
  StewardAttendeeList *self = row->self;
  g_autoptr(StewardReviewAttendee) copy = steward_attendee_row_dup_attendee (row);
  g_autoptr(GError) error = NULL;
  gboolean ok = steward_attendee_row_check (row, copy);

  steward_attendee_list_show_message (self, NULL);

  if (!steward_attendee_list_is_stored (self))
    {
      steward_record_assign (STEWARD_RECORD (row->attendee), STEWARD_RECORD (copy));
      steward_attendee_list_update_quorum (self);
      steward_attendee_list_emit_changed (self);
      return;
    }

  if (!ok || steward_record_equal (STEWARD_RECORD (copy), STEWARD_RECORD (row->attendee)))
    return;

  /* The store's list then updates the attendee, and the quorum with it. */
  if (!steward_record_save (STEWARD_RECORD (copy), self->db, &error))
    steward_attendee_list_show_message (self, error->message);
  else
    steward_attendee_list_emit_changed (self);
}

static void
update_row_visibility (AttendeeRow *row)
{
  gboolean represented = gtk_drop_down_get_selected (row->dropdown) == STEWARD_ATTENDANCE_REPRESENTED;

  gtk_widget_set_visible (GTK_WIDGET (row->represented_row), represented);
  if (!represented)
    clear_row_problem (row);
}

static void
on_attendance_selected_cb (GtkDropDown *dropdown,
                           GParamSpec  *pspec,
                           AttendeeRow *row)
{
  if (row->updating)
    return;

  update_row_visibility (row);
  steward_attendee_row_commit (row);
  if (gtk_drop_down_get_selected (dropdown) == STEWARD_ATTENDANCE_REPRESENTED &&
      gtk_widget_get_visible (row->error_row))
    gtk_widget_grab_focus (GTK_WIDGET (row->represented_row));
}

/**
 * steward_attendee_row_flush:
 *
 * Saves the "represented by" typed in @row when its save is pending.
 *
 * Returns: whether one was pending
 */
gboolean
steward_attendee_row_flush (AttendeeRow *row)
{
  if (row->save_source == 0)
    return FALSE;

  g_clear_handle_id (&row->save_source, g_source_remove);
  steward_attendee_row_commit (row);

  return TRUE;
}

/* Before the row's widgets leave the list: losing the focus then must
 * not save into a row on its way out. */
void
steward_attendee_row_detach (AttendeeRow *row)
{
  g_clear_handle_id (&row->save_source, g_source_remove);
  g_signal_handlers_disconnect_by_data (row->represented_row, row);
  g_signal_handlers_disconnect_by_data (row->focus, row);
}

static gboolean
save_represented_cb (gpointer user_data)
{
  AttendeeRow *row = user_data;

  row->save_source = 0;
  steward_attendee_row_commit (row);

  return G_SOURCE_REMOVE;
}

/* Typed in a stored meeting: what is wrong shows at once, the name is
 * saved once the typing pauses, or the entry is left or activated, so
 * that the history does not get a version per character. */
static void
on_represented_changed_cb (GtkEditable *editable,
                           AttendeeRow *row)
{
  g_autoptr(StewardReviewAttendee) copy = NULL;

  if (row->updating)
    return;

  if (!steward_attendee_list_is_stored (row->self))
    {
      steward_attendee_row_commit (row);
      return;
    }

  copy = steward_attendee_row_dup_attendee (row);
  steward_attendee_row_check (row, copy);
  g_clear_handle_id (&row->save_source, g_source_remove);
  row->save_source = g_timeout_add (400, save_represented_cb, row);
}

static void
on_represented_activated_cb (AdwEntryRow *entry,
                             AttendeeRow *row)
{
  steward_attendee_row_flush (row);
}

static void
on_represented_leave_cb (GtkEventControllerFocus *controller,
                         AttendeeRow             *row)
{
  steward_attendee_row_flush (row);
}

/* Shows the attendee as stored; what is being typed stays. */
static void
update_row_from_attendee (AttendeeRow *row)
{
  StewardReviewAttendee *attendee = row->attendee;
  const char *represented_by = steward_review_attendee_get_represented_by (attendee);
  g_autofree char *typed = steward_register_dup_text (GTK_WIDGET (row->represented_row));

  row->updating = TRUE;
  gtk_drop_down_set_selected (row->dropdown, steward_review_attendee_get_attendance (attendee));
  if (represented_by != NULL && g_strcmp0 (typed, represented_by) != 0)
    gtk_editable_set_text (GTK_EDITABLE (row->represented_row), represented_by);
  update_row_visibility (row);
  row->updating = FALSE;
}

static void
on_attendee_notify_cb (GObject     *object,
                       GParamSpec  *pspec,
                       AttendeeRow *row)
{
  update_row_from_attendee (row);
  steward_attendee_list_update_quorum (row->self);
}

static void
on_remove_clicked_cb (GtkButton   *button,
                      AttendeeRow *row)
{
  StewardAttendeeList *self = row->self;
  g_autoptr(GError) error = NULL;

  steward_attendee_list_show_message (self, NULL);
  if (!steward_attendee_list_can_edit (self))
    return;

  if (steward_attendee_list_is_stored (self))
    {
      if (!steward_record_delete (STEWARD_RECORD (row->attendee), self->db, &error))
        steward_attendee_list_show_message (self, error->message);
      else
        steward_attendee_list_emit_changed (self);
      return;
    }

  for (guint i = 0; i < self->rows->len; i++)
    if (g_ptr_array_index (self->rows, i) == row)
      {
        g_list_store_remove (G_LIST_STORE (self->attendees), i);
        steward_attendee_list_emit_changed (self);
        return;
      }
}

void
steward_attendee_row_update_editable (AttendeeRow *row)
{
  gboolean editable = steward_attendee_list_can_edit (row->self);

  gtk_widget_set_sensitive (GTK_WIDGET (row->dropdown), editable);
  gtk_widget_set_visible (row->remove_button, editable);
  gtk_editable_set_editable (GTK_EDITABLE (row->represented_row), editable);
  gtk_widget_set_sensitive (GTK_WIDGET (row->represented_row), editable);
}

static GtkWidget *
make_error_row (AttendeeRow *row)
{
  GtkWidget *error_row = adw_preferences_row_new ();
  GtkWidget *label = gtk_label_new (NULL);

  gtk_widget_set_name (label, "represented_error");
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_widget_add_css_class (label, "error");
  gtk_widget_add_css_class (label, "caption");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (error_row), label);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (error_row), FALSE);
  gtk_widget_set_focusable (error_row, FALSE);
  gtk_widget_set_visible (error_row, FALSE);
  row->error_label = GTK_LABEL (label);

  return error_row;
}

AttendeeRow *
steward_attendee_row_new (StewardAttendeeList   *self,
                          StewardReviewAttendee *attendee)
{
  AttendeeRow *row = g_new0 (AttendeeRow, 1);
  g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);
  const char *name = steward_attendee_list_get_person_name (self, steward_review_attendee_get_person_id (attendee));
  const char *role = steward_review_attendee_get_role_label (attendee);
  g_autofree char *accessible = NULL;

  row->self = self;
  row->attendee = g_object_ref (attendee);

  row->row = adw_action_row_new ();
  gtk_widget_set_name (row->row, "attendee_row");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row->row), name ? name : _("(not on file)"));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row->row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row->row), role ? role : "");

  /* In the order of StewardAttendance. */
  for (StewardAttendance a = STEWARD_ATTENDANCE_PRESENT; a <= STEWARD_ATTENDANCE_REPRESENTED; a++)
    gtk_string_list_append (choices, steward_attendance_to_string (a));
  row->dropdown = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (choices)), NULL));
  gtk_widget_set_name (GTK_WIDGET (row->dropdown), "attendance_dropdown");
  gtk_widget_set_valign (GTK_WIDGET (row->dropdown), GTK_ALIGN_CENTER);
  /* TRANSLATORS: the accessible name of an attendee's attendance; %s is
   * the attendee's name */
  accessible = g_strdup_printf (_("Attendance of %s"), name ? name : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  gtk_size_group_add_widget (self->dropdown_group, GTK_WIDGET (row->dropdown));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row->row), GTK_WIDGET (row->dropdown));

  row->remove_button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_name (row->remove_button, "remove_attendee_button");
  gtk_widget_set_valign (row->remove_button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (row->remove_button, _("Remove the Attendee"));
  gtk_widget_add_css_class (row->remove_button, "flat");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row->row), row->remove_button);

  row->represented_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  gtk_widget_set_name (GTK_WIDGET (row->represented_row), "represented_row");
  /* TRANSLATORS: who came in the place of an attendee */
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row->represented_row), _("Represented by"));
  row->error_row = make_error_row (row);

  update_row_from_attendee (row);
  steward_attendee_row_update_editable (row);

  g_signal_connect (row->dropdown, "notify::selected", G_CALLBACK (on_attendance_selected_cb), row);
  g_signal_connect (row->represented_row, "changed", G_CALLBACK (on_represented_changed_cb), row);
  g_signal_connect (row->represented_row, "entry-activated", G_CALLBACK (on_represented_activated_cb), row);
  row->focus = gtk_event_controller_focus_new ();
  g_signal_connect (row->focus, "leave", G_CALLBACK (on_represented_leave_cb), row);
  gtk_widget_add_controller (GTK_WIDGET (row->represented_row), row->focus);
  g_signal_connect (row->remove_button, "clicked", G_CALLBACK (on_remove_clicked_cb), row);
  g_signal_connect (attendee, "notify", G_CALLBACK (on_attendee_notify_cb), row);

  return row;
}
