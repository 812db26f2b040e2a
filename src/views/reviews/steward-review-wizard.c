/* steward-review-wizard.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-review-wizard"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "logic/steward-date.h"
#include "logic/steward-review.h"
#include "logic/steward-roster.h"
#include "steward-attendee-list.h"
#include "steward-review-decisions.h"
#include "steward-review-item-page.h"
#include "steward-review-summary-page.h"
#include "steward-review-wizard.h"
#include "widgets/steward-page.h"

/* The review wizard (procedure 5.4): the meeting and its attendance, one
 * page per agenda item of the meeting, the general decisions and the
 * summary, listed in a sidebar that shows how far each page is. What is
 * typed is saved as it is typed, and the wizard reopens on the page it
 * was left on. Issued minutes are shown and never written. */

typedef struct
{
  char                  *key;
  GtkWidget             *widget;      /* In the stack */
  GtkWidget             *row;
  GtkImage              *state_icon;
  /* An agenda item's page is made when it is first shown (it holds a
   * text view, its data and its follow-ups: made for every item, they
   * were half of opening the wizard); @widget holds it. */
  StewardReviewItem     *item;
  guint                  position;
  StewardReviewItemPage *item_page;
} WizardPage;

struct _StewardReviewWizard
{
  AdwWindow             parent_instance;

  StewardDatabase      *db;
  StewardReview        *review;
  GSettings            *settings;
  GArray               *pages;
  GArray               *person_ids;
  guint                 current;
  gboolean              locked;
  gboolean              loading;
  /* The secretary chose to close without what could not be saved. */
  gboolean              closing;
  AdwMessageDialog     *close_dialog;

  StewardAttendeeList  *attendee_list;
  AdwComboRow          *chair_row;
  AdwComboRow          *secretary_row;
  StewardReviewDecisions *decisions;
  StewardReviewSummaryPage *summary;

  AdwLeaflet           *leaflet;
  GtkWidget            *content;
  GtkListBox           *sidebar_list;
  AdwWindowTitle       *window_title;
  GtkWidget            *banner;
  GtkLabel             *banner_label;
  GtkWidget            *correction_button;
  GtkStack             *stack;
  GtkLabel             *position_label;
  GtkWidget            *back_button;
  GtkWidget            *next_button;
};

G_DEFINE_FINAL_TYPE (StewardReviewWizard, steward_review_wizard, ADW_TYPE_WINDOW)

static gint64
review_id (StewardReviewWizard *self)
{
  return steward_record_get_id (STEWARD_RECORD (self->review));
}

static WizardPage *
page_at (StewardReviewWizard *self,
         guint                index)
{
  return &g_array_index (self->pages, WizardPage, index);
}

static int
find_page (StewardReviewWizard *self,
           const char          *key)
{
  for (guint i = 0; key != NULL && i < self->pages->len; i++)
    if (g_str_equal (page_at (self, i)->key, key))
      return i;

  return -1;
}

static void on_item_state_changed_cb (StewardReviewItemPage *item_page,
                                      StewardReviewWizard   *self);

/* Makes @page's agenda item page, if it is one and not made yet. */
static void
ensure_item_page (StewardReviewWizard *self,
                  WizardPage          *page)
{
  GtkWidget *item_page;

  if (page->item == NULL || page->item_page != NULL)
    return;

  item_page = steward_review_item_page_new (self->db, self->review, page->item, page->position);
  page->item_page = STEWARD_REVIEW_ITEM_PAGE (item_page);
  steward_review_item_page_set_editable (page->item_page, !self->locked);
  g_signal_connect (item_page, "state-changed", G_CALLBACK (on_item_state_changed_cb), self);
  adw_bin_set_child (ADW_BIN (page->widget), item_page);
}

static void
clear_page (gpointer data)
{
  WizardPage *page = data;

  g_free (page->key);
  g_clear_object (&page->item);
}

/* The states of the pages */

