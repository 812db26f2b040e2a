/* steward-roster-page.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-roster-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "export/steward-roster-export.h"
#include "logic/steward-date.h"
#include "logic/steward-roster.h"
#include "model/steward-body.h"
#include "model/steward-membership.h"
#include "model/steward-person.h"
#include "model/steward-record-list.h"
#include "model/steward-roster-review.h"
#include "steward-roster-page.h"

#define DOCUMENT_NUMBER_KEY "roster-document-number"
#define VERSION_KEY         "roster-version"

/* Committee > Roster: the form 資訊安全組織成員表 (5.3.7) of any day, or as
 * it was kept at a past review; the yearly review; the exports. */
struct _StewardRosterPage
{
  StewardPage           parent_instance;

  GSettings            *settings;
  StewardRecordList    *bodies;
  StewardRecordList    *people;
  StewardRecordList    *memberships;
  StewardRecordList    *reviews;
  GListModel           *roster;
  GDate                *date;            /* the day shown */
  gint64                snapshot_id;     /* a review whose snapshot is shown, or 0 */
  GtkFileChooserNative *chooser;
  guint                 rebuild_id;
  guint                 dirty : 1;

  GtkRevealer          *status_revealer;
  GtkWidget            *status_box;
  GtkImage             *status_icon;
  GtkLabel             *status_label;
  GtkWidget            *back_button;
  GtkSearchEntry       *search_entry;
  GtkMenuButton        *date_button;
  GtkCalendar          *calendar;
  GtkMenuButton        *reviews_button;
  GtkWidget            *review_button;
  GtkStack             *stack;
  GtkColumnView        *column_view;
  GtkNoSelection       *selection;
  GtkSortListModel     *sort_model;
  GtkFilterListModel   *filter_model;
  GtkStringFilter      *filter;
};

G_DEFINE_FINAL_TYPE (StewardRosterPage, steward_roster_page, STEWARD_TYPE_PAGE)

static StewardCalendar
get_calendar (StewardRosterPage *self)
{
  return g_settings_get_enum (self->settings, "calendar");
}

static gboolean
is_today (const GDate *date)
{
  g_autoptr(GDate) today = steward_date_new_today ();

  return g_date_compare (date, today) == 0;
}

