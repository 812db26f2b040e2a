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
#include "steward-attendee-list-private.h"
#include "widgets/steward-register-util.h"

/* The attendees of one management review (procedure 5.4): who is invited
 * from the roster, with the role written on the minutes, and whether they
 * came: present, absent, on leave, or represented by someone named. The
 * quorum line follows every change. The rows are in
 * steward-attendee-row.c, the people to invite in
 * steward-attendee-candidates.c.
 *
 * For a stored meeting every change is saved at once through the
 * records, and the rows follow the store's list of attendees. For a new
 * meeting (no review yet) the list edits attendees in memory, which the
 * meeting form hands to steward_review_create() and then
 * steward_attendee_list_save(). */

G_DEFINE_FINAL_TYPE (StewardAttendeeList, steward_attendee_list, GTK_TYPE_BOX)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

void
steward_attendee_list_emit_changed (StewardAttendeeList *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
free_problem (gpointer data)
{
  StewardProblem *problem = data;

  g_free (problem->property);
  g_free (problem->message);
  g_free (problem);
}

gboolean
steward_attendee_list_is_stored (StewardAttendeeList *self)
{
  return self->review != NULL && steward_record_get_id (STEWARD_RECORD (self->review)) > 0;
}

gboolean
steward_attendee_list_can_edit (StewardAttendeeList *self)
{
  return self->editable && self->db != NULL && !steward_database_is_read_only (self->db);
}

void
steward_attendee_list_show_message (StewardAttendeeList *self,
                                    const char          *message)
{
  gtk_label_set_label (self->message_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), message != NULL && message[0] != '\0');
}

const char *
steward_attendee_list_get_person_name (StewardAttendeeList *self,
                                       gint64               person_id)
{
  StewardPerson *person = NULL;

  if (self->people != NULL)
    person = steward_record_list_find (self->people, person_id, NULL);

  return person != NULL ? steward_person_get_name (person) : NULL;
}

StewardRosterEntry *
steward_attendee_list_find_candidate (StewardAttendeeList *self,
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

void
steward_attendee_list_update_quorum (StewardAttendeeList *self)
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

      steward_attendee_row_detach (row);
      gtk_list_box_remove (self->list_box, row->row);
      gtk_list_box_remove (self->list_box, GTK_WIDGET (row->represented_row));
      gtk_list_box_remove (self->list_box, row->error_row);
      g_ptr_array_remove_index (self->rows, position);
    }

  for (guint i = 0; i < added; i++)
    {
      g_autoptr(StewardReviewAttendee) attendee = g_list_model_get_item (model, position + i);
      AttendeeRow *row = steward_attendee_row_new (self, attendee);
      int index = (position + i) * ROWS_PER_ATTENDEE;

      gtk_list_box_insert (self->list_box, row->row, index);
      gtk_list_box_insert (self->list_box, GTK_WIDGET (row->represented_row), index + 1);
      gtk_list_box_insert (self->list_box, row->error_row, index + 2);
      g_ptr_array_insert (self->rows, position + i, row);
    }

  steward_attendee_list_update_invited (self);
  steward_attendee_list_update_quorum (self);
  steward_attendee_list_update_candidate_stack (self);
}