static void
set_row_state (WizardPage       *page,
               StewardPageState  state)
{
  static const struct { const char *icon; const char *css; const char *label; } looks[] = {
    [STEWARD_PAGE_STATE_NONE]    = { NULL, NULL, NULL },
    [STEWARD_PAGE_STATE_DONE]    = { "emblem-ok-symbolic", "success", N_("Done") },
    [STEWARD_PAGE_STATE_NOTHING] = { "action-unavailable-symbolic", "dim-label", N_("Nothing to report") },
    [STEWARD_PAGE_STATE_MISSING] = { "dialog-warning-symbolic", "warning", N_("Missing") },
  };
  GtkWidget *icon = GTK_WIDGET (page->state_icon);

  gtk_widget_remove_css_class (icon, "success");
  gtk_widget_remove_css_class (icon, "dim-label");
  gtk_widget_remove_css_class (icon, "warning");
  g_object_set_data (G_OBJECT (icon), "state", GINT_TO_POINTER (state));
  gtk_image_set_from_icon_name (page->state_icon, looks[state].icon);
  gtk_widget_set_visible (icon, looks[state].icon != NULL);
  if (looks[state].icon == NULL)
    return;
  gtk_widget_add_css_class (icon, looks[state].css);
  gtk_widget_set_tooltip_text (icon, _(looks[state].label));
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, _(looks[state].label), -1);
}

StewardPageState
steward_review_wizard_get_page_state (StewardReviewWizard *self,
                                      const char          *key)
{
  int index;

  g_return_val_if_fail (STEWARD_IS_REVIEW_WIZARD (self), STEWARD_PAGE_STATE_NONE);

  index = find_page (self, key);
  if (index < 0)
    return STEWARD_PAGE_STATE_NONE;

  return GPOINTER_TO_INT (g_object_get_data (G_OBJECT (page_at (self, index)->state_icon), "state"));
}

/* The meeting and the summary are as the rules of completeness say; an
 * agenda item as typed so far; the decisions done once there is one. */
static void
update_states (StewardReviewWizard *self)
{
  g_autoptr(GPtrArray) gaps = steward_review_check_complete (self->db, review_id (self), NULL);
  gboolean meeting_gap = FALSE;

  for (guint i = 0; gaps != NULL && i < gaps->len; i++)
    {
      StewardReviewGap *gap = g_ptr_array_index (gaps, i);

      meeting_gap |= g_strcmp0 (gap->page, STEWARD_REVIEW_PAGE_MEETING) == 0;
    }

  for (guint i = 0; i < self->pages->len; i++)
    {
      WizardPage *page = page_at (self, i);
      StewardPageState state;

      if (page->item != NULL)
        state = steward_review_item_page_state_of (page->item);
      else if (g_str_equal (page->key, STEWARD_REVIEW_PAGE_MEETING))
        state = meeting_gap ? STEWARD_PAGE_STATE_MISSING : STEWARD_PAGE_STATE_DONE;
      else if (g_str_equal (page->key, STEWARD_REVIEW_PAGE_DECISIONS))
        state = steward_review_decisions_get_n_items (self->decisions) > 0 ? STEWARD_PAGE_STATE_DONE
                                                                            : STEWARD_PAGE_STATE_NONE;
      else
        state = gaps != NULL && gaps->len == 0 ? STEWARD_PAGE_STATE_DONE : STEWARD_PAGE_STATE_MISSING;

      set_row_state (page, state);
    }
}

static void
on_item_state_changed_cb (StewardReviewItemPage *item_page,
                          StewardReviewWizard   *self)
{
  for (guint i = 0; i < self->pages->len; i++)
    if (page_at (self, i)->item_page == item_page)
      set_row_state (page_at (self, i), steward_review_item_page_get_state (item_page));
}

/* The header and the lock */

static char *
dup_status_text (StewardMinutes *minutes)
{
  if (minutes == NULL)
    return g_strdup (_("No minutes"));
  if (steward_minutes_get_status (minutes) == STEWARD_MINUTES_ISSUED)
    return g_strdup_printf (_("Issued, version %d"), steward_minutes_get_version (minutes));
  if (steward_minutes_get_version (minutes) > 1)
    return g_strdup_printf (_("Correction in progress (version %d)"), steward_minutes_get_version (minutes));

  return g_strdup (_("Draft"));
}

