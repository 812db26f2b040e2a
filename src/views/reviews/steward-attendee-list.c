/* steward-attendee-list.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-attendee-list"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "logic/steward-date.h"
#include "logic/steward-review.h"
#include "logic/steward-roster.h"
#include "model/steward-person.h"
#include "model/steward-record-list.h"
#include "steward-attendee-list.h"
#include "widgets/steward-register-util.h"

/* The attendees of one management review (procedure 5.4): who is invited
 * from the roster, with the role written on the minutes, and whether they
 * came: present, absent, on leave, or represented by someone named. The
 * quorum line follows every change.
 *
 * For a stored meeting every change is saved at once through the
 * records, and the rows follow the store's list of attendees. For a new
 * meeting (no review yet) the list edits attendees in memory, which the
 * meeting form hands to steward_review_create() and then
 * steward_attendee_list_save(). */

/* The rows of one attendee in the list box: the attendee, the "represented
 * by" entry (shown only for represented) and what is wrong with it. */
typedef struct
{
  StewardAttendeeList   *self;
  StewardReviewAttendee *attendee;
  GtkWidget             *row;
  GtkDropDown           *dropdown;
  GtkWidget             *remove_button;
  AdwEntryRow           *represented_row;
  GtkWidget             *error_row;
  GtkLabel              *error_label;
  gboolean               updating;
} AttendeeRow;

#define ROWS_PER_ATTENDEE 3

struct _StewardAttendeeList
{
  GtkBox                parent_instance;

  StewardDatabase      *db;
  StewardReview        *review;
  GDate                *day;
  GListModel           *attendees;   /* StewardRecordList, or GListStore for a new meeting */
  StewardRecordList    *people;
  GListModel           *candidates;  /* StewardRosterEntry */
  GHashTable           *invited;     /* person ids */
  GPtrArray            *rows;        /* AttendeeRow, in the order of attendees */
  gboolean              editable;

  GtkSizeGroup         *dropdown_group;  /* the attendance choices, one width */
  GtkFilterListModel   *candidate_model;
  GtkCustomFilter      *candidate_filter;

  AdwPreferencesGroup  *group;
  GtkMenuButton        *add_button;
  GtkPopover           *add_popover;
  GtkSearchEntry       *candidate_search;
  GtkStack             *candidate_stack;
  GtkListView          *candidate_view;
  GtkLabel             *candidate_empty;
  GtkListBox           *list_box;
  GtkLabel             *message_label;
  GtkImage             *quorum_icon;
  GtkLabel             *quorum_label;
};

G_DEFINE_FINAL_TYPE (StewardAttendeeList, steward_attendee_list, GTK_TYPE_BOX)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
free_problem (gpointer data)
{
  StewardProblem *problem = data;

  g_free (problem->property);
  g_free (problem->message);
  g_free (problem);
}

static gboolean
is_stored (StewardAttendeeList *self)
{
  return self->review != NULL && steward_record_get_id (STEWARD_RECORD (self->review)) > 0;
}

static gboolean
can_edit (StewardAttendeeList *self)
{
  return self->editable && self->db != NULL && !steward_database_is_read_only (self->db);
}

static void
show_message (StewardAttendeeList *self,
              const char          *message)
{
  gtk_label_set_label (self->message_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), message != NULL && message[0] != '\0');
}

static const char *
dup_person_name (StewardAttendeeList *self,
                 gint64               person_id)
{
  StewardPerson *person = NULL;

  if (self->people != NULL)
    person = steward_record_list_find (self->people, person_id, NULL);

  return person != NULL ? steward_person_get_name (person) : NULL;
}

static StewardRosterEntry *
find_candidate (StewardAttendeeList *self,
                gint64               person_id)
{
  guint n = self->candidates != NULL ? g_list_model_get_n_items (self->candidates) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StewardRosterEntry) entry = g_list_model_get_item (self->candidates, i);

      if (steward_roster_entry_get_person_id (entry) == person_id)
        return entry;
    }

  return NULL;
}

/* The quorum */

