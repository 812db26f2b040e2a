/* steward-reviews-page.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-reviews-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "logic/steward-date.h"
#include "logic/steward-review.h"
#include "model/steward-person.h"
#include "model/steward-record-list.h"
#include "steward-review-status.h"
#include "steward-review-wizard.h"
#include "steward-reviews-page-private.h"
#include "widgets/steward-register-util.h"

/* Reviews: the management review meetings (procedure 5.4), each with its
 * kind, when and where, who chairs it, and where its minutes stand under
 * document control (5.4.3) with the SHA-256 of the PDF issued. The next
 * meeting to come stands out. From here the secretary plans a meeting,
 * opens the review wizard, sends the notice, exports or prints the
 * minutes and starts a correction of issued ones. GTK's own chain over
 * the store's list: record list → filter (search as you type) → sort (by
 * the column clicked) → selection → column view. */

G_DEFINE_FINAL_TYPE (StewardReviewsPage, steward_reviews_page, STEWARD_TYPE_PAGE)

typedef struct
{
  char     *status;
  char     *sha256;   /* of the newest issued PDF, NULL when never issued */
  gboolean  locked;
} ReviewInfo;

static void
review_info_free (gpointer data)
{
  ReviewInfo *info = data;

  g_free (info->status);
  g_free (info->sha256);
  g_free (info);
}

StewardDatabase *
steward_reviews_page_get_db (StewardReviewsPage *self)
{
  return steward_page_get_database (STEWARD_PAGE (self));
}

/* How dates are shown: the calendar of the preferences. */
StewardCalendar
steward_reviews_page_get_calendar (StewardReviewsPage *self)
{
  g_return_val_if_fail (STEWARD_IS_REVIEWS_PAGE (self), STEWARD_CALENDAR_GREGORIAN);

  return g_settings_get_enum (self->settings, "calendar");
}

GDateTime *
steward_reviews_page_dup_now (StewardReviewsPage *self)
{
  return self->now != NULL ? g_date_time_ref (self->now) : g_date_time_new_now_local ();
}

static gboolean
keep_first_cb (StewardRecord *record,
               gpointer       user_data)
{
  StewardRecord **first = user_data;

  *first = g_object_ref (record);

  return FALSE;
}

/* Where the minutes of @review stand, read once per change of the store. */
static ReviewInfo *
get_info (StewardReviewsPage *self,
          StewardReview      *review)
{
  gint64 id = steward_record_get_id (STEWARD_RECORD (review));
  g_autoptr(StewardQuery) query = NULL;
  g_autoptr(StewardMinutes) issued = NULL;
  g_autoptr(GError) error = NULL;
  StewardDatabase *db = steward_reviews_page_get_db (self);
  ReviewInfo *info = g_hash_table_lookup (self->infos, &id);
  gint64 *key;

  if (info != NULL || db == NULL)
    return info;

  info = g_new0 (ReviewInfo, 1);
  info->status = steward_review_dup_status_text (db, review);
  info->locked = steward_review_is_locked (db, id);

  query = steward_query_new ();
  steward_query_where_int64 (query, "review_id", STEWARD_QUERY_EQUAL, id);
  steward_query_where_string (query, "status", STEWARD_QUERY_EQUAL, "issued");
  steward_query_order_by (query, "version", TRUE);
  steward_query_set_limit (query, 1);
  if (!steward_record_load_each (db, STEWARD_TYPE_MINUTES, query, keep_first_cb, &issued, &error))
    g_warning ("Could not read the minutes of review %" G_GINT64_FORMAT ": %s", id, error->message);
  if (issued != NULL)
    info->sha256 = g_strdup (steward_minutes_get_pdf_sha256 (issued));

  key = g_new (gint64, 1);
  *key = id;
  g_hash_table_insert (self->infos, key, info);

  return info;
}

/**
 * steward_reviews_page_get_status:
 *
 * Returns: (transfer none): where the minutes of @review stand: "Draft",
 *   "Issued, version 1", "Correction in progress (version 2)"
 */
const char *
steward_reviews_page_get_status (StewardReviewsPage *self,
                                 StewardReview      *review)
{
  ReviewInfo *info;

  g_return_val_if_fail (STEWARD_IS_REVIEWS_PAGE (self), NULL);

  info = get_info (self, review);

  return info != NULL ? info->status : "";
}

/**
 * steward_reviews_page_get_sha256:
 *
 * Returns: (transfer none) (nullable): the SHA-256 of the newest PDF
 *   issued of @review's minutes, in lowercase hex; %NULL when none was
 */
