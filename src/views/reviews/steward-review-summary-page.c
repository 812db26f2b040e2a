/* steward-review-summary-page.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-review-summary-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "export/steward-minutes-export.h"
#include "logic/steward-date.h"
#include "logic/steward-minutes.h"
#include "logic/steward-review.h"
#include "model/steward-person.h"
#include "steward-review-summary-page.h"
#include "widgets/steward-form.h"
#include "widgets/steward-page.h"

/* A4 in points, as the minutes are laid out. */
#define PAGE_WIDTH  595.0
#define PAGE_HEIGHT 842.0

/* One page of the minutes on screen: white paper with a shadow, as wide
 * as the column, drawn by the same code as the PDF and the print. */
#define STEWARD_TYPE_MINUTES_PAGE_VIEW (steward_minutes_page_view_get_type ())

G_DECLARE_FINAL_TYPE (StewardMinutesPageView, steward_minutes_page_view, STEWARD, MINUTES_PAGE_VIEW, GtkWidget)

struct _StewardMinutesPageView
{
  GtkWidget             parent_instance;

  StewardMinutesLayout *layout;
  guint                 page;
};

G_DEFINE_FINAL_TYPE (StewardMinutesPageView, steward_minutes_page_view, GTK_TYPE_WIDGET)

static GtkSizeRequestMode
page_view_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
page_view_measure (GtkWidget      *widget,
                   GtkOrientation  orientation,
                   int             for_size,
                   int            *minimum,
                   int            *natural,
                   int            *minimum_baseline,
                   int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 240;
      *natural = (int) PAGE_WIDTH;
    }
  else
    {
      double width = for_size > 0 ? for_size : PAGE_WIDTH;

      *minimum = *natural = (int) (width * PAGE_HEIGHT / PAGE_WIDTH + 0.5);
    }
}