/**
 * steward_attendee_list_dup_quorum_text:
 *
 * Returns: (transfer full): the quorum line, such as "7 of 9 present or
 *   represented — quorum met (5 needed)"
 */
char *
steward_attendee_list_dup_quorum_text (StewardAttendeeList *self)
{
  StewardQuorum quorum = { 0, };

  g_return_val_if_fail (STEWARD_IS_ATTENDEE_LIST (self), NULL);

  if (self->attendees == NULL || g_list_model_get_n_items (self->attendees) == 0)
    return g_strdup (_("Nobody is invited: no quorum."));

  steward_review_get_quorum (self->attendees, &quorum);
  if (quorum.met)
    /* TRANSLATORS: the quorum of a management review: present or
     * represented, invited, and how many make the quorum */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u of %u present or represented — quorum met (%u needed)",
                                         "%u of %u present or represented — quorum met (%u needed)",
                                         quorum.n_invited),
                            quorum.n_present, quorum.n_invited, quorum.n_needed);

  /* TRANSLATORS: the quorum of a management review that is not met */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u of %u present or represented — no quorum (%u needed)",
                                       "%u of %u present or represented — no quorum (%u needed)",
                                       quorum.n_invited),
                          quorum.n_present, quorum.n_invited, quorum.n_needed);
}

static void
update_quorum (StewardAttendeeList *self)
{
  g_autofree char *text = steward_attendee_list_dup_quorum_text (self);
  StewardQuorum quorum = { 0, };

  if (self->attendees != NULL && g_list_model_get_n_items (self->attendees) > 0)
    steward_review_get_quorum (self->attendees, &quorum);

  gtk_label_set_label (self->quorum_label, text);
  gtk_image_set_from_icon_name (self->quorum_icon, quorum.met ? "emblem-ok-symbolic" : "dialog-warning-symbolic");
  if (quorum.met)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->quorum_icon), "warning");
      gtk_widget_add_css_class (GTK_WIDGET (self->quorum_icon), "success");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->quorum_icon), "success");
      gtk_widget_add_css_class (GTK_WIDGET (self->quorum_icon), "warning");
    }
}

/* Candidates */

static void
update_invited (StewardAttendeeList *self)
{
  guint n = self->attendees != NULL ? g_list_model_get_n_items (self->attendees) : 0;

  g_hash_table_remove_all (self->invited);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StewardReviewAttendee) attendee = g_list_model_get_item (self->attendees, i);
      gint64 *id = g_new (gint64, 1);

      *id = steward_review_attendee_get_person_id (attendee);
      g_hash_table_add (self->invited, id);
    }

  gtk_filter_changed (GTK_FILTER (self->candidate_filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static gboolean
candidate_filter_cb (gpointer item,
                     gpointer user_data)
{
  StewardAttendeeList *self = user_data;
  StewardRosterEntry *entry = item;
  gint64 person_id = steward_roster_entry_get_person_id (entry);
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->candidate_search));
  g_autofree char *needle = NULL;
  g_autofree char *haystack = NULL;
  g_autofree char *folded = NULL;

  if (g_hash_table_contains (self->invited, &person_id))
    return FALSE;
  if (search == NULL || search[0] == '\0')
    return TRUE;

  haystack = g_strjoin ("\n",
                        steward_roster_entry_get_field (entry, STEWARD_ROSTER_FIELD_NAME) ?: "",
                        steward_roster_entry_get_field (entry, STEWARD_ROSTER_FIELD_ROLE) ?: "",
                        steward_roster_entry_get_field (entry, STEWARD_ROSTER_FIELD_BODY) ?: "",
                        steward_roster_entry_get_field (entry, STEWARD_ROSTER_FIELD_UNIT) ?: "",
                        NULL);
  needle = g_utf8_casefold (search, -1);
  folded = g_utf8_casefold (haystack, -1);

  return strstr (folded, needle) != NULL;
}

