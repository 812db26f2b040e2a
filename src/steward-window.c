/* steward-window.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "logic/steward-sample-data.h"
#include "logic/steward-template.h"
#include "steward-window.h"
#include "views/actions/steward-actions-page.h"
#include "views/committee/steward-bodies-page.h"
#include "views/committee/steward-chart-page.h"
#include "views/committee/steward-people-page.h"
#include "views/committee/steward-roster-page.h"
#include "steward-application-private.h"
#include "steward-backup-scheduler.h"
#include "views/backups/steward-backups-page.h"
#include "views/reviews/steward-review-wizard.h"
#include "views/reviews/steward-reviews-page.h"
#include "views/communications/steward-communications-page.h"
#include "views/communications/steward-meetings-page.h"
#include "views/contacts/steward-contacts-page.h"
#include "views/context/steward-issues-page.h"
#include "views/context/steward-parties-page.h"
#include "views/context/steward-register-reviews-page.h"
#include "views/findings/steward-audits-page.h"
#include "views/findings/steward-findings-page.h"
#include "views/findings/steward-risk-results-page.h"
#include "views/findings/steward-trends-page.h"
#include "views/handover/steward-handovers-page.h"
#include "views/projects/steward-projects-page.h"
#include "views/objectives/steward-measurement-table-page.h"
#include "views/objectives/steward-objectives-page.h"
#include "views/overview/steward-overview-page.h"
#include "views/steward-database-error-page.h"

struct _StewardWindow
{
  AdwApplicationWindow  parent_instance;

  StewardDatabase      *db;
  GSettings            *settings;
  GtkFileChooserNative *chooser;
  char                 *place;
  GPtrArray            *after_first_frame;   /* Deferred, run once painted */
  guint                 painted : 1;

  /* Template widgets */
  AdwToastOverlay          *toast_overlay;
  GtkStack                 *main_stack;
  AdwStatusPage            *welcome_page;
  StewardDatabaseErrorPage *error_page;
  AdwLeaflet               *leaflet;
  GtkWidget                *content;
  GtkListBox               *places_list;
  GtkStack                 *title_stack;
  AdwWindowTitle           *content_title;
  AdwWindowTitle           *sidebar_title;
  GtkStack                 *place_stack;
  GtkInfoBar               *info_bar;
  GtkLabel                 *info_label;
  GtkWidget                *info_button;
  StewardOverviewPage      *overview_page;

  StewardBackupScheduler   *backups;

  /* The places other than the Overview, by name: their title, their tabs
   * and their pages are made when the place is first shown, not at
   * start-up. Each is an AdwViewStack, with a switcher when it has
   * several pages. */
  GHashTable               *place_stacks;
  /* The pages of the places, by "place/page". */
  GHashTable               *pages;
};

G_DEFINE_FINAL_TYPE (StewardWindow, steward_window, ADW_TYPE_APPLICATION_WINDOW)

typedef struct
{
  const char *place;
  const char *name;
  const char *title;
  const char *icon_name;
  GType     (*get_type) (void);
} PageSpec;