static void
page_view_snapshot (GtkWidget   *widget,
                    GtkSnapshot *snapshot)
{
  StewardMinutesPageView *self = STEWARD_MINUTES_PAGE_VIEW (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  graphene_rect_t bounds = GRAPHENE_RECT_INIT (0, 0, width, height);
  GdkRGBA shadow = { 0, 0, 0, 0.3 };
  GskRoundedRect outline;
  cairo_t *cr;

  gsk_rounded_rect_init_from_rect (&outline, &bounds, 0);
  gtk_snapshot_append_outset_shadow (snapshot, &outline, &shadow, 0, 2, 0, 6);

  cr = gtk_snapshot_append_cairo (snapshot, &bounds);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  if (self->layout != NULL)
    {
      cairo_scale (cr, width / PAGE_WIDTH, height / PAGE_HEIGHT);
      steward_minutes_layout_draw_page (self->layout, cr, self->page);
    }
  cairo_destroy (cr);
}

static void
steward_minutes_page_view_class_init (StewardMinutesPageViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->get_request_mode = page_view_get_request_mode;
  widget_class->measure = page_view_measure;
  widget_class->snapshot = page_view_snapshot;
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
steward_minutes_page_view_init (StewardMinutesPageView *self)
{
}

/* The summary of the review wizard: what still keeps the minutes from
 * being issued, each with a way to it; the minutes as they will be
 * issued; issuing, exporting and printing them. */
struct _StewardReviewSummaryPage
{
  AdwBin                parent_instance;

  StewardDatabase      *db;
  StewardReview        *review;
  GSettings            *settings;
  GPtrArray            *gap_rows;
  guint                 n_gaps;
  gboolean              locked;

  /* The preview's pages, measured on a surface of their own. */
  StewardMinutesLayout *layout;
  cairo_surface_t      *measure_surface;
  cairo_t              *measure_cr;
  GPtrArray            *page_views;

  GtkWidget            *message_label;
  AdwPreferencesGroup  *gaps_group;
  AdwActionRow         *status_row;
  GtkWidget            *sha_row;
  GtkLabel             *sha_label;
  GtkBox               *preview_box;
  GtkWidget            *issue_button;

  AdwMessageDialog     *issue_dialog;
  GtkEditable          *issuer_entry;
  GtkWidget            *issuer_error;

  AdwMessageDialog     *correction_dialog;
  GtkEditable          *reason_entry;
  GtkWidget            *reason_error;
};

G_DEFINE_FINAL_TYPE (StewardReviewSummaryPage, steward_review_summary_page, ADW_TYPE_BIN)

enum {
  GO_TO,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gint64
review_id (StewardReviewSummaryPage *self)
{
  return steward_record_get_id (STEWARD_RECORD (self->review));
}

static void
free_problem (gpointer data)
{
  StewardProblem *problem = data;

  g_free (problem->property);
  g_free (problem->message);
  g_free (problem);
}

static StewardCalendar
get_calendar (StewardReviewSummaryPage *self)
{
  return g_settings_get_enum (self->settings, "calendar");
}

static void
go_to_clicked_cb (GtkButton                *button,
                  StewardReviewSummaryPage *self)
{
  g_signal_emit (self, signals[GO_TO], 0, g_object_get_data (G_OBJECT (button), "page"));
}

static void
clear_gaps (StewardReviewSummaryPage *self)
{
  for (guint i = 0; i < self->gap_rows->len; i++)
    adw_preferences_group_remove (self->gaps_group, g_ptr_array_index (self->gap_rows, i));
  g_ptr_array_set_size (self->gap_rows, 0);
}

static void
add_gap_row (StewardReviewSummaryPage *self,
             const char               *icon,
             const char               *title,
             const char               *page)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *image = gtk_image_new_from_icon_name (icon);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_add_css_class (image, page != NULL ? "warning" : "success");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), image);
  gtk_widget_set_name (row, page != NULL ? "gap_row" : "ready_row");

  if (page != NULL)
    {
      GtkWidget *button = gtk_button_new_with_label (_("Go To"));

      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_set_name (button, "gap_go_to_button");
      g_object_set_data_full (G_OBJECT (button), "page", g_strdup (page), g_free);
      g_signal_connect (button, "clicked", G_CALLBACK (go_to_clicked_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
    }

  adw_preferences_group_add (self->gaps_group, row);
  g_ptr_array_add (self->gap_rows, row);
}

static void
update_gaps (StewardReviewSummaryPage *self)
{
  g_autoptr(GPtrArray) gaps = NULL;
  g_autoptr(GError) error = NULL;

  clear_gaps (self);
  self->n_gaps = 0;

  gaps = steward_review_check_complete (self->db, review_id (self), &error);
  if (gaps == NULL)
    {
      add_gap_row (self, "dialog-error-symbolic", error->message, STEWARD_REVIEW_PAGE_MEETING);
      self->n_gaps = 1;
      return;
    }

  self->n_gaps = gaps->len;
  if (self->locked)
    add_gap_row (self, "emblem-ok-symbolic", _("The minutes are issued."), NULL);
  else if (gaps->len == 0)
    add_gap_row (self, "emblem-ok-symbolic", _("Ready to issue: every agenda item is written up."), NULL);

  for (guint i = 0; i < gaps->len; i++)
    {
      StewardReviewGap *gap = g_ptr_array_index (gaps, i);

      add_gap_row (self, "dialog-warning-symbolic", gap->message, gap->page);
    }
}

static void
update_status (StewardReviewSummaryPage *self)
{
  g_autoptr(StewardMinutes) minutes = steward_review_get_latest_minutes (self->db, review_id (self), NULL);
  g_autofree char *subtitle = NULL;

  if (minutes == NULL)
    subtitle = g_strdup (_("No minutes yet"));
  else if (steward_minutes_get_status (minutes) == STEWARD_MINUTES_ISSUED)
    {
      g_autofree char *when = steward_date_time_format (steward_minutes_get_issued_at (minutes), get_calendar (self));

      /* Translators: issued, version N, by someone, on a date */
      subtitle = g_strdup_printf (_("Issued, version %d, by %s on %s"), steward_minutes_get_version (minutes),
                                  steward_minutes_get_issued_by (minutes), when);
      gtk_label_set_label (self->sha_label, steward_minutes_get_pdf_sha256 (minutes));
    }
  else if (steward_minutes_get_version (minutes) > 1)
    subtitle = g_strdup_printf (_("Correction in progress (version %d)"), steward_minutes_get_version (minutes));
  else
    subtitle = g_strdup_printf (_("Draft, version %d"), steward_minutes_get_version (minutes));

  adw_action_row_set_subtitle (self->status_row, subtitle);
  gtk_widget_set_visible (self->sha_row, minutes != NULL &&
                          steward_minutes_get_status (minutes) == STEWARD_MINUTES_ISSUED);
}

static void
clear_preview (StewardReviewSummaryPage *self)
{
  for (guint i = 0; i < self->page_views->len; i++)
    gtk_box_remove (self->preview_box, g_ptr_array_index (self->page_views, i));
  g_ptr_array_set_size (self->page_views, 0);
  g_clear_pointer (&self->layout, steward_minutes_layout_free);
}

static void
update_preview (StewardReviewSummaryPage *self)
{
  g_autoptr(JsonObject) content = NULL;
  g_autoptr(GError) error = NULL;
  guint n_pages;

  clear_preview (self);

  content = steward_minutes_load (self->db, review_id (self), get_calendar (self), &error);
  if (content == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("The minutes could not be made: %s"), error->message);

      steward_form_show_message (self->message_label, message);
      return;
    }

  self->layout = steward_minutes_layout_new (content, self->measure_cr, PAGE_WIDTH, PAGE_HEIGHT);
  n_pages = steward_minutes_layout_get_n_pages (self->layout);
  for (guint i = 0; i < n_pages; i++)
    {
      StewardMinutesPageView *view = g_object_new (STEWARD_TYPE_MINUTES_PAGE_VIEW, NULL);
      g_autofree char *label = g_strdup_printf (_("Page %u of %u"), i + 1, n_pages);

      view->layout = self->layout;
      view->page = i;
      gtk_widget_set_name (GTK_WIDGET (view), "preview_page");
      gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      gtk_box_append (self->preview_box, GTK_WIDGET (view));
      g_ptr_array_add (self->page_views, view);
    }
}

/**
 * steward_review_summary_page_refresh:
 *
 * Checks the minutes again and draws their preview anew: the wizard calls
 * it each time the page is shown.
 */
void
steward_review_summary_page_refresh (StewardReviewSummaryPage *self)
{
  g_return_if_fail (STEWARD_IS_REVIEW_SUMMARY_PAGE (self));

  gtk_widget_set_visible (self->message_label, FALSE);
  self->locked = steward_review_is_locked (self->db, review_id (self));
  update_gaps (self);
  update_status (self);
  update_preview (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "summary.issue",
                                 !self->locked && self->n_gaps == 0 &&
                                 !steward_database_is_read_only (self->db));
}

guint
steward_review_summary_page_get_n_gaps (StewardReviewSummaryPage *self)
{
  g_return_val_if_fail (STEWARD_IS_REVIEW_SUMMARY_PAGE (self), 0);

  return self->n_gaps;
}

guint
steward_review_summary_page_get_n_pages (StewardReviewSummaryPage *self)
{
  g_return_val_if_fail (STEWARD_IS_REVIEW_SUMMARY_PAGE (self), 0);

  return self->page_views->len;
}

/**
 * steward_review_summary_page_issue:
 * @issued_by: the document controller who issues the minutes
 *
 * Issues the minutes; what keeps them from it is said on the page.
 *
 * Returns: whether they were issued
 */
gboolean
steward_review_summary_page_issue (StewardReviewSummaryPage *self,
                                   const char               *issued_by)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (free_problem);
  g_autoptr(GError) error = NULL;
  gboolean issued;

  g_return_val_if_fail (STEWARD_IS_REVIEW_SUMMARY_PAGE (self), FALSE);

  issued = steward_minutes_issue (self->db, review_id (self), issued_by, get_calendar (self), problems, &error);
  steward_review_summary_page_refresh (self);

  if (!issued)
    {
      GString *message = g_string_new (error != NULL ? error->message : _("The minutes cannot be issued yet."));

      for (guint i = 0; i < problems->len; i++)
        {
          StewardProblem *problem = g_ptr_array_index (problems, i);

          g_string_append_printf (message, "\n%s", problem->message);
        }
      steward_form_show_message (self->message_label, message->str);
      g_string_free (message, TRUE);
      return FALSE;
    }

  steward_show_message (GTK_WIDGET (self), _("The minutes are issued."));

  return TRUE;
}