static void
update_candidate_stack (StewardAttendeeList *self)
{
  guint n_all = self->candidates != NULL ? g_list_model_get_n_items (self->candidates) : 0;
  guint n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->candidate_model));

  if (n_shown > 0)
    {
      gtk_stack_set_visible_child_name (self->candidate_stack, "list");
      return;
    }

  if (n_all == 0)
    gtk_label_set_label (self->candidate_empty, _("Nobody is on the roster on the day of the meeting."));
  else if (g_hash_table_size (self->invited) >= n_all ||
           gtk_editable_get_text (GTK_EDITABLE (self->candidate_search))[0] == '\0')
    gtk_label_set_label (self->candidate_empty, _("Everyone on the roster is invited."));
  else
    gtk_label_set_label (self->candidate_empty, _("Nobody on the roster matches the search."));
  gtk_stack_set_visible_child_name (self->candidate_stack, "empty");
}

static void
on_candidates_changed_cb (GListModel          *model,
                          guint                position,
                          guint                removed,
                          guint                added,
                          StewardAttendeeList *self)
{
  update_candidate_stack (self);
}

static void
load_candidates (StewardAttendeeList *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_object (&self->candidates);
  if (self->db != NULL && self->day != NULL)
    {
      self->candidates = steward_review_list_candidates (self->db, self->day, &error);
      if (self->candidates == NULL)
        g_warning ("Cannot list the people on the roster: %s", error->message);
    }

  gtk_filter_list_model_set_model (self->candidate_model, self->candidates);
  update_candidate_stack (self);
}

static void
setup_candidate_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *role = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_xalign (GTK_LABEL (role), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_ellipsize (GTK_LABEL (role), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (role, "caption");
  gtk_widget_add_css_class (role, "dim-label");
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), role);
  gtk_list_item_set_child (item, box);
}

static void
bind_candidate_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   gpointer                  user_data)
{
  StewardRosterEntry *entry = gtk_list_item_get_item (item);
  GtkWidget *name = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  GtkWidget *role = gtk_widget_get_next_sibling (name);
  /* TRANSLATORS: under a person's name when adding an attendee: the body
   * and the role held in it */
  g_autofree char *where = g_strdup_printf (_("%s · %s"),
                                            steward_roster_entry_get_field (entry, STEWARD_ROSTER_FIELD_BODY) ?: "",
                                            steward_roster_entry_get_field (entry, STEWARD_ROSTER_FIELD_ROLE) ?: "");

  gtk_label_set_label (GTK_LABEL (name), steward_roster_entry_get_field (entry, STEWARD_ROSTER_FIELD_NAME));
  gtk_label_set_label (GTK_LABEL (role), where);
}

static void
on_candidate_search_changed_cb (GtkSearchEntry      *entry,
                                StewardAttendeeList *self)
{
  gtk_filter_changed (GTK_FILTER (self->candidate_filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_candidate_stack (self);
}

static void
add_candidate_at (StewardAttendeeList *self,
                  guint                position)
{
  g_autoptr(StewardRosterEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->candidate_model), position);

  if (entry == NULL)
    return;

  gtk_popover_popdown (self->add_popover);
  steward_attendee_list_add_person (self, steward_roster_entry_get_person_id (entry));
}

static void
on_candidate_activate_cb (GtkListView         *view,
                          guint                position,
                          StewardAttendeeList *self)
{
  add_candidate_at (self, position);
}

/* Enter in the search adds the only one it finds. */
static void
on_candidate_search_activate_cb (GtkSearchEntry      *entry,
                                 StewardAttendeeList *self)
{
  if (g_list_model_get_n_items (G_LIST_MODEL (self->candidate_model)) == 1)
    add_candidate_at (self, 0);
}

static void
on_popover_show_cb (GtkWidget           *popover,
                    StewardAttendeeList *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->candidate_search), "");
  update_candidate_stack (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->candidate_search));
}

/* The rows of an attendee */