static void
update_header (StewardReviewWizard *self,
               StewardMinutes      *minutes)
{
  StewardCalendar calendar = g_settings_get_enum (self->settings, "calendar");
  g_autofree char *when = steward_date_time_format (steward_review_get_starts_at (self->review), calendar);
  g_autofree char *status = dup_status_text (minutes);
  /* Translators: the meeting's date and time · the minutes' status */
  g_autofree char *subtitle = g_strdup_printf (_("%s · %s"), when, status);

  adw_window_title_set_title (self->window_title, steward_review_get_title (self->review));
  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_window_set_title (GTK_WINDOW (self), steward_review_get_title (self->review));
}

static void
update_lock (StewardReviewWizard *self)
{
  g_autoptr(StewardMinutes) minutes = steward_review_get_latest_minutes (self->db, review_id (self), NULL);
  gboolean issued = steward_review_is_locked (self->db, review_id (self));
  gboolean read_only = steward_database_is_read_only (self->db);
  gboolean editable;

  self->locked = issued || read_only;
  editable = !self->locked;

  for (guint i = 0; i < self->pages->len; i++)
    {
      WizardPage *page = page_at (self, i);

      if (page->item_page != NULL)
        steward_review_item_page_set_editable (page->item_page, editable);
    }
  steward_review_decisions_set_editable (self->decisions, editable);
  steward_attendee_list_set_editable (self->attendee_list, editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->chair_row), editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->secretary_row), editable);

  if (issued && minutes != NULL && steward_minutes_get_status (minutes) == STEWARD_MINUTES_ISSUED)
    {
      StewardCalendar calendar = g_settings_get_enum (self->settings, "calendar");
      g_autofree char *when = steward_date_time_format (steward_minutes_get_issued_at (minutes), calendar);
      g_autofree char *text = g_strdup_printf (_("Issued by %s on %s. Start a correction to change these minutes."),
                                               steward_minutes_get_issued_by (minutes), when);

      gtk_label_set_label (self->banner_label, text);
    }
  gtk_widget_set_visible (self->banner, issued);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "wizard.start-correction", issued && !read_only);

  update_header (self, minutes);
}

gboolean
steward_review_wizard_is_editable (StewardReviewWizard *self)
{
  g_return_val_if_fail (STEWARD_IS_REVIEW_WIZARD (self), FALSE);

  return !self->locked;
}

/* The meeting as stored now, in the record every page shares: the
 * meeting's form may have changed its title, time or place since. */
static gboolean
reload_review (StewardReviewWizard  *self,
               GError              **error)
{
  g_autoptr(StewardReview) fresh = steward_record_load (self->db, STEWARD_TYPE_REVIEW, review_id (self), error);

  if (fresh == NULL)
    return FALSE;
  steward_record_assign (STEWARD_RECORD (self->review), STEWARD_RECORD (fresh));

  return TRUE;
}

static void
on_database_changed_cb (StewardDatabase     *db,
                        const char * const  *tables,
                        StewardReviewWizard *self)
{
  if (g_strv_contains (tables, "review") && reload_review (self, NULL) && !g_strv_contains (tables, "minutes"))
    {
      g_autoptr(StewardMinutes) minutes = steward_review_get_latest_minutes (self->db, review_id (self), NULL);

      update_header (self, minutes);
    }
  if (g_strv_contains (tables, "minutes"))
    update_lock (self);
  if (g_strv_contains (tables, "minutes") || g_strv_contains (tables, "review") ||
      g_strv_contains (tables, "review_item") || g_strv_contains (tables, "review_attendee") ||
      g_strv_contains (tables, "review_decision"))
    update_states (self);
}

/* Going from page to page */

/**
 * steward_review_wizard_flush:
 *
 * Saves at once what every page keeps for the pause in typing.
 *
 * Returns: whether everything is saved
 */
gboolean
steward_review_wizard_flush (StewardReviewWizard *self)
{
  gboolean saved = TRUE;

  g_return_val_if_fail (STEWARD_IS_REVIEW_WIZARD (self), FALSE);

  for (guint i = 0; i < self->pages->len; i++)
    {
      WizardPage *page = page_at (self, i);

      if (page->item_page != NULL)
        saved &= steward_review_item_page_flush (page->item_page);
    }

  return saved;
}