/* In the order of their tabs. */
static const PageSpec page_specs[] = {
  { "committee", "chart", N_("Chart"), "view-grid-symbolic", steward_chart_page_get_type },
  { "committee", "people", N_("People"), "avatar-default-symbolic", steward_people_page_get_type },
  { "committee", "bodies", N_("Bodies and Duties"), "view-list-symbolic", steward_bodies_page_get_type },
  { "committee", "roster", N_("Roster"), "x-office-address-book-symbolic", steward_roster_page_get_type },
  { "reviews", "reviews", N_("Reviews"), "x-office-document-symbolic", steward_reviews_page_get_type },
  { "objectives", "tracker", N_("Tracker"), "emblem-default-symbolic", steward_objectives_page_get_type },
  { "objectives", "table", N_("Measurement Table"), "x-office-spreadsheet-symbolic", steward_measurement_table_page_get_type },
  { "context", "issues", N_("Issues"), "view-list-bullet-symbolic", steward_issues_page_get_type },
  { "context", "parties", N_("Interested Parties"), "system-users-symbolic", steward_parties_page_get_type },
  { "context", "reviews", N_("Yearly Review"), "emblem-ok-symbolic", steward_register_reviews_page_get_type },
  { "contacts", "contacts", N_("External Contacts"), "call-start-symbolic", steward_contacts_page_get_type },
  { "communications", "communications", N_("Communications"), "mail-send-symbolic", steward_communications_page_get_type },
  { "communications", "meetings", N_("Meetings"), "x-office-calendar-symbolic", steward_meetings_page_get_type },
  { "projects", "projects", N_("Projects"), "folder-documents-symbolic", steward_projects_page_get_type },
  { "handovers", "handovers", N_("Equipment Hand-over"), "network-server-symbolic", steward_handovers_page_get_type },
  { "findings", "findings", N_("Findings"), "dialog-warning-symbolic", steward_findings_page_get_type },
  { "findings", "audits", N_("Audits"), "edit-find-symbolic", steward_audits_page_get_type },
  { "findings", "risks", N_("Risk Results"), "security-medium-symbolic", steward_risk_results_page_get_type },
  { "findings", "trends", N_("Trends"), "x-office-presentation-symbolic", steward_trends_page_get_type },
  { "actions", "actions", N_("Actions"), "object-select-symbolic", steward_actions_page_get_type },
  { "backups", "backups", N_("Backups"), "document-save-symbolic", steward_backups_page_get_type },
};

typedef struct
{
  const char *name;
  const char *title;
} PlaceSpec;

/* The places of the sidebar, in its order. */
static const PlaceSpec place_specs[] = {
  { "overview", N_("Overview") },
  { "committee", N_("Committee") },
  { "reviews", N_("Reviews") },
  { "objectives", N_("Objectives") },
  { "context", N_("Context") },
  { "contacts", N_("External Contacts") },
  { "communications", N_("Communications") },
  { "projects", N_("Projects") },
  { "handovers", N_("Equipment Hand-over") },
  { "findings", N_("Findings") },
  { "actions", N_("Actions") },
  { "backups", N_("Backups") },
};

static const PlaceSpec *
find_place (const char *place)
{
  for (guint i = 0; i < G_N_ELEMENTS (place_specs); i++)
    if (g_strcmp0 (place_specs[i].name, place) == 0)
      return &place_specs[i];

  return NULL;
}

static guint
count_pages (const char *place)
{
  guint n = 0;

  for (guint i = 0; i < G_N_ELEMENTS (page_specs); i++)
    n += g_str_equal (page_specs[i].place, place);

  return n;
}

/* The stack of a place's pages, made with the place's title the first time:
 * a place of several pages switches them in the header bar, or at the foot
 * of the window when it is narrow. NULL for the Overview. */
static AdwViewStack *
get_place_stack (StewardWindow *self,
                 const char    *place)
{
  const PlaceSpec *spec = find_place (place);
  AdwViewStack *stack;
  GtkWidget *title;
  GtkWidget *child;

  if (spec == NULL || g_str_equal (place, "overview"))
    return NULL;

  stack = g_hash_table_lookup (self->place_stacks, place);
  if (stack != NULL)
    return stack;

  stack = ADW_VIEW_STACK (adw_view_stack_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (stack), TRUE);

  if (count_pages (place) > 1)
    {
      GtkWidget *bar = adw_view_switcher_bar_new ();

      title = adw_view_switcher_title_new ();
      adw_view_switcher_title_set_stack (ADW_VIEW_SWITCHER_TITLE (title), stack);
      adw_view_switcher_title_set_title (ADW_VIEW_SWITCHER_TITLE (title), _(spec->title));
      adw_view_switcher_bar_set_stack (ADW_VIEW_SWITCHER_BAR (bar), stack);
      g_object_bind_property (title, "title-visible", bar, "reveal", G_BINDING_SYNC_CREATE);

      child = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
      gtk_box_append (GTK_BOX (child), GTK_WIDGET (stack));
      gtk_box_append (GTK_BOX (child), bar);
    }
  else
    {
      title = adw_window_title_new (_(spec->title), NULL);
      child = GTK_WIDGET (stack);
    }

  gtk_stack_add_named (self->title_stack, title, place);
  gtk_stack_add_titled (self->place_stack, child, place, _(spec->title));
  g_hash_table_insert (self->place_stacks, g_strdup (place), stack);

  return stack;
}