static void
attendee_row_free (gpointer data)
{
  AttendeeRow *row = data;

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
static StewardReviewAttendee *
dup_row_attendee (AttendeeRow *row)
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
static gboolean
check_row (AttendeeRow           *row,
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
static void
commit_row (AttendeeRow *row)
{
  StewardAttendeeList *self = row->self;
  g_autoptr(StewardReviewAttendee) copy = dup_row_attendee (row);
  g_autoptr(GError) error = NULL;
  gboolean ok = check_row (row, copy);

  show_message (self, NULL);

  if (!is_stored (self))
    {
      steward_record_assign (STEWARD_RECORD (row->attendee), STEWARD_RECORD (copy));
      update_quorum (self);
      g_signal_emit (self, signals[CHANGED], 0);
      return;
    }

  if (!ok || steward_record_equal (STEWARD_RECORD (copy), STEWARD_RECORD (row->attendee)))
    return;

  /* The store's list then updates the attendee, and the quorum with it. */
  if (!steward_record_save (STEWARD_RECORD (copy), self->db, &error))
    show_message (self, error->message);
  else
    g_signal_emit (self, signals[CHANGED], 0);
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
  commit_row (row);
  if (gtk_drop_down_get_selected (dropdown) == STEWARD_ATTENDANCE_REPRESENTED &&
      gtk_widget_get_visible (row->error_row))
    gtk_widget_grab_focus (GTK_WIDGET (row->represented_row));
}

static void
on_represented_changed_cb (GtkEditable *editable,
                           AttendeeRow *row)
{
  if (row->updating)
    return;

  commit_row (row);
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
  update_quorum (row->self);
}

static void
on_remove_clicked_cb (GtkButton   *button,
                      AttendeeRow *row)
{
  StewardAttendeeList *self = row->self;
  g_autoptr(GError) error = NULL;

  show_message (self, NULL);
  if (!can_edit (self))
    return;

  if (is_stored (self))
    {
      if (!steward_record_delete (STEWARD_RECORD (row->attendee), self->db, &error))
        show_message (self, error->message);
      else
        g_signal_emit (self, signals[CHANGED], 0);
      return;
    }

  for (guint i = 0; i < self->rows->len; i++)
    if (g_ptr_array_index (self->rows, i) == row)
      {
        g_list_store_remove (G_LIST_STORE (self->attendees), i);
        g_signal_emit (self, signals[CHANGED], 0);
        return;
      }
}

static void
update_row_editable (AttendeeRow *row)
{
  gboolean editable = can_edit (row->self);

  gtk_widget_set_sensitive (GTK_WIDGET (row->dropdown), editable);
  gtk_widget_set_visible (row->remove_button, editable);
  gtk_editable_set_editable (GTK_EDITABLE (row->represented_row), editable);
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

static AttendeeRow *
make_row (StewardAttendeeList   *self,
          StewardReviewAttendee *attendee)
{
  AttendeeRow *row = g_new0 (AttendeeRow, 1);
  g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);
  const char *name = dup_person_name (self, steward_review_attendee_get_person_id (attendee));
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
  update_row_editable (row);

  g_signal_connect (row->dropdown, "notify::selected", G_CALLBACK (on_attendance_selected_cb), row);
  g_signal_connect (row->represented_row, "changed", G_CALLBACK (on_represented_changed_cb), row);
  g_signal_connect (row->remove_button, "clicked", G_CALLBACK (on_remove_clicked_cb), row);
  g_signal_connect (attendee, "notify", G_CALLBACK (on_attendee_notify_cb), row);

  return row;
}

static void
on_attendees_changed_cb (GListModel          *model,
                         guint                position,
                         guint                removed,
                         guint                added,
                         StewardAttendeeList *self)
{
  for (guint i = 0; i < removed; i++)
    {
      AttendeeRow *row = g_ptr_array_index (self->rows, position);

      gtk_list_box_remove (self->list_box, row->row);
      gtk_list_box_remove (self->list_box, GTK_WIDGET (row->represented_row));
      gtk_list_box_remove (self->list_box, row->error_row);
      g_ptr_array_remove_index (self->rows, position);
    }

  for (guint i = 0; i < added; i++)
    {
      g_autoptr(StewardReviewAttendee) attendee = g_list_model_get_item (model, position + i);
      AttendeeRow *row = make_row (self, attendee);
      int index = (position + i) * ROWS_PER_ATTENDEE;

      gtk_list_box_insert (self->list_box, row->row, index);
      gtk_list_box_insert (self->list_box, GTK_WIDGET (row->represented_row), index + 1);
      gtk_list_box_insert (self->list_box, row->error_row, index + 2);
      g_ptr_array_insert (self->rows, position + i, row);
    }

  update_invited (self);
  update_quorum (self);
  update_candidate_stack (self);
}

static void
drop_attendees (StewardAttendeeList *self)
{
  if (self->attendees != NULL)
    {
      guint n = g_list_model_get_n_items (self->attendees);

      g_signal_handlers_disconnect_by_func (self->attendees, on_attendees_changed_cb, self);
      on_attendees_changed_cb (self->attendees, 0, n, 0, self);
    }
  g_clear_object (&self->attendees);
}

/* Public */

/**
 * steward_attendee_list_set_review:
 * @db: (nullable): the database
 * @review: (nullable): a stored meeting, whose attendees are edited and
 *   saved at once; %NULL for a new meeting, which starts with the
 *   committee's members on the day
 *
 * Shows the attendees of @review.
 */
void
steward_attendee_list_set_review (StewardAttendeeList *self,
                                  StewardDatabase     *db,
                                  StewardReview       *review)
{
  g_autoptr(GDate) day = NULL;

  g_return_if_fail (STEWARD_IS_ATTENDEE_LIST (self));
  g_return_if_fail (db == NULL || STEWARD_IS_DATABASE (db));
  g_return_if_fail (review == NULL || STEWARD_IS_REVIEW (review));

  drop_attendees (self);
  g_set_object (&self->db, db);
  g_set_object (&self->review, review);
  g_clear_object (&self->people);
  show_message (self, NULL);

  if (review != NULL && steward_review_get_starts_at (review) != NULL)
    {
      g_autoptr(GDateTime) local = g_date_time_to_local (steward_review_get_starts_at (review));

      day = g_date_new_dmy (g_date_time_get_day_of_month (local), g_date_time_get_month (local),
                            g_date_time_get_year (local));
    }
  else if (self->day != NULL)
    day = g_date_copy (self->day);
  else
    day = steward_date_new_today ();
  g_clear_pointer (&self->day, g_date_free);
  self->day = g_steal_pointer (&day);

  if (db != NULL)
    {
      g_autoptr(StewardQuery) people_query = steward_query_new ();

      self->people = steward_record_list_new (db, STEWARD_TYPE_PERSON, people_query);
    }

  if (db != NULL && is_stored (self))
    {
      g_autoptr(StewardQuery) query = steward_query_new ();

      steward_query_where_int64 (query, "review_id", STEWARD_QUERY_EQUAL,
                                 steward_record_get_id (STEWARD_RECORD (review)));
      steward_query_order_by (query, "position", FALSE);
      steward_query_order_by (query, "id", FALSE);
      self->attendees = G_LIST_MODEL (steward_record_list_new (db, STEWARD_TYPE_REVIEW_ATTENDEE, query));
    }
  else
    {
      self->attendees = G_LIST_MODEL (g_list_store_new (STEWARD_TYPE_REVIEW_ATTENDEE));
    }

  load_candidates (self);

  g_signal_connect (self->attendees, "items-changed", G_CALLBACK (on_attendees_changed_cb), self);
  on_attendees_changed_cb (self->attendees, 0, 0, g_list_model_get_n_items (self->attendees), self);

  /* A new meeting invites the committee's members on the day. */
  if (db != NULL && !is_stored (self))
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GArray) ids = steward_review_default_attendees (db, self->day, &error);

      if (ids == NULL)
        g_warning ("Cannot list the committee's members: %s", error->message);
      for (guint i = 0; ids != NULL && i < ids->len; i++)
        steward_attendee_list_add_person (self, g_array_index (ids, gint64, i));
    }

  gtk_widget_set_visible (GTK_WIDGET (self->add_button), can_edit (self));
  for (guint i = 0; i < self->rows->len; i++)
    update_row_editable (g_ptr_array_index (self->rows, i));
}