/* Where the secretary is, so that the wizard reopens there; a locked
 * review is never written. */
static void
store_page (StewardReviewWizard *self,
            const char          *key)
{
  g_autoptr(GError) error = NULL;

  if (self->locked || self->loading)
    return;

  /* Only the page is written, onto the meeting as it is stored now. */
  if (!reload_review (self, &error))
    {
      steward_show_message (GTK_WIDGET (self), error->message);
      return;
    }
  if (g_strcmp0 (steward_review_get_wizard_page (self->review), key) == 0)
    return;

  g_object_set (self->review, "wizard-page", key, NULL);
  if (!steward_record_save (STEWARD_RECORD (self->review), self->db, &error))
    steward_show_message (GTK_WIDGET (self), error->message);
}

static void
go_to (StewardReviewWizard *self,
       guint                index)
{
  WizardPage *page;
  g_autofree char *position = NULL;

  if (index >= self->pages->len)
    return;

  /* A page whose typing could not be saved stays shown, with why, so that
   * what was typed is not left behind unseen. */
  if (self->current < self->pages->len && index != self->current &&
      page_at (self, self->current)->item_page != NULL &&
      !steward_review_item_page_flush (page_at (self, self->current)->item_page))
    {
      gtk_list_box_select_row (self->sidebar_list, GTK_LIST_BOX_ROW (page_at (self, self->current)->row));
      adw_leaflet_set_visible_child (self->leaflet, self->content);
      return;
    }

  self->current = index;
  page = page_at (self, index);
  ensure_item_page (self, page);
  if (page->widget == GTK_WIDGET (self->summary))
    steward_review_summary_page_refresh (self->summary);
  gtk_stack_set_visible_child (self->stack, page->widget);
  gtk_list_box_select_row (self->sidebar_list, GTK_LIST_BOX_ROW (page->row));
  adw_leaflet_set_visible_child (self->leaflet, self->content);

  /* Translators: the wizard's page N of M */
  position = g_strdup_printf (_("Page %u of %u"), index + 1, self->pages->len);
  gtk_label_set_label (self->position_label, position);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "wizard.previous", index > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "wizard.next", index + 1 < self->pages->len);

  store_page (self, page->key);
}

/**
 * steward_review_wizard_show_page:
 * @page: a page: "meeting", an agenda item's nick, "decisions", "summary"
 *
 * Returns: whether the meeting has that page
 */
gboolean
steward_review_wizard_show_page (StewardReviewWizard *self,
                                 const char          *page)
{
  int index;

  g_return_val_if_fail (STEWARD_IS_REVIEW_WIZARD (self), FALSE);

  index = find_page (self, page);
  if (index < 0)
    return FALSE;
  go_to (self, index);

  return TRUE;
}

const char *
steward_review_wizard_get_page (StewardReviewWizard *self)
{
  g_return_val_if_fail (STEWARD_IS_REVIEW_WIZARD (self), NULL);

  return self->current < self->pages->len ? page_at (self, self->current)->key : NULL;
}

/**
 * steward_review_wizard_get_page_widget:
 *
 * Returns: (transfer none) (nullable): the widget of @page
 */
GtkWidget *
steward_review_wizard_get_page_widget (StewardReviewWizard *self,
                                       const char          *page)
{
  int index;

  g_return_val_if_fail (STEWARD_IS_REVIEW_WIZARD (self), NULL);

  index = find_page (self, page);

  if (index < 0)
    return NULL;
  ensure_item_page (self, page_at (self, index));

  return page_at (self, index)->item_page != NULL ? GTK_WIDGET (page_at (self, index)->item_page)
                                                  : page_at (self, index)->widget;
}

static void
previous_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  StewardReviewWizard *self = STEWARD_REVIEW_WIZARD (widget);

  if (self->current > 0)
    go_to (self, self->current - 1);
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  StewardReviewWizard *self = STEWARD_REVIEW_WIZARD (widget);

  go_to (self, self->current + 1);
}