const char *
steward_reviews_page_get_sha256 (StewardReviewsPage *self,
                                 StewardReview      *review)
{
  ReviewInfo *info;

  g_return_val_if_fail (STEWARD_IS_REVIEWS_PAGE (self), NULL);

  info = get_info (self, review);

  return info != NULL ? info->sha256 : NULL;
}

/* Whether any version of @review's minutes was ever issued: such a
 * meeting is a record for good and is never deleted. */
gboolean
steward_reviews_page_was_issued (StewardReviewsPage *self,
                                 StewardReview      *review)
{
  g_return_val_if_fail (STEWARD_IS_REVIEWS_PAGE (self), FALSE);

  return steward_reviews_page_get_sha256 (self, review) != NULL;
}

gboolean
steward_reviews_page_is_locked (StewardReviewsPage *self,
                                StewardReview      *review)
{
  ReviewInfo *info = get_info (self, review);

  return info != NULL && info->locked;
}

/* The chair's name, as the roster writes it. */
const char *
steward_reviews_page_get_chair (StewardReviewsPage *self,
                                StewardReview      *review)
{
  StewardPerson *person = NULL;
  gint64 chair = steward_review_get_chair_id (review);

  if (self->people != NULL && chair > 0)
    person = steward_record_list_find (self->people, chair, NULL);

  return person != NULL ? steward_person_get_name (person) : NULL;
}

/**
 * steward_reviews_page_get_next_id:
 *
 * Returns: the id of the next meeting to come, 0 for none
 */
gint64
steward_reviews_page_get_next_id (StewardReviewsPage *self)
{
  g_return_val_if_fail (STEWARD_IS_REVIEWS_PAGE (self), 0);

  return self->next_id;
}

/* What the search looks in: the title, the place, the chair, the kind
 * and where the minutes stand. */
static char *
search_text_cb (StewardReview      *review,
                StewardReviewsPage *self)
{
  if (review == NULL)
    return NULL;

  return g_strjoin ("\n",
                    steward_review_get_title (review) ?: "",
                    steward_review_get_place (review) ?: "",
                    steward_reviews_page_get_chair (self, review) ?: "",
                    steward_review_kind_to_string (steward_review_get_kind (review)),
                    steward_reviews_page_get_status (self, review),
                    NULL);
}

/* What the page shows around the list */