static void
update_status (StewardRosterPage *self)
{
  g_autofree char *date_text = steward_date_format (self->date, get_calendar (self));
  g_autofree char *button_text = NULL;
  g_autofree char *message = NULL;
  gboolean warning = FALSE;

  /* TRANSLATORS: the day the roster shows */
  button_text = g_strdup_printf (_("As of %s"), date_text);
  gtk_menu_button_set_label (self->date_button, button_text);

  if (self->snapshot_id != 0)
    {
      StewardRosterReview *review = steward_record_list_find (self->reviews, self->snapshot_id, NULL);
      g_autofree char *reviewed = review ? steward_date_format (steward_roster_review_get_reviewed_on (review),
                                                                get_calendar (self)) : NULL;

      /* TRANSLATORS: the date of a review of the roster, and who reviewed it */
      message = g_strdup_printf (_("The roster as it was kept at the review of %s by %s."),
                                 reviewed ? reviewed : "", review ? steward_roster_review_get_reviewer (review) : "");
    }
  else if (!is_today (self->date))
    /* TRANSLATORS: a date */
    message = g_strdup_printf (_("The roster of %s: who held which role that day."), date_text);
  else if (self->reviews != NULL)
    {
      g_autoptr(GDate) last = NULL;
      g_autoptr(GPtrArray) leaderless = steward_roster_bodies_without_lead (G_LIST_MODEL (self->bodies),
                                                                            G_LIST_MODEL (self->memberships),
                                                                            self->date);
      gboolean due = steward_roster_review_is_due (G_LIST_MODEL (self->reviews), self->date, &last);
      g_autoptr(GString) text = g_string_new (NULL);

      if (due && last == NULL)
        g_string_append (text, _("The roster has never been reviewed: the document controller reviews it every year (5.3.7)."));
      else if (due)
        {
          g_autofree char *last_text = steward_date_format (last, get_calendar (self));

          /* TRANSLATORS: the date of the last review */
          g_string_append_printf (text, _("The roster was last reviewed on %s, more than a year ago: it is due for its yearly review (5.3.7)."),
                                  last_text);
        }

      for (guint i = 0; i < leaderless->len; i++)
        {
          if (text->len > 0)
            g_string_append_c (text, '\n');
          /* TRANSLATORS: the name of a body of the organization */
          g_string_append_printf (text, _("%s has no convener or lead."),
                                  steward_body_get_name (g_ptr_array_index (leaderless, i)));
        }

      warning = text->len > 0;
      if (!warning && last != NULL)
        {
          g_autofree char *last_text = steward_date_format (last, get_calendar (self));

          /* TRANSLATORS: the date of the last review of the roster */
          g_string_append_printf (text, _("Reviewed on %s."), last_text);
        }
      message = g_string_free (g_steal_pointer (&text), FALSE);
    }

  gtk_label_set_label (self->status_label, message ? message : "");
  gtk_revealer_set_reveal_child (self->status_revealer, message != NULL && message[0] != '\0');
  gtk_image_set_from_icon_name (self->status_icon, warning ? "dialog-warning-symbolic" : "dialog-information-symbolic");
  if (warning)
    gtk_widget_add_css_class (self->status_box, "warning");
  else
    gtk_widget_remove_css_class (self->status_box, "warning");
  gtk_widget_set_visible (self->back_button, self->snapshot_id != 0 || !is_today (self->date));
}

static void
set_roster (StewardRosterPage *self,
            GListModel        *roster)
{
  g_set_object (&self->roster, roster);
  gtk_filter_list_model_set_model (self->filter_model, roster);
  gtk_stack_set_visible_child_name (self->stack,
                                    roster != NULL && g_list_model_get_n_items (roster) > 0 ? "list" : "empty");
}

static gboolean
rebuild_cb (gpointer user_data)
{
  StewardRosterPage *self = user_data;
  g_autoptr(GListModel) roster = NULL;

  self->rebuild_id = 0;
  self->dirty = FALSE;

  if (self->bodies == NULL)
    {
      set_roster (self, NULL);
      return G_SOURCE_REMOVE;
    }

  if (self->snapshot_id != 0)
    {
      StewardRosterReview *review = steward_record_list_find (self->reviews, self->snapshot_id, NULL);
      g_autoptr(GError) error = NULL;

      if (review != NULL && steward_roster_review_get_snapshot (review) != NULL)
        roster = steward_roster_new_from_json (steward_roster_review_get_snapshot (review), &error);
      if (error != NULL)
        g_warning ("Could not read the snapshot: %s", error->message);
    }

  if (roster == NULL)
    {
      self->snapshot_id = 0;
      roster = steward_roster_build (G_LIST_MODEL (self->bodies), G_LIST_MODEL (self->people),
                                     G_LIST_MODEL (self->memberships), self->date);
    }

  set_roster (self, roster);
  update_status (self);

  return G_SOURCE_REMOVE;
}

/* A page nobody sees is rebuilt when it is shown. */
static void
queue_rebuild (StewardRosterPage *self)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->dirty = TRUE;
  else if (self->rebuild_id == 0)
    self->rebuild_id = g_idle_add (rebuild_cb, self);
}

static void
on_items_changed_cb (GListModel        *model,
                     guint              position,
                     guint              removed,
                     guint              added,
                     StewardRosterPage *self)
{
  queue_rebuild (self);
}