/* Issuing: who issues, prefilled with "You are" of the preferences */

static char *
dup_my_name (StewardReviewSummaryPage *self)
{
  gint64 me = g_settings_get_int64 (self->settings, "my-person-id");
  g_autoptr(StewardPerson) person = NULL;

  if (me > 0)
    person = steward_record_load (self->db, STEWARD_TYPE_PERSON, me, NULL);

  return g_strdup (person != NULL ? steward_person_get_name (person) : "");
}

static void
on_issuer_changed_cb (GtkEditable              *editable,
                      StewardReviewSummaryPage *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (editable)));
  gboolean blank = name[0] == '\0';

  adw_message_dialog_set_response_enabled (self->issue_dialog, "issue", !blank);
  gtk_widget_set_visible (self->issuer_error, blank);
}

static void
on_issue_response_cb (AdwMessageDialog         *dialog,
                      const char               *response,
                      StewardReviewSummaryPage *self)
{
  if (g_str_equal (response, "issue"))
    {
      g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (self->issuer_entry)));

      steward_review_summary_page_issue (self, name);
    }

  self->issue_dialog = NULL;
  self->issuer_entry = NULL;
  self->issuer_error = NULL;
}

static void
issue_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  StewardReviewSummaryPage *self = STEWARD_REVIEW_SUMMARY_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autofree char *me = dup_my_name (self);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *label = gtk_label_new_with_mnemonic (_("_Issued by"));
  GtkWidget *entry = gtk_entry_new ();
  GtkWidget *error = gtk_label_new (_("Enter who issues the minutes: the document controller."));

  self->issue_dialog = ADW_MESSAGE_DIALOG (
    adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                            _("Issue the Minutes?"),
                            _("Issued minutes and what they show cannot be changed; a correction makes a new version.")));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), me);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_widget_set_name (entry, "issuer_entry");
  gtk_label_set_xalign (GTK_LABEL (error), 0);
  gtk_label_set_wrap (GTK_LABEL (error), TRUE);
  gtk_widget_add_css_class (error, "error");
  gtk_widget_add_css_class (error, "caption");
  gtk_widget_set_name (error, "issuer_error");
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), entry);
  gtk_box_append (GTK_BOX (box), error);
  adw_message_dialog_set_extra_child (self->issue_dialog, box);

  adw_message_dialog_add_responses (self->issue_dialog,
                                    "cancel", _("_Cancel"),
                                    "issue", _("_Issue"),
                                    NULL);
  adw_message_dialog_set_response_appearance (self->issue_dialog, "issue", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (self->issue_dialog, "issue");
  adw_message_dialog_set_close_response (self->issue_dialog, "cancel");

  self->issuer_entry = GTK_EDITABLE (entry);
  self->issuer_error = error;
  g_signal_connect (entry, "changed", G_CALLBACK (on_issuer_changed_cb), self);
  on_issuer_changed_cb (GTK_EDITABLE (entry), self);
  g_signal_connect_object (self->issue_dialog, "response", G_CALLBACK (on_issue_response_cb), self, 0);

  gtk_window_present (GTK_WINDOW (self->issue_dialog));
}