static void
on_row_activated_cb (GtkListBox          *list,
                     GtkListBoxRow       *row,
                     StewardReviewWizard *self)
{
  go_to (self, gtk_list_box_row_get_index (row));
}

static void
on_show_sidebar_cb (GtkButton           *button,
                    StewardReviewWizard *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
on_go_to_cb (StewardReviewSummaryPage *summary,
             const char               *page,
             StewardReviewWizard      *self)
{
  steward_review_wizard_show_page (self, page);
}

static void
start_correction_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  steward_review_summary_page_start_correction (STEWARD_REVIEW_WIZARD (widget)->summary);
}

/* The meeting page: chair, secretary and attendance */

static gint64
selected_person (StewardReviewWizard *self,
                 AdwComboRow         *row)
{
  guint selected = adw_combo_row_get_selected (row);

  return selected < self->person_ids->len ? g_array_index (self->person_ids, gint64, selected) : 0;
}

static void
on_officer_changed_cb (GObject             *object,
                       GParamSpec          *pspec,
                       StewardReviewWizard *self)
{
  g_autoptr(GError) error = NULL;

  if (self->loading || self->locked)
    return;

  /* Only the officer chosen is written, onto the meeting as stored now. */
  if (!reload_review (self, &error))
    {
      steward_show_message (GTK_WIDGET (self), error->message);
      return;
    }
  if (object == G_OBJECT (self->chair_row))
    g_object_set (self->review, "chair-id", selected_person (self, self->chair_row), NULL);
  else
    g_object_set (self->review, "secretary-id", selected_person (self, self->secretary_row), NULL);
  if (!steward_record_save (STEWARD_RECORD (self->review), self->db, &error))
    steward_show_message (GTK_WIDGET (self), error->message);
}

static guint
position_of_person (StewardReviewWizard *self,
                    gint64               id)
{
  for (guint i = 0; i < self->person_ids->len; i++)
    if (g_array_index (self->person_ids, gint64, i) == id)
      return i;

  return 0;
}

static GtkWidget *
build_meeting_page (StewardReviewWizard *self,
                    const GDate         *day)
{
  StewardCalendar calendar = g_settings_get_enum (self->settings, "calendar");
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GListModel) candidates = steward_review_list_candidates (self->db, day, NULL);
  g_autofree char *when = steward_date_time_format (steward_review_get_starts_at (self->review), calendar);
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *title = gtk_label_new (_("Meeting and Attendance"));
  GtkWidget *group = adw_preferences_group_new ();
  struct { const char *title; const char *value; } facts[] = {
    { N_("Title"), steward_review_get_title (self->review) },
    { N_("Kind"), steward_review_kind_to_string (steward_review_get_kind (self->review)) },
    { N_("Date and Time"), when },
    { N_("Place"), steward_review_get_place (self->review) },
  };

  gtk_string_list_append (names, _("Not chosen"));
  g_array_append_val (self->person_ids, (gint64) { 0 });
  for (guint i = 0; candidates != NULL && i < g_list_model_get_n_items (candidates); i++)
    {
      g_autoptr(StewardRosterEntry) entry = g_list_model_get_item (candidates, i);
      gint64 id = steward_roster_entry_get_person_id (entry);

      if (position_of_person (self, id) != 0)
        continue;
      g_array_append_val (self->person_ids, id);
      gtk_string_list_append (names, steward_roster_entry_get_field (entry, STEWARD_ROSTER_FIELD_NAME));
    }

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "title-2");
  gtk_box_append (GTK_BOX (box), title);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Meeting"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("The title, date and place are changed in the meeting’s form."));
  for (guint i = 0; i < G_N_ELEMENTS (facts); i++)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(facts[i].title));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), facts[i].value != NULL ? facts[i].value : "—");
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }

  self->chair_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->chair_row), _("Chair"));
  adw_combo_row_set_model (self->chair_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->chair_row, position_of_person (self, steward_review_get_chair_id (self->review)));
  gtk_widget_set_name (GTK_WIDGET (self->chair_row), "chair_row");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->chair_row));

  self->secretary_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->secretary_row), _("Secretary"));
  adw_combo_row_set_model (self->secretary_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->secretary_row,
                              position_of_person (self, steward_review_get_secretary_id (self->review)));
  gtk_widget_set_name (GTK_WIDGET (self->secretary_row), "secretary_row");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->secretary_row));
  gtk_box_append (GTK_BOX (box), group);

  g_signal_connect (self->chair_row, "notify::selected", G_CALLBACK (on_officer_changed_cb), self);
  g_signal_connect (self->secretary_row, "notify::selected", G_CALLBACK (on_officer_changed_cb), self);

  self->attendee_list = STEWARD_ATTENDEE_LIST (steward_attendee_list_new ());
  steward_attendee_list_set_review (self->attendee_list, self->db, self->review);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->attendee_list));

  gtk_widget_set_margin_top (clamp, 18);
  gtk_widget_set_margin_bottom (clamp, 24);
  gtk_widget_set_margin_start (clamp, 18);
  gtk_widget_set_margin_end (clamp, 18);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 860);
  adw_clamp_set_tightening_threshold (ADW_CLAMP (clamp), 600);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);

  return scroller;
}