/* A page is given the database, and so loads its lists, when it is first
 * shown (or asked for by steward_window_get_page()): opening a place loads
 * the tab shown, not all of its tabs. */
#define PAGE_WANTED_KEY "steward-window-page-wanted"

static gboolean
shows_places (StewardWindow *self)
{
  return self->db != NULL && g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "places") == 0;
}

static void
load_page (StewardWindow *self,
           StewardPage   *page)
{
  g_object_set_data (G_OBJECT (page), PAGE_WANTED_KEY, GINT_TO_POINTER (TRUE));
  if (shows_places (self))
    steward_page_set_database (page, self->db);
}

static void
on_place_tab_changed_cb (AdwViewStack  *stack,
                         GParamSpec    *pspec,
                         StewardWindow *self)
{
  GtkWidget *page = adw_view_stack_get_visible_child (stack);

  if (STEWARD_IS_PAGE (page))
    load_page (self, STEWARD_PAGE (page));
}

/* @tab: (nullable): the tab to show first, instead of the first */
static void
ensure_place_pages (StewardWindow *self,
                    const char    *place,
                    const char    *tab)
{
  AdwViewStack *stack = get_place_stack (self, place);

  if (stack == NULL || adw_view_stack_get_visible_child (stack) != NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (page_specs); i++)
    {
      const PageSpec *spec = &page_specs[i];
      AdwViewStackPage *page;
      GtkWidget *widget;

      if (!g_str_equal (spec->place, place))
        continue;

      widget = g_object_new (spec->get_type (), NULL);
      page = adw_view_stack_add_titled (stack, widget, spec->name, _(spec->title));
      adw_view_stack_page_set_icon_name (page, spec->icon_name);
      g_hash_table_insert (self->pages, g_strconcat (place, "/", spec->name, NULL), widget);
    }

  if (tab != NULL && adw_view_stack_get_child_by_name (stack, tab) != NULL)
    adw_view_stack_set_visible_child_name (stack, tab);
  g_signal_connect_object (stack, "notify::visible-child", G_CALLBACK (on_place_tab_changed_cb), self, 0);
  on_place_tab_changed_cb (stack, NULL, self);
}

/**
 * steward_window_get_page:
 * @name: "overview", or a page of a place such as "committee/people"
 *
 * Returns: (transfer none): the page, made if it was not yet
 */
StewardPage *
steward_window_get_page (StewardWindow *self,
                         const char    *name)
{
  g_auto(GStrv) parts = NULL;
  StewardPage *page;

  g_return_val_if_fail (STEWARD_IS_WINDOW (self), NULL);

  if (g_str_equal (name, "overview"))
    return STEWARD_PAGE (self->overview_page);

  parts = g_strsplit (name, "/", 2);
  ensure_place_pages (self, parts[0], parts[1]);
  page = g_hash_table_lookup (self->pages, name);
  g_return_val_if_fail (page != NULL, NULL);
  load_page (self, page);

  return page;
}

StewardWindow *
steward_window_new (StewardApplication *application)
{
  return g_object_new (STEWARD_TYPE_WINDOW, "application", application, NULL);
}