static void
drop_attendees (StewardAttendeeList *self)
{
  gboolean flushed = TRUE;

  /* What is typed and not yet saved is saved first; a save may rebuild
   * the rows, so each time from the start. */
  while (flushed && self->rows != NULL)
    {
      flushed = FALSE;
      for (guint i = 0; i < self->rows->len && !flushed; i++)
        flushed = steward_attendee_row_flush (g_ptr_array_index (self->rows, i));
    }

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
  steward_attendee_list_show_message (self, NULL);

  if (review != NULL && steward_review_get_starts_at (review) != NULL)
    {
      /* The day in the meeting's own offset, as the logic takes it. */
      GDateTime *starts = steward_review_get_starts_at (review);

      day = g_date_new_dmy (g_date_time_get_day_of_month (starts), g_date_time_get_month (starts),
                            g_date_time_get_year (starts));
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

  if (db != NULL && steward_attendee_list_is_stored (self))
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

  steward_attendee_list_load_candidates (self);

  g_signal_connect (self->attendees, "items-changed", G_CALLBACK (on_attendees_changed_cb), self);
  on_attendees_changed_cb (self->attendees, 0, 0, g_list_model_get_n_items (self->attendees), self);

  /* A new meeting invites the committee's members on the day. */
  if (db != NULL && !steward_attendee_list_is_stored (self))
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GArray) ids = steward_review_default_attendees (db, self->day, &error);

      if (ids == NULL)
        g_warning ("Cannot list the committee's members: %s", error->message);
      for (guint i = 0; ids != NULL && i < ids->len; i++)
        steward_attendee_list_add_person (self, g_array_index (ids, gint64, i));
    }

  gtk_widget_set_visible (GTK_WIDGET (self->add_button), steward_attendee_list_can_edit (self));
  for (guint i = 0; i < self->rows->len; i++)
    steward_attendee_row_update_editable (g_ptr_array_index (self->rows, i));
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
  steward_attendee_list_load_candidates (self);
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
  gtk_widget_set_visible (GTK_WIDGET (self->add_button), steward_attendee_list_can_edit (self));
  for (guint i = 0; i < self->rows->len; i++)
    steward_attendee_row_update_editable (g_ptr_array_index (self->rows, i));
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

  steward_attendee_list_show_message (self, NULL);
  if (self->db == NULL || self->attendees == NULL)
    return FALSE;

  if (g_hash_table_contains (self->invited, &person_id))
    {
      steward_attendee_list_show_message (self, _("This person is already invited."));
      return FALSE;
    }

  if (steward_attendee_list_is_stored (self))
    {
      problems = g_ptr_array_new_with_free_func (free_problem);
      added = steward_review_add_attendee (self->db, self->review, person_id, problems, &error);
      if (added == NULL)
        {
          if (problems->len > 0)
            steward_attendee_list_show_message (self, ((StewardProblem *) g_ptr_array_index (problems, 0))->message);
          else if (error != NULL)
            steward_attendee_list_show_message (self, error->message);
          return FALSE;
        }
      steward_attendee_list_emit_changed (self);
      return TRUE;
    }

  entry = steward_attendee_list_find_candidate (self, person_id);
  if (entry == NULL)
    {
      steward_attendee_list_show_message (self, _("Only people on the roster on the day of the meeting can be invited."));
      return FALSE;
    }

  added = g_object_new (STEWARD_TYPE_REVIEW_ATTENDEE,
                        "person-id", person_id,
                        "position", (int) g_list_model_get_n_items (self->attendees),
                        "role-label", steward_roster_entry_get_field (entry, STEWARD_ROSTER_FIELD_ROLE),
                        "attendance", STEWARD_ATTENDANCE_PRESENT,
                        NULL);
  g_list_store_append (G_LIST_STORE (self->attendees), added);
  steward_attendee_list_emit_changed (self);

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
      steward_attendee_row_commit (row);
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
      g_autoptr(StewardReviewAttendee) attendee = steward_attendee_row_dup_attendee (row);

      if (!steward_attendee_row_check (row, attendee) && first_bad == NULL)
        first_bad = GTK_WIDGET (row->represented_row);
    }

  return first_bad;
}

/**
 * steward_attendee_list_store:
 * @review: the meeting just made by steward_review_create() with the ids
 *   of steward_attendee_list_get_person_ids()
 *
 * Stores the attendance chosen for a new meeting on its attendees and
 * nothing more: the list goes on showing the unsaved meeting, so that it
 * can run in the transaction that makes the meeting and stay right when
 * that is rolled back.
 *
 * Returns: whether it was stored
 */
gboolean
steward_attendee_list_store (StewardAttendeeList  *self,
                             StewardReview        *review,
                             GError              **error)
{
  g_autoptr(StewardRecordList) stored = NULL;
  g_autoptr(StewardQuery) query = steward_query_new ();
  guint n_stored;

  g_return_val_if_fail (STEWARD_IS_ATTENDEE_LIST (self), FALSE);
  g_return_val_if_fail (STEWARD_IS_REVIEW (review), FALSE);
  g_return_val_if_fail (self->db != NULL, FALSE);

  if (!steward_attendee_list_is_stored (self))
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

  return TRUE;
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
  g_return_val_if_fail (STEWARD_IS_ATTENDEE_LIST (self), FALSE);

  if (!steward_attendee_list_store (self, review, error))
    return FALSE;

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
    g_signal_handlers_disconnect_by_data (self->candidate_model, self);
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
  gtk_widget_class_bind_template_callback_full (widget_class, "on_candidate_search_changed_cb", G_CALLBACK (steward_attendee_list_search_changed_cb));
  gtk_widget_class_bind_template_callback_full (widget_class, "on_candidate_search_activate_cb", G_CALLBACK (steward_attendee_list_search_activate_cb));
  gtk_widget_class_bind_template_callback_full (widget_class, "on_candidate_activate_cb", G_CALLBACK (steward_attendee_list_candidate_activate_cb));
  gtk_widget_class_bind_template_callback_full (widget_class, "on_popover_show_cb", G_CALLBACK (steward_attendee_list_popover_show_cb));
}

static void
steward_attendee_list_init (StewardAttendeeList *self)
{
  self->editable = TRUE;
  self->rows = g_ptr_array_new_with_free_func (steward_attendee_row_free);
  self->invited = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->dropdown_group = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);

  gtk_widget_init_template (GTK_WIDGET (self));

  steward_attendee_list_init_candidates (self);

  steward_attendee_list_update_quorum (self);
  steward_attendee_list_update_candidate_stack (self);
}