static StewardReview *
get_selected (StewardReviewsPage *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

static void
update_stack (StewardReviewsPage *self)
{
  steward_register_update_stack (self->stack, G_LIST_MODEL (self->reviews), G_LIST_MODEL (self->filter_model));
}

void
steward_reviews_page_update_actions (StewardReviewsPage *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  StewardDatabase *db = steward_reviews_page_get_db (self);
  gboolean writable = steward_page_can_write (STEWARD_PAGE (self));
  StewardReview *review = get_selected (self);
  gboolean selected = review != NULL && db != NULL;
  gboolean issued = selected && steward_reviews_page_was_issued (self, review);
  gboolean locked = selected && steward_reviews_page_is_locked (self, review);

  gtk_widget_action_set_enabled (widget, "reviews.add", writable);
  gtk_widget_action_set_enabled (widget, "reviews.edit-selected", selected);
  gtk_widget_action_set_enabled (widget, "reviews.open-selected", selected);
  gtk_widget_action_set_enabled (widget, "reviews.open-wizard", db != NULL);
  gtk_widget_action_set_enabled (widget, "reviews.export-notice", selected);
  gtk_widget_action_set_enabled (widget, "reviews.export-minutes", selected);
  gtk_widget_action_set_enabled (widget, "reviews.print-minutes", selected);
  gtk_widget_action_set_enabled (widget, "reviews.copy-sha256", issued);
  gtk_widget_action_set_enabled (widget, "reviews.start-correction", writable && locked);
  /* Issued minutes are a record for good: their meeting stays. */
  gtk_widget_action_set_enabled (widget, "reviews.delete-selected", writable && selected && !issued);
  gtk_widget_set_sensitive (self->documents_button, selected);
}

static void
update_next (StewardReviewsPage *self)
{
  StewardDatabase *db = steward_reviews_page_get_db (self);
  g_autoptr(StewardReview) next = NULL;
  g_autoptr(GDateTime) now = steward_reviews_page_dup_now (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *when = NULL;
  g_autofree char *text = NULL;

  self->next_id = 0;
  if (db != NULL)
    {
      next = steward_review_get_next (db, now, &error);
      if (next == NULL && error != NULL)
        g_warning ("Could not find the next meeting: %s", error->message);
    }

  gtk_widget_set_visible (self->next_bar, next != NULL);
  if (next == NULL)
    return;

  self->next_id = steward_record_get_id (STEWARD_RECORD (next));
  when = steward_date_time_format (steward_review_get_starts_at (next), steward_reviews_page_get_calendar (self));
  /* TRANSLATORS: above the list of management reviews: the next meeting's
   * title, then when it starts */
  text = g_strdup_printf (_("Next meeting: %s, %s"), steward_review_get_title (next), when);
  gtk_label_set_label (self->next_label, text);
}

static void
refresh (StewardReviewsPage *self)
{
  g_hash_table_remove_all (self->infos);
  update_next (self);
  gtk_filter_changed (GTK_FILTER (self->search_filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_sorter_changed (gtk_column_view_get_sorter (self->column_view), GTK_SORTER_CHANGE_DIFFERENT);
  steward_cells_refresh (self->cells);
  steward_reviews_page_update_actions (self);
  update_stack (self);
}

static void
on_items_changed_cb (GListModel         *model,
                     guint               position,
                     guint               removed,
                     guint               added,
                     StewardReviewsPage *self)
{
  update_stack (self);
}

/* A meeting edited in place is the same object with new values; its
 * minutes, attendees and the people change what the rows say. */
static void
on_table_changed_cb (StewardDatabase    *db,
                     const char * const *tables,
                     StewardReviewsPage *self)
{
  refresh (self);
}

static void
on_selection_changed_cb (GtkSingleSelection *selection,
                         GParamSpec         *pspec,
                         StewardReviewsPage *self)
{
  steward_reviews_page_update_actions (self);
}

static void
on_calendar_changed_cb (GSettings          *settings,
                        const char         *key,
                        StewardReviewsPage *self)
{
  refresh (self);
}

/* Deleting, with undo */

static gboolean
collect_cb (StewardRecord *record,
            gpointer       user_data)
{
  g_ptr_array_add (user_data, g_object_ref (record));

  return TRUE;
}

static gboolean
collect_children (StewardDatabase  *db,
                  GType             type,
                  gint64            review_id,
                  GPtrArray        *records,
                  GError          **error)
{
  g_autoptr(StewardQuery) query = steward_query_new ();

  steward_query_where_int64 (query, "review_id", STEWARD_QUERY_EQUAL, review_id);

  return steward_record_load_each (db, type, query, collect_cb, records, error);
}

/**
 * steward_reviews_page_delete_review:
 *
 * Deletes @review with its draft minutes, agenda, attendance and
 * decisions, and shows a toast that can undo it. A meeting whose minutes
 * were ever issued, or that decided actions now followed up, is not
 * deleted: a toast says why.
 *
 * Returns: (transfer none) (nullable): the toast, or %NULL when nothing
 *   was deleted
 */
AdwToast *
steward_reviews_page_delete_review (StewardReviewsPage *self,
                                    StewardReview      *review)
{
  StewardDatabase *db;
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) decisions = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  gint64 id;

  g_return_val_if_fail (STEWARD_IS_REVIEWS_PAGE (self), NULL);
  g_return_val_if_fail (STEWARD_IS_REVIEW (review), NULL);

  db = steward_reviews_page_get_db (self);
  if (db == NULL || !steward_page_can_write (STEWARD_PAGE (self)))
    return NULL;

  if (steward_reviews_page_was_issued (self, review))
    {
      steward_show_message (GTK_WIDGET (self), _("The minutes of this meeting were issued: the meeting is kept."));
      return NULL;
    }

  id = steward_record_get_id (STEWARD_RECORD (review));
  if (!collect_children (db, STEWARD_TYPE_REVIEW_DECISION, id, decisions, &error))
    {
      steward_show_message (GTK_WIDGET (self), error->message);
      return NULL;
    }
  for (guint i = 0; i < decisions->len; i++)
    if (steward_review_decision_get_action_id (g_ptr_array_index (decisions, i)) > 0)
      {
        steward_show_message (GTK_WIDGET (self),
                              _("This meeting decided actions that are followed up: remove its decisions in the review wizard first."));
        return NULL;
      }

  /* Those the others refer to first: the meeting, then what is of it. */
  g_ptr_array_add (records, g_object_ref (review));
  if (!collect_children (db, STEWARD_TYPE_MINUTES, id, records, &error) ||
      !collect_children (db, STEWARD_TYPE_REVIEW_ATTENDEE, id, records, &error) ||
      !collect_children (db, STEWARD_TYPE_REVIEW_ITEM, id, records, &error))
    {
      steward_show_message (GTK_WIDGET (self), error->message);
      return NULL;
    }
  g_ptr_array_extend_and_steal (records, g_steal_pointer (&decisions));

  /* TRANSLATORS: a toast after deleting a management review; %s is its
   * title */
  title = g_strdup_printf (_("Meeting “%s” deleted"), steward_review_get_title (review));

  return steward_register_delete_with_undo (GTK_WIDGET (self), db, records, title);
}

/* The form and the wizard */

/**
 * steward_reviews_page_open_editor:
 * @review: (nullable): the meeting to edit, or %NULL for a new one
 *
 * Returns: (transfer none) (nullable): the form, shown; %NULL without a
 *   database, or for a new meeting when it cannot be changed
 */
StewardReviewEditor *
steward_reviews_page_open_editor (StewardReviewsPage *self,
                                  StewardReview      *review)
{
  StewardReviewEditor *editor;
  StewardDatabase *db;

  g_return_val_if_fail (STEWARD_IS_REVIEWS_PAGE (self), NULL);
  g_return_val_if_fail (review == NULL || STEWARD_IS_REVIEW (review), NULL);

  db = steward_reviews_page_get_db (self);
  if (db == NULL || (review == NULL && !steward_page_can_write (STEWARD_PAGE (self))))
    return NULL;

  editor = steward_review_editor_new (db, review);
  gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  gtk_window_present (GTK_WINDOW (editor));

  return editor;
}

/**
 * steward_reviews_page_open_wizard:
 *
 * Opens the review wizard of @review_id, where it was left.
 *
 * Returns: (transfer none) (nullable): the wizard's window
 */
GtkWindow *
steward_reviews_page_open_wizard (StewardReviewsPage *self,
                                  gint64              review_id)
{
  StewardDatabase *db;
  GtkWindow *wizard;

  g_return_val_if_fail (STEWARD_IS_REVIEWS_PAGE (self), NULL);

  db = steward_reviews_page_get_db (self);
  if (db == NULL || review_id <= 0)
    return NULL;

  wizard = steward_review_wizard_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), db, review_id);
  if (wizard != NULL)
    gtk_window_present (wizard);

  return wizard;
}

static void
on_activate_cb (GtkColumnView      *column_view,
                guint               position,
                StewardReviewsPage *self)
{
  g_autoptr(StewardReview) review = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (review != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "reviews.open-wizard", "x",
                                steward_record_get_id (STEWARD_RECORD (review)));
}

/* Actions */

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  steward_reviews_page_open_editor (STEWARD_REVIEWS_PAGE (widget), NULL);
}