StewardDatabase *
steward_window_get_database (StewardWindow *self)
{
  g_return_val_if_fail (STEWARD_IS_WINDOW (self), NULL);

  return self->db;
}

/**
 * steward_window_get_page_name:
 *
 * Returns: what the window shows: "error", "welcome" or "places"
 */
const char *
steward_window_get_page_name (StewardWindow *self)
{
  return gtk_stack_get_visible_child_name (self->main_stack);
}

/**
 * steward_window_show_place:
 * @place: a place of the sidebar: "overview", "committee", or
 *   "committee/people" for one of its pages
 */
void
steward_window_show_place (StewardWindow *self,
                           const char    *place)
{
  g_auto(GStrv) parts = g_strsplit (place, "/", 2);
  g_autofree char *tab = NULL;
  GtkStackPage *page;

  g_return_if_fail (STEWARD_IS_WINDOW (self));

  if (find_place (parts[0]) == NULL)
    {
      g_warning ("No place called %s", place);
      return;
    }

  if (parts[1] != NULL)
    tab = g_strndup (parts[1], strcspn (parts[1], "#"));
  ensure_place_pages (self, parts[0], tab);

  gtk_stack_set_visible_child_name (self->place_stack, parts[0]);
  gtk_stack_set_visible_child_name (self->title_stack, parts[0]);

  /* committee/bodies#12: a page of the place, and a record on it. */
  if (parts[1] != NULL && get_place_stack (self, parts[0]) != NULL)
    {
      g_auto(GStrv) page_and_record = g_strsplit (parts[1], "#", 2);
      g_autofree char *page_name = g_strconcat (parts[0], "/", page_and_record[0], NULL);
      StewardPage *page_widget = g_hash_table_lookup (self->pages, page_name);

      if (page_widget == NULL)
        g_warning ("No page called %s", page_name);
      else
        {
          adw_view_stack_set_visible_child (get_place_stack (self, parts[0]), GTK_WIDGET (page_widget));
          if (page_and_record[1] != NULL)
            steward_page_show_record (page_widget, g_ascii_strtoll (page_and_record[1], NULL, 10));
        }
    }

  page = gtk_stack_get_page (self->place_stack, gtk_stack_get_visible_child (self->place_stack));
  adw_window_title_set_title (self->content_title, gtk_stack_page_get_title (page));

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->places_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (g_strcmp0 (gtk_widget_get_name (row), parts[0]) == 0)
      gtk_list_box_select_row (self->places_list, GTK_LIST_BOX_ROW (row));

  g_free (self->place);
  self->place = g_strdup (parts[0]);

  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

static void
on_place_activated_cb (GtkListBox    *list,
                       GtkListBoxRow *row,
                       StewardWindow *self)
{
  steward_window_show_place (self, gtk_widget_get_name (GTK_WIDGET (row)));
}

static void
on_back_clicked_cb (GtkButton     *button,
                    StewardWindow *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
update_info_bar (StewardWindow *self)
{
  g_autofree char *sample = steward_sample_data_dup_size (self->db);

  if (steward_database_is_read_only (self->db))
    {
      gtk_info_bar_set_message_type (self->info_bar, GTK_MESSAGE_WARNING);
      gtk_label_set_label (self->info_label,
                           _("This database is open read-only: you can look, but changes cannot be saved."));
      gtk_widget_set_visible (self->info_button, FALSE);
      gtk_info_bar_set_revealed (self->info_bar, TRUE);
    }
  else if (steward_database_is_on_network (self->db) &&
           g_strcmp0 (steward_database_get_journal_mode (self->db), "delete") == 0)
    {
      gtk_info_bar_set_message_type (self->info_bar, GTK_MESSAGE_INFO);
      gtk_label_set_label (self->info_label,
                           _("This database is on a network drive, where the faster way of saving (a write-ahead log) is not safe. Steward saves with a rollback journal instead: saving is a little slower, and nothing is at risk."));
      gtk_widget_set_visible (self->info_button, FALSE);
      gtk_info_bar_set_revealed (self->info_bar, TRUE);
    }
  else if (sample != NULL)
    {
      gtk_info_bar_set_message_type (self->info_bar, GTK_MESSAGE_INFO);
      gtk_label_set_label (self->info_label,
                           _("You are exploring sample data. Your own database is kept apart and is not changed."));
      gtk_widget_set_visible (self->info_button, TRUE);
      gtk_info_bar_set_revealed (self->info_bar, TRUE);
    }
  else
    gtk_info_bar_set_revealed (self->info_bar, FALSE);
}

/* The pages show @db, or nothing while the window shows the welcome or
 * the error page: no page keeps lists over a database that was closed.
 * The tabs not shown yet get @db when they are (load_page()). */
static void
set_pages_database (StewardWindow   *self,
                    StewardDatabase *db)
{
  GHashTableIter iter;
  gpointer page;

  steward_page_set_database (STEWARD_PAGE (self->overview_page), db);
  g_hash_table_iter_init (&iter, self->pages);
  while (g_hash_table_iter_next (&iter, NULL, &page))
    if (db == NULL || g_object_get_data (G_OBJECT (page), PAGE_WANTED_KEY) != NULL)
      steward_page_set_database (STEWARD_PAGE (page), db);
}

static void
show_places (StewardWindow *self)
{
  set_pages_database (self, self->db);
  update_info_bar (self);

  gtk_stack_set_visible_child_name (self->main_stack, "places");
}

static void
apply_history_name (StewardWindow *self)
{
  g_autofree char *name = g_settings_get_string (self->settings, "history-name");

  if (self->db != NULL)
    steward_database_set_user_name (self->db, name);
}

static void
update_title (StewardWindow *self)
{
  g_autofree char *basename = NULL;

  if (self->db == NULL)
    {
      adw_window_title_set_subtitle (self->sidebar_title, NULL);
      return;
    }

  basename = g_path_get_basename (steward_database_get_path (self->db));
  adw_window_title_set_subtitle (self->sidebar_title, basename);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->sidebar_title), steward_database_get_path (self->db));
}

