/* steward-reviews-page-documents.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-reviews-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "export/steward-minutes-export.h"
#include "logic/steward-minutes.h"
#include "logic/steward-review.h"
#include "steward-reviews-page-private.h"

/* The papers of a management review from the reviews page: the meeting
 * notice (開會通知單, 5.7.1.2) as PDF or calendar invitation, refused for
 * a meeting that has begun; the minutes as PDF (the very PDF issued, for
 * issued minutes) or as ODT for the official template; the minutes
 * printed with the same drawing as the PDF; and a correction of issued
 * minutes (5.4.3), which asks why. */

static gboolean
is_blank (const char *text)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text ? text : ""));

  return trimmed[0] == '\0';
}

static void
free_problem (gpointer data)
{
  StewardProblem *problem = data;

  g_free (problem->property);
  g_free (problem->message);
  g_free (problem);
}

/**
 * steward_reviews_page_export_notice:
 * @path: a .pdf or .ics file
 *
 * Writes the notice of @review. A meeting that has begun by the page's
 * time gets no notice: @error says so.
 *
 * Returns: whether the notice was written
 */
gboolean
steward_reviews_page_export_notice (StewardReviewsPage  *self,
                                    StewardReview       *review,
                                    const char          *path,
                                    GError             **error)
{
  g_autoptr(GDateTime) now = NULL;
  StewardDatabase *db;

  g_return_val_if_fail (STEWARD_IS_REVIEWS_PAGE (self), FALSE);
  g_return_val_if_fail (STEWARD_IS_REVIEW (review), FALSE);

  db = steward_reviews_page_get_db (self);
  if (db == NULL)
    {
      g_set_error_literal (error, STEWARD_RECORD_ERROR, STEWARD_RECORD_ERROR_INVALID, _("No database is open."));
      return FALSE;
    }

  now = steward_reviews_page_dup_now (self);

  return steward_review_export_notice (db, steward_record_get_id (STEWARD_RECORD (review)),
                                       steward_reviews_page_get_calendar (self), now, path, error);
}

/**
 * steward_reviews_page_export_minutes:
 * @path: a .pdf or .odt file
 *
 * Writes the minutes of @review: issued, the very PDF issued; a draft,
 * built anew.
 *
 * Returns: whether the minutes were written
 */
gboolean
steward_reviews_page_export_minutes (StewardReviewsPage  *self,
                                     StewardReview       *review,
                                     const char          *path,
                                     GError             **error)
{
  StewardDatabase *db;

  g_return_val_if_fail (STEWARD_IS_REVIEWS_PAGE (self), FALSE);
  g_return_val_if_fail (STEWARD_IS_REVIEW (review), FALSE);

  db = steward_reviews_page_get_db (self);
  if (db == NULL)
    {
      g_set_error_literal (error, STEWARD_RECORD_ERROR, STEWARD_RECORD_ERROR_INVALID, _("No database is open."));
      return FALSE;
    }

  return steward_minutes_export_review (db, steward_record_get_id (STEWARD_RECORD (review)),
                                        steward_reviews_page_get_calendar (self), path, error);
}

static gboolean
write_export (GtkWidget   *widget,
              const char  *path,
              GError     **error)
{
  StewardReviewsPage *self = STEWARD_REVIEWS_PAGE (widget);

  if (self->export_review == NULL)
    return FALSE;

  if (self->export_notice)
    return steward_reviews_page_export_notice (self, self->export_review, path, error);

  return steward_reviews_page_export_minutes (self, self->export_review, path, error);
}

/* A file name from the title, without what file systems refuse. */
static char *
dup_file_name (StewardReview *review,
               const char    *what,
               const char    *format)
{
  g_autofree char *title = g_strdup (steward_review_get_title (review));

  g_strdelimit (title, "/\\:*?\"<>|", '_');

  return g_strdup_printf ("%s %s.%s", title, what, format);
}

/* Asks where to write the notice (@notice) or the minutes of @review as
 * @format, then writes it; what goes wrong, such as a notice for a
 * meeting begun, shows in a toast. */