static void
on_review_row_activated_cb (GtkListBox        *list,
                            GtkListBoxRow     *row,
                            StewardRosterPage *self)
{
  StewardRosterReview *review = steward_record_list_find (self->reviews,
                                                          GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "review-id")),
                                                          NULL);

  if (review == NULL)
    return;

  self->snapshot_id = steward_record_get_id (STEWARD_RECORD (review));
  g_clear_pointer (&self->date, g_date_free);
  self->date = g_date_copy (steward_roster_review_get_reviewed_on (review));
  gtk_menu_button_popdown (self->reviews_button);
  rebuild_cb (self);
}

/* The reviews, newest first, each opening the roster kept with it. */
static void
update_reviews_popover (StewardRosterPage *self)
{
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  guint n = self->reviews ? g_list_model_get_n_items (G_LIST_MODEL (self->reviews)) : 0;

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "navigation-sidebar");
  g_signal_connect_object (list, "row-activated", G_CALLBACK (on_review_row_activated_cb), self, 0);

  for (guint i = n; i > 0; i--)
    {
      g_autoptr(StewardRosterReview) review = g_list_model_get_item (G_LIST_MODEL (self->reviews), i - 1);
      g_autofree char *date = steward_date_format (steward_roster_review_get_reviewed_on (review), get_calendar (self));
      g_autofree char *text = g_strdup_printf ("%s · %s", date, steward_roster_review_get_reviewer (review));
      GtkWidget *label = gtk_label_new (text);
      GtkWidget *row = gtk_list_box_row_new ();

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
      if (steward_roster_review_get_note (review) != NULL)
        gtk_widget_set_tooltip_text (row, steward_roster_review_get_note (review));
      g_object_set_data (G_OBJECT (row), "review-id",
                         GSIZE_TO_POINTER ((gsize) steward_record_get_id (STEWARD_RECORD (review))));
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }

  if (n == 0)
    gtk_list_box_set_placeholder (GTK_LIST_BOX (list), gtk_label_new (_("No reviews yet.")));

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 360);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  gtk_popover_set_child (GTK_POPOVER (popover), scrolled);
  gtk_menu_button_set_popover (self->reviews_button, popover);
}

static void
on_reviews_changed_cb (GListModel        *model,
                       guint              position,
                       guint              removed,
                       guint              added,
                       StewardRosterPage *self)
{
  update_reviews_popover (self);
  queue_rebuild (self);
}

/**
 * steward_roster_page_set_date:
 * @date: (nullable): the day to show; %NULL for today
 */
void
steward_roster_page_set_date (StewardRosterPage *self,
                              const GDate       *date)
{
  g_return_if_fail (STEWARD_IS_ROSTER_PAGE (self));

  g_clear_pointer (&self->date, g_date_free);
  self->date = date != NULL ? g_date_copy (date) : steward_date_new_today ();
  self->snapshot_id = 0;
  rebuild_cb (self);
}

void
steward_roster_page_set_search (StewardRosterPage *self,
                                const char        *text)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
}

/**
 * steward_roster_page_get_visible_model:
 *
 * Returns: (transfer none): the roster as shown: searched and sorted
 */
GListModel *
steward_roster_page_get_visible_model (StewardRosterPage *self)
{
  return G_LIST_MODEL (self->selection);
}

/**
 * steward_roster_page_is_due:
 *
 * Returns: whether the yearly review is due today
 */
gboolean
steward_roster_page_is_due (StewardRosterPage *self)
{
  g_autoptr(GDate) today = steward_date_new_today ();

  return self->reviews == NULL || steward_roster_review_is_due (G_LIST_MODEL (self->reviews), today, NULL);
}

/**
 * steward_roster_page_mark_reviewed:
 *
 * The document controller's yearly review: today's roster is kept with it.
 */