/* Correction of issued minutes: a new version, with its reason */

static void
on_reason_changed_cb (GtkEditable              *editable,
                      StewardReviewSummaryPage *self)
{
  g_autofree char *reason = g_strstrip (g_strdup (gtk_editable_get_text (editable)));

  adw_message_dialog_set_response_enabled (self->correction_dialog, "start", reason[0] != '\0');
  gtk_widget_set_visible (self->reason_error, reason[0] == '\0');
}

static void
on_correction_response_cb (AdwMessageDialog         *dialog,
                           const char               *response,
                           StewardReviewSummaryPage *self)
{
  if (g_str_equal (response, "start"))
    {
      g_autofree char *reason = g_strstrip (g_strdup (gtk_editable_get_text (self->reason_entry)));
      g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (free_problem);
      g_autoptr(StewardMinutes) minutes = NULL;
      g_autoptr(GError) error = NULL;

      minutes = steward_review_start_correction (self->db, review_id (self), reason, problems, &error);
      if (minutes == NULL)
        steward_show_message (GTK_WIDGET (self), error != NULL ? error->message
                              : ((StewardProblem *) g_ptr_array_index (problems, 0))->message);
      steward_review_summary_page_refresh (self);
    }

  self->correction_dialog = NULL;
  self->reason_entry = NULL;
  self->reason_error = NULL;
}