/**
 * steward_attendee_list_set_day:
 *
 * The day of a new meeting, whose roster the attendees are chosen from.
 */
void
steward_attendee_list_set_day (StewardAttendeeList *self,
                               const GDate         *day)
{
  g_return_if_fail (STEWARD_IS_ATTENDEE_LIST (self));

  if (day == NULL || !g_date_valid (day))
    return;
  if (self->day != NULL && g_date_compare (self->day, day) == 0)
    return;

  g_clear_pointer (&self->day, g_date_free);
  self->day = g_date_copy (day);
  load_candidates (self);
}

/**
 * steward_attendee_list_set_editable:
 *
 * Issued minutes are read-only: their attendance is shown, not edited.
 */
void
steward_attendee_list_set_editable (StewardAttendeeList *self,
                                    gboolean             editable)
{
  g_return_if_fail (STEWARD_IS_ATTENDEE_LIST (self));

  self->editable = !!editable;
  gtk_widget_set_visible (GTK_WIDGET (self->add_button), can_edit (self));
  for (guint i = 0; i < self->rows->len; i++)
    update_row_editable (g_ptr_array_index (self->rows, i));
}

gboolean
steward_attendee_list_get_editable (StewardAttendeeList *self)
{
  g_return_val_if_fail (STEWARD_IS_ATTENDEE_LIST (self), FALSE);

  return self->editable;
}