/* The review wizards opened from this window save what waits and close
 * before their database is: a wizard left open would type into a closed
 * one. */
static void
close_review_wizards (StewardWindow *self)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  g_autoptr(GPtrArray) wizards = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (STEWARD_IS_REVIEW_WIZARD (window) && gtk_window_get_transient_for (window) == GTK_WINDOW (self))
        g_ptr_array_add (wizards, g_object_ref (window));
    }

  for (guint i = 0; i < wizards->len; i++)
    {
      StewardReviewWizard *wizard = g_ptr_array_index (wizards, i);

      if (!steward_review_wizard_flush (wizard))
        g_warning ("A review wizard could not save everything before its database was closed");
      gtk_window_destroy (GTK_WINDOW (wizard));
    }
}

/**
 * steward_window_close_database:
 *
 * Closes the database shown, if any: its review wizards save what waits
 * and close first, and no page keeps a list over it.
 */
void
steward_window_close_database (StewardWindow *self)
{
  g_return_if_fail (STEWARD_IS_WINDOW (self));

  if (self->db == NULL)
    return;

  close_review_wizards (self);
  set_pages_database (self, NULL);
  steward_backup_scheduler_set_database (self->backups, NULL);
  steward_database_close (self->db);
  g_clear_object (&self->db);
}

/* The daily backup of the user's own database; not of one opened
 * read-only, nor of the sample, which is made again at will. */
static void
schedule_backups (StewardWindow *self)
{
  g_autofree char *sample = self->db != NULL ? steward_sample_data_dup_size (self->db) : NULL;
  gboolean wanted = self->db != NULL && !steward_database_is_read_only (self->db) && sample == NULL;

  steward_backup_scheduler_set_database (self->backups, wanted ? self->db : NULL);
}