gboolean
steward_roster_page_mark_reviewed (StewardRosterPage  *self,
                                   const char         *reviewer,
                                   const char         *note,
                                   GError            **error)
{
  StewardDatabase *db = steward_page_get_database (STEWARD_PAGE (self));
  g_autoptr(GDate) today = steward_date_new_today ();
  g_autoptr(GListModel) roster = NULL;
  g_autofree char *snapshot = NULL;
  g_autoptr(StewardRosterReview) review = NULL;

  g_return_val_if_fail (STEWARD_IS_ROSTER_PAGE (self), FALSE);
  g_return_val_if_fail (db != NULL, FALSE);

  roster = steward_roster_build (G_LIST_MODEL (self->bodies), G_LIST_MODEL (self->people),
                                 G_LIST_MODEL (self->memberships), today);
  snapshot = steward_roster_to_json (roster);
  review = g_object_new (STEWARD_TYPE_ROSTER_REVIEW,
                         "reviewed-on", today,
                         "reviewer", reviewer,
                         "note", note != NULL && note[0] != '\0' ? note : NULL,
                         "snapshot", snapshot,
                         NULL);

  return steward_record_save (STEWARD_RECORD (review), db, error);
}


/* A question with two text fields, as the review and the form's details
 * ask: the fields are "first" and "second" on the dialog, the answer "ok". */
static AdwMessageDialog *
new_two_field_dialog (GtkWidget  *parent,
                      const char *heading,
                      const char *body,
                      const char *ok_label,
                      const char *first_title,
                      const char *first_text,
                      const char *second_title,
                      const char *second_text)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *first = adw_entry_row_new ();
  GtkWidget *second = adw_entry_row_new ();
  AdwMessageDialog *dialog;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (first), first_title);
  gtk_editable_set_text (GTK_EDITABLE (first), first_text ? first_text : "");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (second), second_title);
  gtk_editable_set_text (GTK_EDITABLE (second), second_text ? second_text : "");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), first);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), second);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (parent)), heading, body));
  adw_message_dialog_set_extra_child (dialog, group);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "ok", ok_label, NULL);
  adw_message_dialog_set_response_appearance (dialog, "ok", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "ok");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data (G_OBJECT (dialog), "first", first);
  g_object_set_data (G_OBJECT (dialog), "second", second);

  return dialog;
}

static void
on_review_response_cb (AdwMessageDialog  *dialog,
                       const char        *response,
                       StewardRosterPage *self)
{
  GtkEditable *reviewer = g_object_get_data (G_OBJECT (dialog), "first");
  GtkEditable *note = g_object_get_data (G_OBJECT (dialog), "second");
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "ok") != 0)
    return;

  if (!steward_roster_page_mark_reviewed (self, gtk_editable_get_text (reviewer),
                                          gtk_editable_get_text (note), &error))
    steward_show_message (GTK_WIDGET (self), error->message);
  else
    steward_show_message (GTK_WIDGET (self), _("The roster is marked as reviewed; today’s roster is kept with the review."));
}

static void
on_reviewer_changed_cb (GtkEditable      *reviewer,
                        AdwMessageDialog *dialog)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (reviewer)));

  /* Nobody reviews anonymously: the button waits for a name. */
  adw_message_dialog_set_response_enabled (dialog, "ok", text[0] != '\0');
}

static void
mark_reviewed_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  StewardRosterPage *self = STEWARD_ROSTER_PAGE (widget);
  StewardDatabase *db = steward_page_get_database (STEWARD_PAGE (self));
  AdwMessageDialog *dialog;
  GtkWidget *reviewer;

  if (db == NULL || steward_database_is_read_only (db))
    return;

  dialog = new_two_field_dialog (widget,
                                 _("Mark the Roster as Reviewed?"),
                                 _("The document controller reviews the roster every year and updates what changed (5.3.7). Today’s roster is kept with the review."),
                                 _("_Mark as Reviewed"),
                                 _("Reviewed by"), steward_database_get_user_name (db),
                                 _("Note, such as what changed"), NULL);
  reviewer = g_object_get_data (G_OBJECT (dialog), "first");
  g_signal_connect (reviewer, "changed", G_CALLBACK (on_reviewer_changed_cb), dialog);
  on_reviewer_changed_cb (GTK_EDITABLE (reviewer), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_review_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
today_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  StewardRosterPage *self = STEWARD_ROSTER_PAGE (widget);

  gtk_menu_button_popdown (self->date_button);
  steward_roster_page_set_date (self, NULL);
}