/**
 * steward_attendee_list_get_attendees:
 *
 * Returns: (transfer none) (nullable): the attendees shown,
 *   StewardReviewAttendee
 */
GListModel *
steward_attendee_list_get_attendees (StewardAttendeeList *self)
{
  g_return_val_if_fail (STEWARD_IS_ATTENDEE_LIST (self), NULL);

  return self->attendees;
}

/**
 * steward_attendee_list_get_candidates:
 *
 * Returns: (transfer none): the people on the roster that can still be
 *   invited, StewardRosterEntry, as the "Add Attendee" popover shows them
 */
GListModel *
steward_attendee_list_get_candidates (StewardAttendeeList *self)
{
  g_return_val_if_fail (STEWARD_IS_ATTENDEE_LIST (self), NULL);

  return G_LIST_MODEL (self->candidate_model);
}

/**
 * steward_attendee_list_get_person_ids:
 *
 * Returns: (transfer full) (element-type gint64): the people invited, in
 *   order: what steward_review_create() takes
 */
GArray *
steward_attendee_list_get_person_ids (StewardAttendeeList *self)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint n;

  g_return_val_if_fail (STEWARD_IS_ATTENDEE_LIST (self), ids);

  n = self->attendees != NULL ? g_list_model_get_n_items (self->attendees) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(StewardReviewAttendee) attendee = g_list_model_get_item (self->attendees, i);
      gint64 id = steward_review_attendee_get_person_id (attendee);

      g_array_append_val (ids, id);
    }

  return ids;
}

/**
 * steward_attendee_list_add_person:
 *
 * Invites @person_id. Someone not on the roster on the day, or already
 * invited, is refused: a message under the list says why.
 *
 * Returns: whether @person_id was added
 */
gboolean
steward_attendee_list_add_person (StewardAttendeeList *self,
                                  gint64               person_id)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(StewardReviewAttendee) added = NULL;
  StewardRosterEntry *entry;

  g_return_val_if_fail (STEWARD_IS_ATTENDEE_LIST (self), FALSE);

  show_message (self, NULL);
  if (self->db == NULL || self->attendees == NULL)
    return FALSE;

  if (g_hash_table_contains (self->invited, &person_id))
    {
      show_message (self, _("This person is already invited."));
      return FALSE;
    }

  if (is_stored (self))
    {
      problems = g_ptr_array_new_with_free_func (free_problem);
      added = steward_review_add_attendee (self->db, self->review, person_id, problems, &error);
      if (added == NULL)
        {
          if (problems->len > 0)
            show_message (self, ((StewardProblem *) g_ptr_array_index (problems, 0))->message);
          else if (error != NULL)
            show_message (self, error->message);
          return FALSE;
        }
      g_signal_emit (self, signals[CHANGED], 0);
      return TRUE;
    }

  entry = find_candidate (self, person_id);
  if (entry == NULL)
    {
      show_message (self, _("Only people on the roster on the day of the meeting can be invited."));
      return FALSE;
    }

  added = g_object_new (STEWARD_TYPE_REVIEW_ATTENDEE,
                        "person-id", person_id,
                        "position", (int) g_list_model_get_n_items (self->attendees),
                        "role-label", steward_roster_entry_get_field (entry, STEWARD_ROSTER_FIELD_ROLE),
                        "attendance", STEWARD_ATTENDANCE_PRESENT,
                        NULL);
  g_list_store_append (G_LIST_STORE (self->attendees), added);
  g_signal_emit (self, signals[CHANGED], 0);

  return TRUE;
}