static void
on_backup_made_cb (StewardBackupScheduler *scheduler,
                   const char             *path,
                   StewardWindow          *self)
{
  StewardPage *page = g_hash_table_lookup (self->pages, "backups/backups");

  if (page != NULL)
    steward_backups_page_refresh (STEWARD_BACKUPS_PAGE (page));
}

static void
on_backup_failed_cb (StewardBackupScheduler *scheduler,
                     const char             *message,
                     StewardWindow          *self)
{
  /* TRANSLATORS: %s says why */
  g_autofree char *title = g_strdup_printf (_("Today’s backup could not be made: %s"), message);
  g_autofree char *escaped = g_markup_escape_text (title, -1);
  AdwToast *toast = adw_toast_new (escaped);

  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/**
 * steward_window_show_toast:
 * @text: a message for the user, plain text (not markup)
 */
void
steward_window_show_toast (StewardWindow *self,
                           const char    *text)
{
  g_autofree char *escaped = NULL;

  g_return_if_fail (STEWARD_IS_WINDOW (self));

  /* A toast's title is markup: a file name with an ampersand would make
   * it invalid, and the message would not show. */
  escaped = g_markup_escape_text (text, -1);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

/**
 * steward_window_set_database:
 *
 * Shows @db: the places, or the welcome page when it holds nothing yet.
 */
void
steward_window_set_database (StewardWindow   *self,
                             StewardDatabase *db)
{
  g_return_if_fail (STEWARD_IS_WINDOW (self));
  g_return_if_fail (STEWARD_IS_DATABASE (db));

  if (self->db != NULL && self->db != db)
    steward_window_close_database (self);
  g_set_object (&self->db, db);
  apply_history_name (self);
  update_title (self);
  schedule_backups (self);

  if (steward_database_is_empty (db) && !steward_database_is_read_only (db))
    {
      set_pages_database (self, NULL);
      /* Set when shown, as the error page's: see there. */
      adw_status_page_set_icon_name (self->welcome_page, APP_ID);
      gtk_stack_set_visible_child_name (self->main_stack, "welcome");
    }
  else
    show_places (self);
}

/**
 * steward_window_show_error:
 *
 * Shows why @path could not be opened, with what can be done about it.
 */
void
steward_window_show_error (StewardWindow *self,
                           const char    *path,
                           const GError  *error)
{
  g_return_if_fail (STEWARD_IS_WINDOW (self));

  steward_window_close_database (self);
  set_pages_database (self, NULL);
  update_title (self);

  steward_database_error_page_set_error (self->error_page, path, error);
  gtk_stack_set_visible_child_name (self->main_stack, "error");
}

static StewardApplication *
get_application (StewardWindow *self)
{
  return STEWARD_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
}

static void
on_chooser_response_cb (GtkNativeDialog *chooser,
                        int              response,
                        StewardWindow   *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (file);

      if (path != NULL)
        steward_application_open_database (get_application (self), path, STEWARD_DATABASE_OPEN_DEFAULT);
    }

  g_clear_object (&self->chooser);
}

/* The shortcuts window is made when first asked for. GtkApplication would
 * build it from gtk/help-overlay.ui with every window, 3 ms of each
 * start-up; the file is under another name so that it does not. */
static void
show_help_overlay_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *param)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (widget);
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (window);

  if (overlay == NULL)
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_PATH "/ui/steward-help-overlay.ui");

      overlay = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      /* The window takes it: modal, hidden on close, destroyed with it. */
      gtk_application_window_set_help_overlay (window, overlay);
    }

  gtk_window_present (GTK_WINDOW (overlay));
}