static void
edit_selected_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  StewardReviewsPage *self = STEWARD_REVIEWS_PAGE (widget);

  if (get_selected (self) != NULL)
    steward_reviews_page_open_editor (self, get_selected (self));
}

static void
open_selected_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  StewardReview *review = get_selected (STEWARD_REVIEWS_PAGE (widget));

  if (review != NULL)
    gtk_widget_activate_action (widget, "reviews.open-wizard", "x", steward_record_get_id (STEWARD_RECORD (review)));
}

static void
open_wizard_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  steward_reviews_page_open_wizard (STEWARD_REVIEWS_PAGE (widget), g_variant_get_int64 (param));
}

static void
delete_selected_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  StewardReviewsPage *self = STEWARD_REVIEWS_PAGE (widget);

  if (get_selected (self) != NULL)
    steward_reviews_page_delete_review (self, get_selected (self));
}

static void
copy_sha256_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  StewardReviewsPage *self = STEWARD_REVIEWS_PAGE (widget);
  const char *sha = get_selected (self) != NULL ? steward_reviews_page_get_sha256 (self, get_selected (self)) : NULL;

  if (sha == NULL)
    return;

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), sha);
  steward_show_message (widget, _("SHA-256 copied"));
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  gtk_widget_grab_focus (GTK_WIDGET (STEWARD_REVIEWS_PAGE (widget)->search_entry));
}

static void
export_notice_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  StewardReviewsPage *self = STEWARD_REVIEWS_PAGE (widget);

  if (get_selected (self) != NULL)
    steward_reviews_page_ask_export (self, get_selected (self), TRUE, g_variant_get_string (param, NULL));
}