void
steward_reviews_page_ask_export (StewardReviewsPage *self,
                                 StewardReview      *review,
                                 gboolean            notice,
                                 const char         *format)
{
  g_autofree char *name = NULL;

  g_set_object (&self->export_review, review);
  self->export_notice = notice;

  if (notice)
    {
      /* TRANSLATORS: in the file name of a meeting's notice, after its title */
      name = dup_file_name (review, g_str_equal (format, "ics") ? _("Invitation") : _("Notice"), format);
      steward_register_ask_export (GTK_WIDGET (self), _("Export the Meeting Notice"), name, write_export);
    }
  else
    {
      /* TRANSLATORS: in the file name of a meeting's minutes, after its title */
      name = dup_file_name (review, _("Minutes"), format);
      steward_register_ask_export (GTK_WIDGET (self), _("Export the Minutes"), name, write_export);
    }
}

/* Printing: the same pages as the PDF */

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                JsonObject        *content)
{
  StewardMinutesLayout *layout = steward_minutes_layout_new (content, gtk_print_context_get_cairo_context (context),
                                                             gtk_print_context_get_width (context),
                                                             gtk_print_context_get_height (context));

  gtk_print_operation_set_n_pages (operation, steward_minutes_layout_get_n_pages (layout));
  g_object_set_data_full (G_OBJECT (operation), "steward-layout", layout,
                          (GDestroyNotify) steward_minutes_layout_free);
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              JsonObject        *content)
{
  StewardMinutesLayout *layout = g_object_get_data (G_OBJECT (operation), "steward-layout");

  if (layout != NULL)
    steward_minutes_layout_draw_page (layout, gtk_print_context_get_cairo_context (context), page);
}

/**
 * steward_reviews_page_make_print:
 *
 * Returns: (transfer full) (nullable): the print of @review's minutes on
 *   A4, ready to run; %NULL with @error when they cannot be read
 */
GtkPrintOperation *
steward_reviews_page_make_print (StewardReviewsPage  *self,
                                 StewardReview       *review,
                                 GError             **error)
{
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  g_autoptr(JsonObject) content = NULL;
  GtkPrintOperation *operation;
  StewardDatabase *db;

  g_return_val_if_fail (STEWARD_IS_REVIEWS_PAGE (self), NULL);
  g_return_val_if_fail (STEWARD_IS_REVIEW (review), NULL);

  db = steward_reviews_page_get_db (self);
  if (db == NULL)
    {
      g_set_error_literal (error, STEWARD_RECORD_ERROR, STEWARD_RECORD_ERROR_INVALID, _("No database is open."));
      return NULL;
    }

  content = steward_minutes_load (db, steward_record_get_id (STEWARD_RECORD (review)),
                                  steward_reviews_page_get_calendar (self), error);
  if (content == NULL)
    return NULL;

  operation = gtk_print_operation_new ();
  gtk_page_setup_set_paper_size (setup, a4);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (operation, steward_review_get_title (review));
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_signal_connect_data (operation, "begin-print", G_CALLBACK (begin_print_cb),
                         json_object_ref (content), (GClosureNotify) (void (*) (void)) json_object_unref, 0);
  g_signal_connect_data (operation, "draw-page", G_CALLBACK (draw_page_cb),
                         json_object_ref (content), (GClosureNotify) (void (*) (void)) json_object_unref, 0);

  return operation;
}

void
steward_reviews_page_print (StewardReviewsPage *self,
                            StewardReview      *review)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  operation = steward_reviews_page_make_print (self, review, &error);
  if (operation == NULL)
    {
      steward_show_message (GTK_WIDGET (self), error->message);
      return;
    }

  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, &error)
      == GTK_PRINT_OPERATION_RESULT_ERROR)
    steward_show_message (GTK_WIDGET (self), error->message);
}

/* A correction */

typedef struct
{
  StewardReviewsPage *self;
  StewardReview      *review;
  GtkEditable        *entry;
  GtkWidget          *message;
} CorrectionData;

static void
correction_data_free (gpointer data)
{
  CorrectionData *correction = data;

  g_clear_object (&correction->self);
  g_clear_object (&correction->review);
  g_free (correction);
}

static void
on_reason_changed_cb (GtkEditable      *entry,
                      AdwMessageDialog *dialog)
{
  CorrectionData *data = g_object_get_data (G_OBJECT (dialog), "steward-correction");
  gboolean blank = is_blank (gtk_editable_get_text (entry));

  /* Said beside the entry, not after the dialog is gone. */
  gtk_widget_set_visible (data->message, blank);
  if (blank)
    gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
  adw_message_dialog_set_response_enabled (dialog, "correct", !blank);
}