static void
open_database_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  StewardWindow *self = STEWARD_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  if (self->chooser != NULL)
    {
      gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
      return;
    }

  self->chooser = gtk_file_chooser_native_new (_("Open Database"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Steward databases"));
  gtk_file_filter_add_pattern (filter, "*.db");
  gtk_file_filter_add_mime_type (filter, "application/vnd.sqlite3");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), all);

  g_signal_connect (self->chooser, "response", G_CALLBACK (on_chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
set_up_template_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  StewardWindow *self = STEWARD_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (!steward_template_apply (self->db, &error))
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }

  show_places (self);
  steward_window_show_place (self, "committee/bodies");
}

static void
explore_sample_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  steward_application_open_sample (get_application (STEWARD_WINDOW (widget)));
}

static void
leave_sample_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  StewardApplication *app = get_application (STEWARD_WINDOW (widget));

  steward_application_open_database (app, steward_application_get_main_path (app),
                                     STEWARD_DATABASE_OPEN_DEFAULT);
}

static void
restore_backup_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  steward_application_restore_backup (get_application (STEWARD_WINDOW (widget)), STEWARD_WINDOW (widget),
                                      g_variant_get_string (param, NULL));
}

static void
show_place_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  steward_window_show_place (STEWARD_WINDOW (widget), g_variant_get_string (param, NULL));
}

typedef struct
{
  StewardWindowFunc func;
  gpointer          user_data;
  GDestroyNotify    destroy;
} Deferred;

static void
deferred_free (gpointer data)
{
  Deferred *deferred = data;

  if (deferred->destroy != NULL)
    deferred->destroy (deferred->user_data);
  g_free (deferred);
}

/**
 * steward_window_after_first_frame:
 * @func: what to do once the window has been painted
 *
 * Work that can wait, such as checking the whole database, waits for the
 * first frame, so that start-up is not slowed by it. Once the window has
 * been painted, @func runs at once.
 */
void
steward_window_after_first_frame (StewardWindow     *self,
                                  StewardWindowFunc  func,
                                  gpointer           user_data,
                                  GDestroyNotify     destroy)
{
  Deferred *deferred;

  g_return_if_fail (STEWARD_IS_WINDOW (self));

  if (self->painted)
    {
      func (self, user_data);
      if (destroy != NULL)
        destroy (user_data);
      return;
    }

  deferred = g_new0 (Deferred, 1);
  deferred->func = func;
  deferred->user_data = user_data;
  deferred->destroy = destroy;
  g_ptr_array_add (self->after_first_frame, deferred);
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   StewardWindow *self)
{
  g_autoptr(GPtrArray) deferred = g_steal_pointer (&self->after_first_frame);

  g_signal_handlers_disconnect_by_func (clock, on_after_paint_cb, self);
  self->painted = TRUE;
  self->after_first_frame = g_ptr_array_new_with_free_func (deferred_free);

  /* The start-up benchmark: report the first frame, then leave. */
  if (g_getenv ("STEWARD_BENCHMARK_FIRST_FRAME") != NULL)
    {
      g_print ("first-frame-realtime-us %" G_GINT64_FORMAT "\n", g_get_real_time ());
      g_application_quit (G_APPLICATION (get_application (self)));
      return;
    }

  for (guint i = 0; i < deferred->len; i++)
    {
      Deferred *item = g_ptr_array_index (deferred, i);

      item->func (self, item->user_data);
    }
}

static void
steward_window_map (GtkWidget *widget)
{
  StewardWindow *self = STEWARD_WINDOW (widget);

  GTK_WIDGET_CLASS (steward_window_parent_class)->map (widget);

  if (!self->painted)
    g_signal_connect (gtk_widget_get_frame_clock (widget), "after-paint",
                      G_CALLBACK (on_after_paint_cb), widget);
}