/**
 * steward_attendee_list_set_attendance:
 * @represented_by: (nullable): who came in the attendee's place
 *
 * Sets the attendance of @person_id as if chosen in the list.
 *
 * Returns: whether @person_id is invited
 */
gboolean
steward_attendee_list_set_attendance (StewardAttendeeList *self,
                                      gint64               person_id,
                                      StewardAttendance    attendance,
                                      const char          *represented_by)
{
  g_return_val_if_fail (STEWARD_IS_ATTENDEE_LIST (self), FALSE);

  for (guint i = 0; i < self->rows->len; i++)
    {
      AttendeeRow *row = g_ptr_array_index (self->rows, i);

      if (steward_review_attendee_get_person_id (row->attendee) != person_id)
        continue;

      row->updating = TRUE;
      gtk_editable_set_text (GTK_EDITABLE (row->represented_row), represented_by ? represented_by : "");
      row->updating = FALSE;
      gtk_drop_down_set_selected (row->dropdown, attendance);
      /* The same choice again still saves the name. */
      commit_row (row);
      return TRUE;
    }

  return FALSE;
}

/**
 * steward_attendee_list_check:
 *
 * Says beside each attendee what is wrong: represented by nobody.
 *
 * Returns: (transfer none) (nullable): the first row at fault, to focus
 */
GtkWidget *
steward_attendee_list_check (StewardAttendeeList *self)
{
  GtkWidget *first_bad = NULL;

  g_return_val_if_fail (STEWARD_IS_ATTENDEE_LIST (self), NULL);

  for (guint i = 0; i < self->rows->len; i++)
    {
      AttendeeRow *row = g_ptr_array_index (self->rows, i);
      g_autoptr(StewardReviewAttendee) attendee = dup_row_attendee (row);

      if (!check_row (row, attendee) && first_bad == NULL)
        first_bad = GTK_WIDGET (row->represented_row);
    }

  return first_bad;
}

/**
 * steward_attendee_list_save:
 * @review: the meeting just made by steward_review_create() with the ids
 *   of steward_attendee_list_get_person_ids()
 *
 * Stores the attendance chosen for a new meeting on its attendees, then
 * edits them as stored.
 *
 * Returns: whether it was stored
 */