/**
 * steward_review_summary_page_start_correction:
 *
 * Asks why the issued minutes are corrected, and begins the correction.
 */
void
steward_review_summary_page_start_correction (StewardReviewSummaryPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *label = gtk_label_new_with_mnemonic (_("_Reason for the correction"));
  GtkWidget *entry = gtk_entry_new ();
  GtkWidget *error = gtk_label_new (_("Say why the issued minutes are corrected."));

  g_return_if_fail (STEWARD_IS_REVIEW_SUMMARY_PAGE (self));

  self->correction_dialog = ADW_MESSAGE_DIALOG (
    adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, _("Start a Correction?"),
                            _("The issued version stays as it is; the correction is a new version that replaces it once issued.")));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), entry);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_widget_set_name (entry, "reason_entry");
  gtk_label_set_xalign (GTK_LABEL (error), 0);
  gtk_label_set_wrap (GTK_LABEL (error), TRUE);
  gtk_widget_add_css_class (error, "error");
  gtk_widget_add_css_class (error, "caption");
  gtk_widget_set_name (error, "reason_error");
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), entry);
  gtk_box_append (GTK_BOX (box), error);
  adw_message_dialog_set_extra_child (self->correction_dialog, box);
  adw_message_dialog_add_responses (self->correction_dialog,
                                    "cancel", _("_Cancel"),
                                    "start", _("_Start Correction"),
                                    NULL);
  adw_message_dialog_set_response_appearance (self->correction_dialog, "start", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (self->correction_dialog, "start");
  adw_message_dialog_set_close_response (self->correction_dialog, "cancel");

  self->reason_entry = GTK_EDITABLE (entry);
  self->reason_error = error;
  g_signal_connect (entry, "changed", G_CALLBACK (on_reason_changed_cb), self);
  on_reason_changed_cb (GTK_EDITABLE (entry), self);
  g_signal_connect_object (self->correction_dialog, "response", G_CALLBACK (on_correction_response_cb), self, 0);

  gtk_window_present (GTK_WINDOW (self->correction_dialog));
}

/* Export and print */