static void
add_page (StewardReviewWizard *self,
          const char          *key,
          const char          *number,
          const char          *title,
          GtkWidget           *widget)
{
  WizardPage page = { g_strdup (key), widget, NULL, NULL, NULL, 0, NULL };
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  GtkWidget *number_label = gtk_label_new (number);
  GtkWidget *title_label = gtk_label_new (title);

  gtk_label_set_width_chars (GTK_LABEL (number_label), 2);
  gtk_label_set_xalign (GTK_LABEL (number_label), 1);
  gtk_widget_set_valign (number_label, GTK_ALIGN_BASELINE);
  gtk_widget_add_css_class (number_label, "dim-label");
  gtk_widget_add_css_class (number_label, "numeric");
  gtk_label_set_xalign (GTK_LABEL (title_label), 0);
  gtk_label_set_wrap (GTK_LABEL (title_label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title_label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_hexpand (title_label, TRUE);
  gtk_widget_set_valign (title_label, GTK_ALIGN_BASELINE);
  page.state_icon = GTK_IMAGE (gtk_image_new ());
  gtk_widget_set_valign (GTK_WIDGET (page.state_icon), GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (box), number_label);
  gtk_box_append (GTK_BOX (box), title_label);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (page.state_icon));
  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);

  page.row = gtk_list_box_row_new ();
  gtk_widget_set_name (page.row, "sidebar_row");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (page.row), box);
  gtk_list_box_append (self->sidebar_list, page.row);
  gtk_stack_add_named (self->stack, widget, key);

  g_array_append_val (self->pages, page);
  set_row_state (page_at (self, self->pages->len - 1), STEWARD_PAGE_STATE_NONE);
}

static gboolean
collect_item_cb (StewardRecord *record,
                 gpointer       user_data)
{
  g_ptr_array_add (user_data, g_object_ref (record));

  return TRUE;
}

static void
build_pages (StewardReviewWizard *self)
{
  g_autoptr(StewardQuery) query = steward_query_new ();
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GDateTime) local = g_date_time_to_local (steward_review_get_starts_at (self->review));
  g_autoptr(GDate) day = g_date_new_dmy (g_date_time_get_day_of_month (local), g_date_time_get_month (local),
                                         g_date_time_get_year (local));
  g_autoptr(GError) error = NULL;
  guint n = 1;
  char number[16];

  add_page (self, STEWARD_REVIEW_PAGE_MEETING, "", _("Meeting and Attendance"), build_meeting_page (self, day));

  steward_query_where_int64 (query, "review_id", STEWARD_QUERY_EQUAL, review_id (self));
  steward_query_order_by (query, "position", FALSE);
  if (!steward_record_load_each (self->db, STEWARD_TYPE_REVIEW_ITEM, query, collect_item_cb, items, &error))
    steward_show_message (GTK_WIDGET (self), error->message);

  for (guint i = 0; i < items->len; i++)
    {
      StewardReviewItem *item = g_ptr_array_index (items, i);
      StewardAgendaItem agenda = steward_review_item_get_item (item);
      WizardPage *page;

      g_snprintf (number, sizeof number, "%u", n++);
      add_page (self, steward_agenda_item_get_nick (agenda), number, steward_agenda_item_to_string (agenda),
                adw_bin_new ());
      page = page_at (self, self->pages->len - 1);
      page->item = g_object_ref (item);
      page->position = i;
    }

  self->decisions = STEWARD_REVIEW_DECISIONS (steward_review_decisions_new ());
  steward_review_decisions_set_review (self->decisions, self->db, self->review, -1);
  add_page (self, STEWARD_REVIEW_PAGE_DECISIONS, "", _("Decisions"),
            steward_review_decisions_new_page (self->decisions));

  self->summary = STEWARD_REVIEW_SUMMARY_PAGE (steward_review_summary_page_new (self->db, self->review));
  g_signal_connect (self->summary, "go-to", G_CALLBACK (on_go_to_cb), self);
  add_page (self, STEWARD_REVIEW_PAGE_SUMMARY, "", _("Summary"), GTK_WIDGET (self->summary));
}