static void
export_minutes_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  StewardReviewsPage *self = STEWARD_REVIEWS_PAGE (widget);

  if (get_selected (self) != NULL)
    steward_reviews_page_ask_export (self, get_selected (self), FALSE, g_variant_get_string (param, NULL));
}

static void
print_minutes_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  StewardReviewsPage *self = STEWARD_REVIEWS_PAGE (widget);

  if (get_selected (self) != NULL)
    steward_reviews_page_print (self, get_selected (self));
}

static void
start_correction_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  StewardReviewsPage *self = STEWARD_REVIEWS_PAGE (widget);

  if (get_selected (self) != NULL)
    steward_reviews_page_ask_correction (self, get_selected (self));
}

/* The database */

static void
drop_database (StewardReviewsPage *self)
{
  if (self->reviews != NULL)
    g_signal_handlers_disconnect_by_func (steward_record_list_get_database (self->reviews),
                                          on_table_changed_cb, self);
  g_clear_object (&self->reviews);
  g_clear_object (&self->people);
  g_hash_table_remove_all (self->infos);
}

static void
steward_reviews_page_database_changed (StewardPage     *page,
                                       StewardDatabase *db)
{
  StewardReviewsPage *self = STEWARD_REVIEWS_PAGE (page);
  const char *tables[] = { "review", "minutes", "review_attendee", "person" };

  drop_database (self);

  if (db != NULL)
    {
      g_autoptr(StewardQuery) query = steward_query_new ();
      g_autoptr(StewardQuery) people_query = steward_query_new ();

      steward_query_order_by (query, "starts_at", TRUE);
      self->reviews = steward_record_list_new (db, STEWARD_TYPE_REVIEW, query);
      self->people = steward_record_list_new (db, STEWARD_TYPE_PERSON, people_query);

      /* After the lists' own handlers, which read the rows again. */
      for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
        {
          g_autofree char *signal = g_strconcat ("changed::", tables[i], NULL);

          g_signal_connect_object (db, signal, G_CALLBACK (on_table_changed_cb), self, 0);
        }
    }

  gtk_filter_list_model_set_model (self->filter_model, G_LIST_MODEL (self->reviews));
  refresh (self);
}

/* Brings a meeting into view ("reviews/reviews#ID"): the search that
 * hides it is cleared, the row selected and scrolled to; nothing opens. */