static void
on_day_selected_cb (GtkCalendar       *calendar,
                    StewardRosterPage *self)
{
  g_autoptr(GDateTime) picked = gtk_calendar_get_date (calendar);
  g_autoptr(GDate) date = g_date_new_dmy (g_date_time_get_day_of_month (picked),
                                          g_date_time_get_month (picked),
                                          g_date_time_get_year (picked));

  steward_roster_page_set_date (self, date);
}

static void
on_stop_search_cb (GtkSearchEntry    *entry,
                   StewardRosterPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

/* What the export's header says: the form's number and version, kept in
 * the database as settings of the centre's document control. */
static void
fill_export_options (StewardRosterPage           *self,
                     StewardRosterExportOptions  *options,
                     char                       **number,
                     char                       **version)
{
  StewardDatabase *db = steward_page_get_database (STEWARD_PAGE (self));

  *number = steward_database_dup_meta (db, DOCUMENT_NUMBER_KEY);
  *version = steward_database_dup_meta (db, VERSION_KEY);

  /* Until the centre sets its own numbering. */
  if (*number == NULL)
    *number = g_strdup ("ISMS-R-005");
  if (*version == NULL)
    *version = g_strdup ("1.0");

  options->organization = NULL;
  options->document_number = *number;
  options->version = *version;
  options->as_of = self->date;
  options->calendar = get_calendar (self);
}

static void
on_export_response_cb (GtkNativeDialog   *chooser,
                       int                response,
                       StewardRosterPage *self)
{
  if (response == GTK_RESPONSE_ACCEPT && self->roster != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (file);
      g_autofree char *number = NULL;
      g_autofree char *version = NULL;
      StewardRosterExportOptions options;
      g_autoptr(GError) error = NULL;

      fill_export_options (self, &options, &number, &version);
      if (path == NULL || !steward_roster_export (self->roster, path, &options, &error))
        steward_show_message (GTK_WIDGET (self), error ? error->message : _("The roster could not be exported."));
      else
        steward_show_message (GTK_WIDGET (self), _("The roster was exported."));
    }

  g_clear_object (&self->chooser);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  StewardRosterPage *self = STEWARD_ROSTER_PAGE (widget);
  const char *format = g_variant_get_string (param, NULL);
  g_autofree char *date = NULL;
  g_autofree char *name = NULL;

  if (self->chooser != NULL)
    return;

  date = steward_date_format (self->date, STEWARD_CALENDAR_GREGORIAN);
  /* TRANSLATORS: the file name of the exported roster; %s is a date */
  name = g_strdup_printf (_("Information security organization roster %s.%s"), date, format);

  self->chooser = gtk_file_chooser_native_new (_("Export the Roster"),
                                               GTK_WINDOW (gtk_widget_get_root (widget)),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/**
 * steward_roster_page_set_form_details:
 *
 * The document number and version the exports print in their header, as
 * the centre's document control numbers the form.
 */
gboolean
steward_roster_page_set_form_details (StewardRosterPage  *self,
                                      const char         *number,
                                      const char         *version,
                                      GError            **error)
{
  StewardDatabase *db = steward_page_get_database (STEWARD_PAGE (self));
  g_autofree char *clean_number = g_strstrip (g_strdup (number ? number : ""));
  g_autofree char *clean_version = g_strstrip (g_strdup (version ? version : ""));

  g_return_val_if_fail (db != NULL, FALSE);

  return steward_database_set_meta (db, DOCUMENT_NUMBER_KEY, clean_number, error) &&
         steward_database_set_meta (db, VERSION_KEY, clean_version, error);
}

static void
on_details_response_cb (AdwMessageDialog  *dialog,
                        const char        *response,
                        StewardRosterPage *self)
{
  GtkEditable *number = g_object_get_data (G_OBJECT (dialog), "first");
  GtkEditable *version = g_object_get_data (G_OBJECT (dialog), "second");
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "ok") == 0 &&
      !steward_roster_page_set_form_details (self, gtk_editable_get_text (number),
                                             gtk_editable_get_text (version), &error))
    steward_show_message (GTK_WIDGET (self), error->message);
}

static void
form_details_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  StewardRosterPage *self = STEWARD_ROSTER_PAGE (widget);
  StewardRosterExportOptions options;
  g_autofree char *current_number = NULL;
  g_autofree char *current_version = NULL;
  AdwMessageDialog *dialog;

  if (steward_page_get_database (STEWARD_PAGE (self)) == NULL)
    return;

  fill_export_options (self, &options, &current_number, &current_version);
  dialog = new_two_field_dialog (widget,
                                 _("Document Number and Version"),
                                 _("The exported roster prints them in its header, as your document control numbers the form."),
                                 _("_Save"),
                                 _("Document number"), current_number,
                                 _("Version"), current_version);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_details_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
clear_lists (StewardRosterPage *self)
{
  StewardRecordList **lists[] = { &self->bodies, &self->people, &self->memberships };

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      if (*lists[i] != NULL)
        g_signal_handlers_disconnect_by_func (*lists[i], on_items_changed_cb, self);
      g_clear_object (lists[i]);
    }
  if (self->reviews != NULL)
    g_signal_handlers_disconnect_by_func (self->reviews, on_reviews_changed_cb, self);
  g_clear_object (&self->reviews);
}