static gboolean
close_cb (gpointer user_data)
{
  g_autoptr(StewardReviewWizard) self = user_data;

  if (self->pages != NULL)
    gtk_window_close (GTK_WINDOW (self));

  return G_SOURCE_REMOVE;
}

static void
on_close_response_cb (AdwMessageDialog    *dialog,
                      const char          *response,
                      StewardReviewWizard *self)
{
  g_clear_weak_pointer (&self->close_dialog);
  if (!g_str_equal (response, "discard"))
    return;

  /* Once the dialog has gone, which its button does after this. */
  self->closing = TRUE;
  g_idle_add (close_cb, g_object_ref (self));
}

/* What could not be saved keeps the wizard open: the page that holds it is
 * shown with why, and the secretary chooses. */
static void
ask_close_without_saving (StewardReviewWizard *self)
{
  const char *message = NULL;

  for (guint i = 0; i < self->pages->len && message == NULL; i++)
    {
      WizardPage *page = page_at (self, i);

      if (page->item_page == NULL)
        continue;
      message = steward_review_item_page_get_save_error (page->item_page);
      if (message != NULL)
        go_to (self, i);
    }

  if (self->close_dialog != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->close_dialog));
      return;
    }

  self->close_dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                                   _("Not Everything Typed Is Saved"),
                                                                   message));
  adw_message_dialog_add_responses (self->close_dialog,
                                    "keep", _("_Keep Editing"),
                                    "discard", _("_Close Without Saving"),
                                    NULL);
  adw_message_dialog_set_response_appearance (self->close_dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (self->close_dialog, "keep");
  adw_message_dialog_set_close_response (self->close_dialog, "keep");
  g_object_add_weak_pointer (G_OBJECT (self->close_dialog), (gpointer *) &self->close_dialog);
  g_signal_connect_object (self->close_dialog, "response", G_CALLBACK (on_close_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (self->close_dialog));
}

static gboolean
steward_review_wizard_close_request (GtkWindow *window)
{
  StewardReviewWizard *self = STEWARD_REVIEW_WIZARD (window);

  if (self->review != NULL && !self->closing && !steward_review_wizard_flush (self))
    {
      ask_close_without_saving (self);
      return TRUE;
    }

  return GTK_WINDOW_CLASS (steward_review_wizard_parent_class)->close_request (window);
}

static void
steward_review_wizard_dispose (GObject *object)
{
  StewardReviewWizard *self = (StewardReviewWizard *)object;

  if (self->db != NULL)
    g_signal_handlers_disconnect_by_data (self->db, self);

  if (self->close_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->close_dialog));
  g_clear_weak_pointer (&self->close_dialog);
  gtk_widget_dispose_template (GTK_WIDGET (self), STEWARD_TYPE_REVIEW_WIZARD);

  g_clear_pointer (&self->pages, g_array_unref);
  g_clear_pointer (&self->person_ids, g_array_unref);
  g_clear_object (&self->settings);
  g_clear_object (&self->review);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (steward_review_wizard_parent_class)->dispose (object);
}