static void
clear_filters (gpointer user_data)
{
  StewardReviewsPage *self = user_data;

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
steward_reviews_page_show_record (StewardPage *page,
                                  gint64       id)
{
  StewardReviewsPage *self = STEWARD_REVIEWS_PAGE (page);

  if (self->reviews == NULL || steward_record_list_find (self->reviews, id, NULL) == NULL)
    return;

  steward_register_show_record (self->column_view, self->selection, id, clear_filters, self);
}

/* For tests and for the window */

/**
 * steward_reviews_page_get_visible_model:
 *
 * Returns: (transfer none): the meetings as shown: searched and sorted
 */
GListModel *
steward_reviews_page_get_visible_model (StewardReviewsPage *self)
{
  g_return_val_if_fail (STEWARD_IS_REVIEWS_PAGE (self), NULL);

  return steward_register_get_rows (self->column_view, self->selection);
}

void
steward_reviews_page_set_search (StewardReviewsPage *self,
                                 const char         *text)
{
  g_return_if_fail (STEWARD_IS_REVIEWS_PAGE (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text ? text : "");
}

/**
 * steward_reviews_page_set_now:
 * @now: (nullable): the time the page compares with (the next meeting, a
 *   notice for a meeting begun); %NULL for the clock
 */
void
steward_reviews_page_set_now (StewardReviewsPage *self,
                              GDateTime          *now)
{
  g_return_if_fail (STEWARD_IS_REVIEWS_PAGE (self));

  g_clear_pointer (&self->now, g_date_time_unref);
  self->now = now != NULL ? g_date_time_ref (now) : NULL;
  refresh (self);
}

GtkWidget *
steward_reviews_page_new (void)
{
  return g_object_new (STEWARD_TYPE_REVIEWS_PAGE, NULL);
}

static void
steward_reviews_page_dispose (GObject *object)
{
  StewardReviewsPage *self = (StewardReviewsPage *)object;

  drop_database (self);
  if (self->filter_model != NULL)
    g_signal_handlers_disconnect_by_func (self->filter_model, on_items_changed_cb, self);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->now, g_date_time_unref);
  g_clear_object (&self->export_review);

  /* AdwBin disposes its child, the template's root. */

  G_OBJECT_CLASS (steward_reviews_page_parent_class)->dispose (object);
}

static void
steward_reviews_page_finalize (GObject *object)
{
  StewardReviewsPage *self = (StewardReviewsPage *)object;

  /* After the column view, which the template's root took with it. */
  g_clear_pointer (&self->cells, steward_cells_free);
  g_clear_pointer (&self->infos, g_hash_table_unref);

  G_OBJECT_CLASS (steward_reviews_page_parent_class)->finalize (object);
}

static void
steward_reviews_page_class_init (StewardReviewsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  StewardPageClass *page_class = STEWARD_PAGE_CLASS (klass);

  object_class->dispose = steward_reviews_page_dispose;
  object_class->finalize = steward_reviews_page_finalize;
  page_class->database_changed = steward_reviews_page_database_changed;
  page_class->show_record = steward_reviews_page_show_record;

  g_type_ensure (STEWARD_TYPE_REVIEW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/steward-reviews-page.ui");
#define CHILD(name) gtk_widget_class_bind_template_child (widget_class, StewardReviewsPage, name)
  CHILD (search_entry);
  CHILD (add_button);
  CHILD (documents_button);
  CHILD (next_bar);
  CHILD (next_label);
  CHILD (stack);
  CHILD (column_view);
  CHILD (selection);
  CHILD (sort_model);
  CHILD (filter_model);
  CHILD (search_filter);
#undef CHILD
#define COLUMN(name, field) \
  gtk_widget_class_bind_template_child_full (widget_class, name, FALSE, \
                                             G_STRUCT_OFFSET (StewardReviewsPage, columns.field))
  COLUMN ("title_column", title);
  COLUMN ("kind_column", kind);
  COLUMN ("starts_column", starts);
  COLUMN ("place_column", place);
  COLUMN ("chair_column", chair);
  COLUMN ("status_column", status);
  COLUMN ("sha_column", sha);
#undef COLUMN
  gtk_widget_class_bind_template_callback (widget_class, on_activate_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "on_stop_search_cb",
                                                G_CALLBACK (steward_register_stop_search_cb));
  gtk_widget_class_bind_template_callback (widget_class, on_selection_changed_cb);

  gtk_widget_class_install_action (widget_class, "reviews.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "reviews.edit-selected", NULL, edit_selected_action);
  gtk_widget_class_install_action (widget_class, "reviews.open-selected", NULL, open_selected_action);
  gtk_widget_class_install_action (widget_class, "reviews.open-wizard", "x", open_wizard_action);
  gtk_widget_class_install_action (widget_class, "reviews.export-notice", "s", export_notice_action);
  gtk_widget_class_install_action (widget_class, "reviews.export-minutes", "s", export_minutes_action);
  gtk_widget_class_install_action (widget_class, "reviews.print-minutes", NULL, print_minutes_action);
  gtk_widget_class_install_action (widget_class, "reviews.copy-sha256", NULL, copy_sha256_action);
  gtk_widget_class_install_action (widget_class, "reviews.start-correction", NULL, start_correction_action);
  gtk_widget_class_install_action (widget_class, "reviews.delete-selected", NULL, delete_selected_action);
  gtk_widget_class_install_action (widget_class, "reviews.search", NULL, search_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "reviews.add", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "reviews.edit-selected", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "reviews.print-minutes", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "reviews.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "reviews.delete-selected", NULL);
}

static void
steward_reviews_page_init (StewardReviewsPage *self)
{
  GtkExpression *search;

  self->infos = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, review_info_free);

  gtk_widget_init_template (GTK_WIDGET (self));

  search = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL, G_CALLBACK (search_text_cb), self, NULL);
  gtk_string_filter_set_expression (self->search_filter, search);
  gtk_expression_unref (search);

  self->cells = steward_cells_new (self);
  steward_review_columns_set_up (&self->columns, self->cells, self);

  steward_register_set_up_view (self->column_view, self->selection, self->sort_model);
  gtk_column_view_sort_by_column (self->column_view, self->columns.starts, GTK_SORT_DESCENDING);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->column_view));
  g_signal_connect (self->filter_model, "items-changed", G_CALLBACK (on_items_changed_cb), self);

  self->settings = g_settings_new (APP_ID);
  g_signal_connect_object (self->settings, "changed::calendar", G_CALLBACK (on_calendar_changed_cb), self, 0);

  steward_reviews_page_update_actions (self);
  update_stack (self);
}