static gboolean
steward_window_close_request (GtkWindow *window)
{
  StewardWindow *self = STEWARD_WINDOW (window);
  int width, height;

  gtk_window_get_default_size (window, &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
  if (self->place != NULL)
    g_settings_set_string (self->settings, "last-place", self->place);

  return GTK_WINDOW_CLASS (steward_window_parent_class)->close_request (window);
}

static void
steward_window_dispose (GObject *object)
{
  StewardWindow *self = (StewardWindow *)object;

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  if (self->backups != NULL)
    steward_backup_scheduler_set_database (self->backups, NULL);
  g_clear_object (&self->backups);

  /* The view stacks own the pages. */
  g_clear_pointer (&self->pages, g_hash_table_unref);
  g_clear_pointer (&self->place_stacks, g_hash_table_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), STEWARD_TYPE_WINDOW);

  G_OBJECT_CLASS (steward_window_parent_class)->dispose (object);
}

static void
steward_window_finalize (GObject *object)
{
  StewardWindow *self = (StewardWindow *)object;

  g_clear_object (&self->db);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->place, g_free);
  g_clear_pointer (&self->after_first_frame, g_ptr_array_unref);

  G_OBJECT_CLASS (steward_window_parent_class)->finalize (object);
}

static void
steward_window_class_init (StewardWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = steward_window_dispose;
  object_class->finalize = steward_window_finalize;
  widget_class->map = steward_window_map;
  window_class->close_request = steward_window_close_request;

  g_type_ensure (STEWARD_TYPE_DATABASE_ERROR_PAGE);
  g_type_ensure (STEWARD_TYPE_OVERVIEW_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/steward-window.ui");
  gtk_widget_class_bind_template_child (widget_class, StewardWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, StewardWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, StewardWindow, welcome_page);
  gtk_widget_class_bind_template_child (widget_class, StewardWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, StewardWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, StewardWindow, content);
  gtk_widget_class_bind_template_child (widget_class, StewardWindow, places_list);
  gtk_widget_class_bind_template_child (widget_class, StewardWindow, title_stack);
  gtk_widget_class_bind_template_child (widget_class, StewardWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, StewardWindow, sidebar_title);
  gtk_widget_class_bind_template_child (widget_class, StewardWindow, place_stack);
  gtk_widget_class_bind_template_child (widget_class, StewardWindow, info_bar);
  gtk_widget_class_bind_template_child (widget_class, StewardWindow, info_label);
  gtk_widget_class_bind_template_child (widget_class, StewardWindow, info_button);
  gtk_widget_class_bind_template_child (widget_class, StewardWindow, overview_page);
  gtk_widget_class_bind_template_callback (widget_class, on_place_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked_cb);

  gtk_widget_class_install_action (widget_class, "win.open-database", NULL, open_database_action);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL, show_help_overlay_action);
  gtk_widget_class_install_action (widget_class, "win.set-up-template", NULL, set_up_template_action);
  gtk_widget_class_install_action (widget_class, "win.explore-sample", NULL, explore_sample_action);
  gtk_widget_class_install_action (widget_class, "win.leave-sample", NULL, leave_sample_action);
  gtk_widget_class_install_action (widget_class, "win.show-place", "s", show_place_action);
  gtk_widget_class_install_action (widget_class, "win.restore-backup", "s", restore_backup_action);
}

static void
on_history_name_changed_cb (GSettings     *settings,
                            const char    *key,
                            StewardWindow *self)
{
  apply_history_name (self);
}

static void
steward_window_init (StewardWindow *self)
{
  g_autofree char *place = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->pages = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->place_stacks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->after_first_frame = g_ptr_array_new_with_free_func (deferred_free);
  self->settings = g_settings_new (APP_ID);
  self->backups = steward_backup_scheduler_new ();
  g_signal_connect_object (self->backups, "made", G_CALLBACK (on_backup_made_cb), self, 0);
  g_signal_connect_object (self->backups, "failed", G_CALLBACK (on_backup_failed_cb), self, 0);
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  g_signal_connect_object (self->settings, "changed::history-name",
                           G_CALLBACK (on_history_name_changed_cb), self, 0);

  place = g_settings_get_string (self->settings, "last-place");
  steward_window_show_place (self, find_place (place) != NULL ? place : "overview");
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}