static void
on_reason_activate_cb (GtkEntry         *entry,
                       AdwMessageDialog *dialog)
{
  if (adw_message_dialog_get_response_enabled (dialog, "correct"))
    adw_message_dialog_response (dialog, "correct");
  else
    on_reason_changed_cb (GTK_EDITABLE (entry), dialog);
}

static void
on_correction_response_cb (AdwMessageDialog *dialog,
                           const char       *response,
                           CorrectionData   *data)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(StewardMinutes) minutes = NULL;
  g_autoptr(GError) error = NULL;
  StewardDatabase *db = steward_reviews_page_get_db (data->self);
  g_autofree char *text = NULL;

  if (!g_str_equal (response, "correct") || db == NULL)
    return;

  problems = g_ptr_array_new_with_free_func (free_problem);
  minutes = steward_review_start_correction (db, steward_record_get_id (STEWARD_RECORD (data->review)),
                                             gtk_editable_get_text (data->entry), problems, &error);
  if (minutes == NULL)
    {
      if (problems->len > 0)
        steward_show_message (GTK_WIDGET (data->self), ((StewardProblem *) g_ptr_array_index (problems, 0))->message);
      else if (error != NULL)
        steward_show_message (GTK_WIDGET (data->self), error->message);
      return;
    }

  /* TRANSLATORS: a toast; %d is the version of the minutes now drafted */
  text = g_strdup_printf (_("Correction started: version %d is a draft"), steward_minutes_get_version (minutes));
  steward_show_message (GTK_WIDGET (data->self), text);
}

/**
 * steward_reviews_page_ask_correction:
 *
 * Asks why the issued minutes of @review are corrected; a blank reason
 * is said beside the entry and cannot be confirmed. The answer starts
 * the correction: a new draft version.
 *
 * Returns: (transfer none) (nullable): the dialog, shown; %NULL when the
 *   minutes are not issued or the database cannot be changed
 */
AdwMessageDialog *
steward_reviews_page_ask_correction (StewardReviewsPage *self,
                                     StewardReview      *review)
{
  GtkWidget *dialog, *box, *entry, *message;
  CorrectionData *data;
  GtkRoot *root;

  g_return_val_if_fail (STEWARD_IS_REVIEWS_PAGE (self), NULL);
  g_return_val_if_fail (STEWARD_IS_REVIEW (review), NULL);

  if (!steward_page_can_write (STEWARD_PAGE (self)) || !steward_reviews_page_is_locked (self, review))
    return NULL;

  root = gtk_widget_get_root (GTK_WIDGET (self));
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Start a Correction?"),
                                   _("The issued minutes stay as they are. A new version is drafted, "
                                     "which replaces them once it is issued. Why are the minutes corrected?"));

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  entry = gtk_entry_new ();
  gtk_widget_set_name (entry, "reason_entry");
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Reason for the correction"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Reason for the correction"), -1);
  message = gtk_label_new (_("Write why the minutes are corrected: the new version records it."));
  gtk_widget_set_name (message, "reason_error");
  gtk_label_set_wrap (GTK_LABEL (message), TRUE);
  gtk_label_set_xalign (GTK_LABEL (message), 0);
  gtk_widget_add_css_class (message, "error");
  gtk_widget_add_css_class (message, "caption");
  gtk_widget_set_visible (message, FALSE);
  gtk_box_append (GTK_BOX (box), entry);
  gtk_box_append (GTK_BOX (box), message);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "correct", _("_Start Correction"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "correct", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "correct", FALSE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "correct");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  data = g_new0 (CorrectionData, 1);
  data->self = g_object_ref (self);
  data->review = g_object_ref (review);
  data->entry = GTK_EDITABLE (entry);
  data->message = message;
  g_object_set_data_full (G_OBJECT (dialog), "steward-correction", data, correction_data_free);
  g_signal_connect (entry, "changed", G_CALLBACK (on_reason_changed_cb), dialog);
  g_signal_connect (entry, "activate", G_CALLBACK (on_reason_activate_cb), dialog);
  g_signal_connect (dialog, "response", G_CALLBACK (on_correction_response_cb), data);

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);

  return ADW_MESSAGE_DIALOG (dialog);
}