gboolean
steward_attendee_list_save (StewardAttendeeList  *self,
                            StewardReview        *review,
                            GError              **error)
{
  g_autoptr(StewardRecordList) stored = NULL;
  g_autoptr(StewardQuery) query = steward_query_new ();
  guint n_stored;

  g_return_val_if_fail (STEWARD_IS_ATTENDEE_LIST (self), FALSE);
  g_return_val_if_fail (STEWARD_IS_REVIEW (review), FALSE);
  g_return_val_if_fail (self->db != NULL, FALSE);

  if (!is_stored (self))
    {
      steward_query_where_int64 (query, "review_id", STEWARD_QUERY_EQUAL,
                                 steward_record_get_id (STEWARD_RECORD (review)));
      stored = steward_record_list_new (self->db, STEWARD_TYPE_REVIEW_ATTENDEE, query);
      n_stored = g_list_model_get_n_items (G_LIST_MODEL (stored));

      for (guint i = 0; i < n_stored; i++)
        {
          g_autoptr(StewardReviewAttendee) attendee = g_list_model_get_item (G_LIST_MODEL (stored), i);
          gint64 person_id = steward_review_attendee_get_person_id (attendee);

          for (guint r = 0; r < self->rows->len; r++)
            {
              AttendeeRow *row = g_ptr_array_index (self->rows, r);
              g_autoptr(StewardReviewAttendee) copy = NULL;

              if (steward_review_attendee_get_person_id (row->attendee) != person_id)
                continue;

              copy = STEWARD_REVIEW_ATTENDEE (steward_record_copy (STEWARD_RECORD (attendee)));
              g_object_set (copy,
                            "attendance", steward_review_attendee_get_attendance (row->attendee),
                            "represented-by", steward_review_attendee_get_represented_by (row->attendee),
                            NULL);
              if (!steward_record_equal (STEWARD_RECORD (copy), STEWARD_RECORD (attendee)) &&
                  !steward_record_save (STEWARD_RECORD (copy), self->db, error))
                return FALSE;
              break;
            }
        }
    }

  steward_attendee_list_set_review (self, self->db, review);

  return TRUE;
}

GtkWidget *
steward_attendee_list_new (void)
{
  return g_object_new (STEWARD_TYPE_ATTENDEE_LIST, NULL);
}

static void
steward_attendee_list_dispose (GObject *object)
{
  StewardAttendeeList *self = (StewardAttendeeList *)object;

  drop_attendees (self);
  if (self->candidate_model != NULL)
    g_signal_handlers_disconnect_by_func (self->candidate_model, on_candidates_changed_cb, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), STEWARD_TYPE_ATTENDEE_LIST);
  g_clear_object (&self->candidate_model);
  g_clear_object (&self->dropdown_group);
  g_clear_object (&self->candidates);
  g_clear_object (&self->people);
  g_clear_object (&self->review);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (steward_attendee_list_parent_class)->dispose (object);
}

static void
steward_attendee_list_finalize (GObject *object)
{
  StewardAttendeeList *self = (StewardAttendeeList *)object;

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->invited, g_hash_table_unref);
  g_clear_pointer (&self->day, g_date_free);

  G_OBJECT_CLASS (steward_attendee_list_parent_class)->finalize (object);
}

static void
steward_attendee_list_class_init (StewardAttendeeListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = steward_attendee_list_dispose;
  object_class->finalize = steward_attendee_list_finalize;

  /**
   * StewardAttendeeList::changed:
   *
   * An attendee was invited, removed, or their attendance changed.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/steward-attendee-list.ui");
#define CHILD(name) gtk_widget_class_bind_template_child (widget_class, StewardAttendeeList, name)
  CHILD (group);
  CHILD (add_button);
  CHILD (add_popover);
  CHILD (candidate_search);
  CHILD (candidate_stack);
  CHILD (candidate_view);
  CHILD (candidate_empty);
  CHILD (list_box);
  CHILD (message_label);
  CHILD (quorum_icon);
  CHILD (quorum_label);
#undef CHILD
  gtk_widget_class_bind_template_callback (widget_class, on_candidate_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_candidate_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_candidate_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_popover_show_cb);
}

static void
steward_attendee_list_init (StewardAttendeeList *self)
{
  GtkListItemFactory *factory;
  GtkNoSelection *selection;

  self->editable = TRUE;
  self->rows = g_ptr_array_new_with_free_func (attendee_row_free);
  self->invited = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->dropdown_group = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->candidate_filter = gtk_custom_filter_new (candidate_filter_cb, self, NULL);
  self->candidate_model = gtk_filter_list_model_new (NULL, GTK_FILTER (self->candidate_filter));
  g_signal_connect (self->candidate_model, "items-changed", G_CALLBACK (on_candidates_changed_cb), self);
  selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->candidate_model)));
  gtk_list_view_set_model (self->candidate_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_candidate_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_candidate_cb), NULL);
  gtk_list_view_set_factory (self->candidate_view, factory);
  g_object_unref (factory);

  update_quorum (self);
  update_candidate_stack (self);
}