static void
on_export_response_cb (GtkNativeDialog          *chooser,
                       int                       response,
                       StewardReviewSummaryPage *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      path = g_file_get_path (file);
      if (!steward_minutes_export_review (self->db, review_id (self), get_calendar (self), path, &error))
        steward_show_message (GTK_WIDGET (self), error->message);
      else
        steward_show_message (GTK_WIDGET (self), _("The minutes are exported."));
    }

  g_object_unref (chooser);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  StewardReviewSummaryPage *self = STEWARD_REVIEW_SUMMARY_PAGE (widget);
  const char *format = g_variant_get_string (param, NULL);
  gboolean odt = g_str_equal (format, "odt");
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = g_strdup_printf ("%s.%s", steward_review_get_title (self->review), odt ? "odt" : "pdf");
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (odt ? _("Export Minutes as ODT") : _("Export Minutes as PDF"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_filter_set_name (filter, odt ? _("OpenDocument text") : _("PDF documents"));
  gtk_file_filter_add_suffix (filter, odt ? "odt" : "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_export_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                JsonObject        *content)
{
  StewardMinutesLayout *layout = steward_minutes_layout_new (content, gtk_print_context_get_cairo_context (context),
                                                             gtk_print_context_get_width (context),
                                                             gtk_print_context_get_height (context));

  gtk_print_operation_set_n_pages (operation, steward_minutes_layout_get_n_pages (layout));
  g_object_set_data_full (G_OBJECT (operation), "layout", layout, (GDestroyNotify) steward_minutes_layout_free);
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              JsonObject        *content)
{
  StewardMinutesLayout *layout = g_object_get_data (G_OBJECT (operation), "layout");

  steward_minutes_layout_draw_page (layout, gtk_print_context_get_cairo_context (context), page);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  StewardReviewSummaryPage *self = STEWARD_REVIEW_SUMMARY_PAGE (widget);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  g_autoptr(JsonObject) content = NULL;
  g_autoptr(GError) error = NULL;
  GtkRoot *root = gtk_widget_get_root (widget);

  content = steward_minutes_load (self->db, review_id (self), get_calendar (self), &error);
  if (content == NULL)
    {
      steward_show_message (widget, error->message);
      return;
    }

  operation = gtk_print_operation_new ();
  gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (operation, steward_review_get_title (self->review));
  g_signal_connect_data (operation, "begin-print", G_CALLBACK (begin_print_cb),
                         json_object_ref (content), (GClosureNotify) json_object_unref, 0);
  g_signal_connect_data (operation, "draw-page", G_CALLBACK (draw_page_cb),
                         json_object_ref (content), (GClosureNotify) json_object_unref, 0);

  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    steward_show_message (widget, error->message);
}

static void
steward_review_summary_page_dispose (GObject *object)
{
  StewardReviewSummaryPage *self = (StewardReviewSummaryPage *)object;

  if (self->issue_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->issue_dialog));
  if (self->correction_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->correction_dialog));
  if (self->page_views != NULL)
    clear_preview (self);

  gtk_widget_dispose_template (GTK_WIDGET (self), STEWARD_TYPE_REVIEW_SUMMARY_PAGE);

  g_clear_pointer (&self->gap_rows, g_ptr_array_unref);
  g_clear_pointer (&self->page_views, g_ptr_array_unref);
  g_clear_pointer (&self->measure_cr, cairo_destroy);
  g_clear_pointer (&self->measure_surface, cairo_surface_destroy);
  g_clear_object (&self->settings);
  g_clear_object (&self->review);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (steward_review_summary_page_parent_class)->dispose (object);
}

static void
steward_review_summary_page_class_init (StewardReviewSummaryPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = steward_review_summary_page_dispose;

  /**
   * StewardReviewSummaryPage::go-to:
   * @page: the wizard page of a gap: an agenda item's nick, "meeting" …
   */
  signals[GO_TO] =
    g_signal_new ("go-to",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/steward-review-summary-page.ui");
  gtk_widget_class_bind_template_child (widget_class, StewardReviewSummaryPage, message_label);
  gtk_widget_class_bind_template_child (widget_class, StewardReviewSummaryPage, gaps_group);
  gtk_widget_class_bind_template_child (widget_class, StewardReviewSummaryPage, status_row);
  gtk_widget_class_bind_template_child (widget_class, StewardReviewSummaryPage, sha_row);
  gtk_widget_class_bind_template_child (widget_class, StewardReviewSummaryPage, sha_label);
  gtk_widget_class_bind_template_child (widget_class, StewardReviewSummaryPage, preview_box);
  gtk_widget_class_bind_template_child (widget_class, StewardReviewSummaryPage, issue_button);

  gtk_widget_class_install_action (widget_class, "summary.issue", NULL, issue_action);
  gtk_widget_class_install_action (widget_class, "summary.export", "s", export_action);
  gtk_widget_class_install_action (widget_class, "summary.print", NULL, print_action);
}

static void
steward_review_summary_page_init (StewardReviewSummaryPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  self->gap_rows = g_ptr_array_new ();
  self->page_views = g_ptr_array_new ();
  self->measure_surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  self->measure_cr = cairo_create (self->measure_surface);
}

GtkWidget *
steward_review_summary_page_new (StewardDatabase *db,
                                 StewardReview   *review)
{
  StewardReviewSummaryPage *self = g_object_new (STEWARD_TYPE_REVIEW_SUMMARY_PAGE, NULL);

  self->db = g_object_ref (db);
  self->review = g_object_ref (review);

  return GTK_WIDGET (self);
}