static void
steward_review_wizard_class_init (StewardReviewWizardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = steward_review_wizard_dispose;
  window_class->close_request = steward_review_wizard_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/steward-review-wizard.ui");
  gtk_widget_class_bind_template_child (widget_class, StewardReviewWizard, leaflet);
  gtk_widget_class_bind_template_child (widget_class, StewardReviewWizard, content);
  gtk_widget_class_bind_template_child (widget_class, StewardReviewWizard, sidebar_list);
  gtk_widget_class_bind_template_child (widget_class, StewardReviewWizard, window_title);
  gtk_widget_class_bind_template_child (widget_class, StewardReviewWizard, banner);
  gtk_widget_class_bind_template_child (widget_class, StewardReviewWizard, banner_label);
  gtk_widget_class_bind_template_child (widget_class, StewardReviewWizard, correction_button);
  gtk_widget_class_bind_template_child (widget_class, StewardReviewWizard, stack);
  gtk_widget_class_bind_template_child (widget_class, StewardReviewWizard, position_label);
  gtk_widget_class_bind_template_child (widget_class, StewardReviewWizard, back_button);
  gtk_widget_class_bind_template_child (widget_class, StewardReviewWizard, next_button);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_show_sidebar_cb);

  gtk_widget_class_install_action (widget_class, "wizard.previous", NULL, previous_action);
  gtk_widget_class_install_action (widget_class, "wizard.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "wizard.start-correction", NULL, start_correction_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

/* Page to page from anywhere, even from a text view, which would take
 * Ctrl+Page Up/Down for itself. */
static void
add_page_shortcuts (StewardReviewWizard *self)
{
  static const struct { guint key; GdkModifierType mods; const char *action; } keys[] = {
    { GDK_KEY_Left, GDK_ALT_MASK, "wizard.previous" },
    { GDK_KEY_Right, GDK_ALT_MASK, "wizard.next" },
    { GDK_KEY_Page_Up, GDK_CONTROL_MASK, "wizard.previous" },
    { GDK_KEY_Page_Down, GDK_CONTROL_MASK, "wizard.next" },
  };
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (keys[i].key, keys[i].mods),
                                                            gtk_named_action_new (keys[i].action)));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

static void
steward_review_wizard_init (StewardReviewWizard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  add_page_shortcuts (self);

  self->settings = g_settings_new (APP_ID);
  self->pages = g_array_new (FALSE, TRUE, sizeof (WizardPage));
  g_array_set_clear_func (self->pages, clear_page);
  self->person_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
}

/**
 * steward_review_wizard_new:
 * @parent: (nullable): the window it is opened from
 * @review_id: the meeting
 *
 * Opens the wizard of a meeting on the page it was left on.
 *
 * Returns: (transfer none): the wizard's window, not yet shown
 */
GtkWindow *
steward_review_wizard_new (GtkWindow       *parent,
                           StewardDatabase *db,
                           gint64           review_id)
{
  StewardReviewWizard *self = g_object_new (STEWARD_TYPE_REVIEW_WIZARD, NULL);
  g_autoptr(GError) error = NULL;
  int start;

  if (parent != NULL)
    gtk_window_set_transient_for (GTK_WINDOW (self), parent);
  self->db = g_object_ref (db);
  self->review = steward_record_load (db, STEWARD_TYPE_REVIEW, review_id, &error);
  if (self->review == NULL)
    {
      GtkWidget *status = adw_status_page_new ();

      adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), "dialog-error-symbolic");
      adw_status_page_set_title (ADW_STATUS_PAGE (status), _("The Meeting Cannot Be Opened"));
      adw_status_page_set_description (ADW_STATUS_PAGE (status), error->message);
      gtk_stack_add_named (self->stack, status, "error");
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "wizard.previous", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "wizard.next", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "wizard.start-correction", FALSE);
      return GTK_WINDOW (self);
    }

  self->loading = TRUE;
  build_pages (self);
  update_lock (self);
  update_states (self);
  start = find_page (self, steward_review_get_wizard_page (self->review));
  go_to (self, MAX (start, 0));
  self->loading = FALSE;

  g_signal_connect (db, "changed", G_CALLBACK (on_database_changed_cb), self);

  return GTK_WINDOW (self);
}