static StewardRecordList *
watch (StewardRosterPage *self,
       StewardDatabase   *db,
       GType              type)
{
  StewardRecordList *list = steward_record_list_new (db, type, NULL);

  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed_cb), self);

  return list;
}

static void
steward_roster_page_database_changed (StewardPage     *page,
                                      StewardDatabase *db)
{
  StewardRosterPage *self = STEWARD_ROSTER_PAGE (page);

  clear_lists (self);
  self->snapshot_id = 0;

  if (db != NULL)
    {
      g_autoptr(StewardQuery) by_date = steward_query_new ();

      self->bodies = watch (self, db, STEWARD_TYPE_BODY);
      self->people = watch (self, db, STEWARD_TYPE_PERSON);
      self->memberships = watch (self, db, STEWARD_TYPE_MEMBERSHIP);
      steward_query_order_by (by_date, "reviewed_on", FALSE);
      self->reviews = steward_record_list_new (db, STEWARD_TYPE_ROSTER_REVIEW, by_date);
      g_signal_connect (self->reviews, "items-changed", G_CALLBACK (on_reviews_changed_cb), self);

    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "roster.mark-reviewed",
                                 db != NULL && !steward_database_is_read_only (db));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "roster.form-details",
                                 db != NULL && !steward_database_is_read_only (db));
  update_reviews_popover (self);
  queue_rebuild (self);
}

static void
steward_roster_page_map (GtkWidget *widget)
{
  StewardRosterPage *self = STEWARD_ROSTER_PAGE (widget);

  GTK_WIDGET_CLASS (steward_roster_page_parent_class)->map (widget);

  if (self->dirty)
    rebuild_cb (self);
}

static char *
entry_search_text (StewardRosterEntry *entry)
{
  GString *text = g_string_new (NULL);

  for (StewardRosterField f = 0; f < STEWARD_ROSTER_N_FIELDS; f++)
    {
      g_string_append (text, steward_roster_entry_get_field (entry, f));
      g_string_append_c (text, '\n');
    }

  return g_string_free (text, FALSE);
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  StewardRosterField field = GPOINTER_TO_UINT (user_data);
  StewardRosterEntry *entry = gtk_list_item_get_item (item);

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)),
                       steward_roster_entry_get_field (entry, field));
}

static void
add_columns (StewardRosterPage *self)
{
  for (StewardRosterField f = 0; f < STEWARD_ROSTER_N_FIELDS; f++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      GtkExpression *expression = gtk_property_expression_new (STEWARD_TYPE_ROSTER_ENTRY, NULL,
                                                               steward_roster_field_get_key (f));
      g_autoptr(GtkColumnViewColumn) column = NULL;

      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), NULL);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), GUINT_TO_POINTER (f));
      column = gtk_column_view_column_new (steward_roster_field_get_title (f), factory);
      gtk_column_view_column_set_sorter (column, GTK_SORTER (gtk_string_sorter_new (expression)));
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_column_set_expand (column, f == STEWARD_ROSTER_FIELD_BODY ||
                                                 f == STEWARD_ROSTER_FIELD_EMAIL);
      gtk_column_view_append_column (self->column_view, column);
    }
}

static void
steward_roster_page_dispose (GObject *object)
{
  StewardRosterPage *self = (StewardRosterPage *)object;

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  clear_lists (self);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->roster);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->date, g_date_free);

  /* AdwBin disposes its child, the template's root. */

  G_OBJECT_CLASS (steward_roster_page_parent_class)->dispose (object);
}

static void
steward_roster_page_class_init (StewardRosterPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  StewardPageClass *page_class = STEWARD_PAGE_CLASS (klass);

  object_class->dispose = steward_roster_page_dispose;
  widget_class->map = steward_roster_page_map;
  page_class->database_changed = steward_roster_page_database_changed;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/steward-roster-page.ui");
#define CHILD(name) gtk_widget_class_bind_template_child (widget_class, StewardRosterPage, name)
  CHILD (status_revealer);
  CHILD (status_box);
  CHILD (status_icon);
  CHILD (status_label);
  CHILD (back_button);
  CHILD (search_entry);
  CHILD (date_button);
  CHILD (calendar);
  CHILD (reviews_button);
  CHILD (review_button);
  CHILD (stack);
  CHILD (column_view);
  CHILD (selection);
  CHILD (sort_model);
  CHILD (filter_model);
#undef CHILD
  gtk_widget_class_bind_template_callback (widget_class, on_day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search_cb);

  gtk_widget_class_install_action (widget_class, "roster.mark-reviewed", NULL, mark_reviewed_action);
  gtk_widget_class_install_action (widget_class, "roster.today", NULL, today_action);
  gtk_widget_class_install_action (widget_class, "roster.export", "s", export_action);
  gtk_widget_class_install_action (widget_class, "roster.form-details", NULL, form_details_action);

}

static void
steward_roster_page_init (StewardRosterPage *self)
{
  GtkExpression *search_expression;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  self->date = steward_date_new_today ();
  g_signal_connect_object (self->settings, "changed::calendar", G_CALLBACK (queue_rebuild), self,
                           G_CONNECT_SWAPPED);

  add_columns (self);
  gtk_sort_list_model_set_sorter (self->sort_model, gtk_column_view_get_sorter (self->column_view));

  /* Search every column as you type: GTK's own string filter over all the
   * fields of a line. */
  search_expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                                   G_CALLBACK (entry_search_text), NULL, NULL);
  self->filter = gtk_string_filter_new (search_expression);
  gtk_string_filter_set_ignore_case (self->filter, TRUE);
  gtk_string_filter_set_match_mode (self->filter, GTK_STRING_FILTER_MATCH_MODE_SUBSTRING);
  g_object_bind_property (self->search_entry, "text", self->filter, "search", G_BINDING_SYNC_CREATE);
  gtk_filter_list_model_set_filter (self->filter_model, GTK_FILTER (self->filter));
  g_object_unref (self->filter);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->column_view));

  update_status (self);
}
