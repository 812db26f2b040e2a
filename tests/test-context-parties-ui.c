/* test-context-parties-ui.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The external contacts list and the interested parties, in real windows
 * on a temporary database: forms typed into as a user would and saved
 * through their editor.save action, refused with the reason beside the
 * field and the typing kept; the lists searched, filtered, sorted; the
 * "Due" badges; deleting with undo. Screenshots go to the build folder
 * (STEWARD_TEST_OUTPUT) to look at. In English by default; with
 * LANGUAGE=zh_TW in Traditional Chinese. Runs under xvfb-run; no display
 * is a failure. */

#include "config.h"

#include <locale.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "logic/steward-date.h"
#include "model/steward-contact.h"
#include "model/steward-party.h"
#include "model/steward-party-feedback.h"
#include "model/steward-party-requirement.h"
#include "steward-test-util.h"
#include "views/contacts/steward-contact-editor.h"
#include "views/contacts/steward-contacts-page.h"

static const char *language;

typedef struct
{
  StewardTestDb *t;
  GtkWindow     *window;
  StewardPage   *page;
} Fixture;

static void
iterate (guint msec)
{
  gint64 until = g_get_monotonic_time () + msec * 1000;

  while (g_get_monotonic_time () < until)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (5000);
    }
}

static void
save_png (GtkWidget  *widget,
          const char *name)
{
  g_autofree char *file = g_strdup_printf ("context-%s-%s.png", name, language);
  g_autoptr(GdkTexture) texture = steward_test_render_png (widget, file);
}

static GtkWidget *
find_clamp (GtkWidget *widget)
{
  if (ADW_IS_CLAMP (widget))
    return widget;

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_clamp (c);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* A form whole, scrolled or not, on the window's background, to look at
 * its layout. */
static void
save_form_png (GtkWidget  *editor,
               const char *name)
{
  g_autofree char *path = g_strdup_printf ("%s/context-%s-%s.png", g_getenv ("STEWARD_TEST_OUTPUT") ?: ".", name, language);
  GtkWidget *form = find_clamp (editor);
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  int width, height;

  g_assert_nonnull (form);
  gtk_test_widget_wait_for_draw (editor);
  width = gtk_widget_get_width (form);
  height = gtk_widget_get_height (form);
  g_assert_cmpint (width, >, 0);
  g_assert_cmpint (height, >, 0);

  paintable = gtk_widget_paintable_new (form);
  gtk_snapshot_append_color (snapshot, &(GdkRGBA) { 0.98, 0.98, 0.98, 1 },
                             &GRAPHENE_RECT_INIT (0, 0, width, height));
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (form)),
                                         node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("Screenshot: %s", path);
}

static void
save_record (Fixture  *f,
             gpointer  record)
{
  g_autoptr(GError) error = NULL;

  steward_record_save (STEWARD_RECORD (record), f->t->db, &error);
  g_assert_no_error (error);
}

static gint64
id_of (gpointer record)
{
  return steward_record_get_id (STEWARD_RECORD (record));
}

static gint64
count (Fixture    *f,
       const char *table)
{
  return steward_test_count_rows (f->t->db, table);
}

static GDate *
days_ago (int days)
{
  GDate *date = steward_date_new_today ();

  g_date_subtract_days (date, days);

  return date;
}

/* The page in a window of its own, with the overlay its toasts go to. */
static void
show_page (Fixture   *f,
           GtkWidget *page)
{
  GtkWidget *overlay = adw_toast_overlay_new ();

  f->page = STEWARD_PAGE (page);
  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 1280, 640);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), page);
  gtk_window_set_child (f->window, overlay);
  steward_page_set_database (f->page, f->t->db);
  gtk_window_present (f->window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  iterate (50);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->t = steward_test_db_new ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  GList *toplevels = gtk_window_list_toplevels ();

  /* Editors left open by a test go with its window. */
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (l->data != f->window)
      gtk_window_destroy (l->data);
  g_list_free (toplevels);

  if (f->window != NULL)
    gtk_window_destroy (f->window);
  iterate (20);
  g_clear_pointer (&f->t, steward_test_db_free);
}

/* Reaching into the forms and pages as a user would */

static gpointer
child (gpointer    widget,
       const char *name)
{
  GObject *found = gtk_widget_get_template_child (GTK_WIDGET (widget), G_OBJECT_TYPE (widget), name);

  g_assert_nonnull (found);

  return found;
}

static void
type_into (gpointer    editor,
           const char *row,
           const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (child (editor, row)), text);
}

static const char *
text_of (gpointer    editor,
         const char *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (child (editor, row)));
}

static gboolean
shown (gpointer    widget,
       const char *name)
{
  return gtk_widget_get_visible (GTK_WIDGET (child (widget, name)));
}

/* The message under a field; the field is in error colours while it shows. */
static const char *
error_of (gpointer    editor,
          const char *field)
{
  g_autofree char *row = g_strdup_printf ("%s_row", field);
  g_autofree char *error_row = g_strdup_printf ("%s_error_row", field);
  g_autofree char *error = g_strdup_printf ("%s_error", field);

  if (!shown (editor, error_row))
    return NULL;

  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (child (editor, row)), "error"));

  return gtk_label_get_label (GTK_LABEL (child (editor, error)));
}

static void
activate (gpointer    widget,
          const char *action,
          GVariant   *param)
{
  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (widget), action, param));
  iterate (30);
}

/* The one visible window of @type: an editor a page opened. */
static gpointer
find_window (GType type)
{
  GList *toplevels = gtk_window_list_toplevels ();
  gpointer found = NULL;

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type) && gtk_widget_get_visible (l->data))
      {
        g_assert_null (found);
        found = l->data;
      }
  g_list_free (toplevels);

  return found;
}

static gpointer
open_editor (gpointer    page,
             const char *action,
             GType       type)
{
  gpointer editor;

  activate (page, action, NULL);
  editor = find_window (type);
  g_assert_nonnull (editor);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (editor));

  return editor;
}

/* The labels with @text that are on screen under @widget. */
static guint
count_labels (GtkWidget  *widget,
              const char *text)
{
  guint n = 0;

  if (!gtk_widget_get_mapped (widget))
    return 0;

  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0)
    n++;

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    n += count_labels (c, text);

  return n;
}

static gpointer
visible_item (GListModel *model,
              guint       position)
{
  gpointer item = g_list_model_get_item (model, position);

  g_assert_nonnull (item);
  g_object_unref (item);

  return item;
}

/* Contacts */

static StewardContact *
add_contact (Fixture               *f,
             const char            *organization,
             const char            *person,
             const char            *phone,
             const char            *email,
             StewardContactPurpose  purpose,
             const GDate           *verified_on)
{
  StewardContact *contact = g_object_new (STEWARD_TYPE_CONTACT,
                                          "organization", organization,
                                          "person", person,
                                          "phone", phone,
                                          "email", email,
                                          "purpose", purpose,
                                          "verified-on", verified_on,
                                          NULL);

  save_record (f, contact);

  return contact;
}

static StewardContactsPage *
show_contacts (Fixture *f)
{
  show_page (f, g_object_new (STEWARD_TYPE_CONTACTS_PAGE, NULL));

  return STEWARD_CONTACTS_PAGE (f->page);
}

static void
test_contact_add (Fixture       *f,
                  gconstpointer  data)
{
  StewardContactsPage *page = show_contacts (f);
  GListModel *visible = steward_contacts_page_get_visible_model (page);
  g_autoptr(GPtrArray) stored = NULL;
  g_autoptr(GDate) today = steward_date_new_today ();
  StewardContactEditor *editor;
  StewardContact *contact;
  const char *phone_problem = _("This does not look like a phone number: use digits, with spaces, “-”, “+”, parentheses or an extension such as “#123”.");
  const char *email_problem = _("This does not look like an e-mail address, such as soc@example.gov.tw.");

  /* The empty list says what it is for, and offers to add. */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (page, "stack")), ==, "empty");
  save_png (GTK_WIDGET (f->window), "contacts-empty");

  editor = open_editor (page, "contacts.add", STEWARD_TYPE_CONTACT_EDITOR);
  g_object_ref (editor);
  g_assert_false (shown (editor, "delete_button"));

  /* A phone number that is none: said beside the phone, nothing stored,
   * everything typed kept. */
  type_into (editor, "organization_row", "行政院國家資通安全會報技術服務中心");
  type_into (editor, "unit_row", "資安事件通報窗口");
  type_into (editor, "person_row", "值班人員");
  type_into (editor, "role_row", "24 小時值班");
  type_into (editor, "phone_row", "call me");
  type_into (editor, "email_row", "soc@nccst.nat.gov.tw");
  adw_combo_row_set_selected (child (editor, "purpose_row"), STEWARD_CONTACT_CERT);
  activate (editor, "editor.save", NULL);
  g_assert_cmpstr (error_of (editor, "phone"), ==, phone_problem);
  g_assert_null (error_of (editor, "email"));
  g_assert_null (error_of (editor, "organization"));
  g_assert_cmpstr (text_of (editor, "phone_row"), ==, "call me");
  g_assert_cmpstr (text_of (editor, "organization_row"), ==, "行政院國家資通安全會報技術服務中心");
  g_assert_cmpint (count (f, "contact"), ==, 0);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
  save_png (GTK_WIDGET (editor), "contact-editor-bad-phone");

  /* Typing into the phone clears its message; an e-mail address that is
   * none is refused the same way. */
  type_into (editor, "phone_row", "02-2739-1000 #1234");
  g_assert_null (error_of (editor, "phone"));
  type_into (editor, "email_row", "soc at example");
  activate (editor, "editor.save", NULL);
  g_assert_cmpstr (error_of (editor, "email"), ==, email_problem);
  g_assert_null (error_of (editor, "phone"));
  g_assert_cmpstr (text_of (editor, "email_row"), ==, "soc at example");
  g_assert_cmpstr (text_of (editor, "phone_row"), ==, "02-2739-1000 #1234");
  g_assert_cmpint (count (f, "contact"), ==, 0);
  save_png (GTK_WIDGET (editor), "contact-editor-bad-email");
  save_form_png (GTK_WIDGET (editor), "contact-editor-form");

  /* A date that is none is refused too. */
  type_into (editor, "email_row", "soc@nccst.nat.gov.tw");
  type_into (editor, "verified_on_row", "last spring");
  activate (editor, "editor.save", NULL);
  g_assert_cmpstr (error_of (editor, "verified_on"), ==, _("This is not a date: write it as 2026-11-24 or 115-11-24."));
  g_assert_null (error_of (editor, "email"));
  g_assert_cmpint (count (f, "contact"), ==, 0);

  /* "Today" fills the date, and the contact is saved. */
  g_signal_emit_by_name (child (editor, "today_button"), "clicked");
  g_assert_null (error_of (editor, "verified_on"));
  activate (editor, "editor.save", NULL);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (editor)));
  g_assert_cmpint (count (f, "contact"), ==, 1);

  stored = steward_test_load_all (f->t->db, STEWARD_TYPE_CONTACT, NULL);
  contact = g_ptr_array_index (stored, 0);
  g_assert_cmpstr (steward_contact_get_phone (contact), ==, "02-2739-1000 #1234");
  g_assert_cmpstr (steward_contact_get_email (contact), ==, "soc@nccst.nat.gov.tw");
  g_assert_cmpint (steward_contact_get_purpose (contact), ==, STEWARD_CONTACT_CERT);
  g_assert_nonnull (steward_contact_get_verified_on (contact));
  g_assert_cmpint (g_date_compare (steward_contact_get_verified_on (contact), today), ==, 0);
  g_object_unref (editor);

  /* It appears in the list, not due. */
  iterate (50);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (page, "stack")), ==, "list");
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 1);
  g_assert_cmpint (id_of (visible_item (visible, 0)), ==, id_of (contact));
  g_assert_cmpuint (steward_contacts_page_get_n_due (page), ==, 0);
  g_assert_false (shown (page, "summary_bar"));
}

/* Three contacts: one verified two years ago, one last month, one never. */
static void
add_three_contacts (Fixture         *f,
                    StewardContact **old,
                    StewardContact **recent,
                    StewardContact **never)
{
  g_autoptr(GDate) two_years_ago = days_ago (2 * 365 + 1);
  g_autoptr(GDate) last_month = days_ago (30);

  *old = add_contact (f, "臺北市政府警察局資訊室", "李警官", "02-2394-8888", NULL,
                      STEWARD_CONTACT_LAW_ENFORCEMENT, two_years_ago);
  *recent = add_contact (f, "台灣電力公司", "供電調度", "02-2366-1911", NULL,
                         STEWARD_CONTACT_UTILITIES, last_month);
  *never = add_contact (f, "教育部資訊及科技教育司", "張科長", NULL, "it@mail.moe.gov.tw",
                        STEWARD_CONTACT_SUPERIOR_AGENCY, NULL);
}

static guint
count_due_badges (StewardContactsPage *page)
{
  return count_labels (GTK_WIDGET (child (page, "column_view")), _("Due"));
}

static void
select_item (GListModel *visible,
             gpointer    record)
{
  for (guint i = 0; i < g_list_model_get_n_items (visible); i++)
    if (visible_item (visible, i) == record ||
        id_of (visible_item (visible, i)) == id_of (record))
      {
        gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (visible), i);
        return;
      }

  g_assert_not_reached ();
}

static void
test_contact_due (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(StewardContact) old = NULL;
  g_autoptr(StewardContact) recent = NULL;
  g_autoptr(StewardContact) never = NULL;
  g_autoptr(GDate) today = steward_date_new_today ();
  g_autoptr(StewardContact) stored = NULL;
  g_autofree char *summary = NULL;
  StewardContactsPage *page;
  GListModel *visible;

  add_three_contacts (f, &old, &recent, &never);
  page = show_contacts (f);
  visible = steward_contacts_page_get_visible_model (page);

  /* The one verified two years ago and the one never verified are due:
   * the summary says how many, and each row has its badge. */
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 3);
  g_assert_cmpuint (steward_contacts_page_get_n_due (page), ==, 2);
  g_assert_true (shown (page, "summary_bar"));
  summary = g_strdup_printf (ngettext ("%u contact not verified for over a year",
                                       "%u contacts not verified for over a year", 2), 2);
  g_assert_cmpstr (gtk_label_get_label (child (page, "summary_label")), ==, summary);
  g_assert_cmpuint (count_due_badges (page), ==, 2);
  g_assert_cmpuint (count_labels (GTK_WIDGET (child (page, "column_view")), _("Never")), ==, 1);
  save_png (GTK_WIDGET (f->window), "contacts-due");

  /* Without a selection there is nothing to mark. */
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (visible), GTK_INVALID_LIST_POSITION);
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (child (page, "mark_verified_button"))));

  /* Mark Verified Today: stored, and the badge goes. */
  select_item (visible, old);
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (child (page, "mark_verified_button"))));
  activate (page, "contacts.mark-verified", NULL);
  stored = steward_record_load (f->t->db, STEWARD_TYPE_CONTACT, id_of (old), NULL);
  g_assert_nonnull (steward_contact_get_verified_on (stored));
  g_assert_cmpint (g_date_compare (steward_contact_get_verified_on (stored), today), ==, 0);
  g_assert_cmpuint (steward_contacts_page_get_n_due (page), ==, 1);
  g_assert_cmpuint (count_due_badges (page), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 3);

  /* "Due for verification" shows the one left. */
  steward_contacts_page_set_due_only (page, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 1);
  g_assert_cmpint (id_of (visible_item (visible, 0)), ==, id_of (never));
  steward_contacts_page_set_due_only (page, FALSE);
  save_png (GTK_WIDGET (f->window), "contacts-verified");

  /* Verifying the last one hides the summary, and the filter follows a
   * change made elsewhere. */
  steward_contacts_page_set_due_only (page, TRUE);
  g_object_set (never, "verified-on", today, NULL);
  save_record (f, never);
  iterate (30);
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (page, "stack")), ==, "no-match");
  g_assert_false (shown (page, "summary_bar"));
}

static void
test_contact_search (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(StewardContact) old = NULL;
  g_autoptr(StewardContact) recent = NULL;
  g_autoptr(StewardContact) never = NULL;
  StewardContactsPage *page;
  GListModel *visible;
  GtkColumnView *view;
  GListModel *columns;

  add_three_contacts (f, &old, &recent, &never);
  page = show_contacts (f);
  visible = steward_contacts_page_get_visible_model (page);

  /* Sorted by organization at first. */
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 3);

  /* Search as you type: over the person, the phone, the e-mail... */
  steward_contacts_page_set_search (page, "李警官");
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 1);
  g_assert_cmpint (id_of (visible_item (visible, 0)), ==, id_of (old));
  steward_contacts_page_set_search (page, "1911");
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 1);
  g_assert_cmpint (id_of (visible_item (visible, 0)), ==, id_of (recent));
  steward_contacts_page_set_search (page, "MOE.GOV");
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 1);
  g_assert_cmpint (id_of (visible_item (visible, 0)), ==, id_of (never));
  save_png (GTK_WIDGET (f->window), "contacts-search");

  /* ... and the name of the purpose. */
  steward_contacts_page_set_search (page, steward_contact_purpose_to_string (STEWARD_CONTACT_UTILITIES));
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 1);

  /* A search without a match says so. */
  steward_contacts_page_set_search (page, "no such contact anywhere");
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (page, "stack")), ==, "no-match");
  steward_contacts_page_set_search (page, "");
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 3);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (page, "stack")), ==, "list");

  /* The purpose filter, alone and with "Due for verification". */
  steward_contacts_page_set_purpose_filter (page, STEWARD_CONTACT_LAW_ENFORCEMENT);
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 1);
  g_assert_cmpint (id_of (visible_item (visible, 0)), ==, id_of (old));
  steward_contacts_page_set_purpose_filter (page, STEWARD_CONTACT_UTILITIES);
  steward_contacts_page_set_due_only (page, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 0);
  steward_contacts_page_set_purpose_filter (page, -1);
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 2);
  steward_contacts_page_set_due_only (page, FALSE);
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 3);

  /* The last-verified column sorts the never verified first. */
  view = child (page, "column_view");
  columns = gtk_column_view_get_columns (view);
  gtk_column_view_sort_by_column (view, child (page, "verified_column"), GTK_SORT_ASCENDING);
  g_assert_cmpint (id_of (visible_item (visible, 0)), ==, id_of (never));
  g_assert_cmpint (id_of (visible_item (visible, 1)), ==, id_of (old));
  g_assert_cmpint (id_of (visible_item (visible, 2)), ==, id_of (recent));
  gtk_column_view_sort_by_column (view, child (page, "verified_column"), GTK_SORT_DESCENDING);
  g_assert_cmpint (id_of (visible_item (visible, 0)), ==, id_of (recent));
  g_assert_cmpuint (g_list_model_get_n_items (columns), ==, 9);
}

static void
test_contact_delete (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(StewardContact) old = NULL;
  g_autoptr(StewardContact) recent = NULL;
  g_autoptr(StewardContact) never = NULL;
  g_autoptr(StewardContact) restored = NULL;
  StewardContactsPage *page;
  StewardContactEditor *editor;
  GListModel *visible;
  AdwToast *toast;

  add_three_contacts (f, &old, &recent, &never);
  page = show_contacts (f);
  visible = steward_contacts_page_get_visible_model (page);

  /* Deleted, and brought back with its id by the toast's Undo. */
  toast = steward_contacts_page_delete_contact (page, recent);
  g_assert_nonnull (toast);
  iterate (30);
  g_assert_cmpint (count (f, "contact"), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 2);
  save_png (GTK_WIDGET (f->window), "contacts-deleted-toast");
  g_signal_emit_by_name (toast, "button-clicked");
  iterate (30);
  g_assert_cmpint (count (f, "contact"), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 3);
  restored = steward_record_load (f->t->db, STEWARD_TYPE_CONTACT, id_of (recent), NULL);
  g_assert_nonnull (restored);
  g_assert_cmpstr (steward_contact_get_organization (restored), ==, "台灣電力公司");

  /* The Delete key deletes the selected contact. */
  select_item (visible, old);
  activate (page, "contacts.delete-selected", NULL);
  g_assert_cmpint (count (f, "contact"), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 2);
  g_assert_null (steward_record_load (f->t->db, STEWARD_TYPE_CONTACT, id_of (old), NULL));

  /* So does the editor's Delete button. */
  select_item (visible, never);
  g_signal_emit_by_name (child (page, "column_view"), "activate",
                         gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (visible)));
  iterate (30);
  editor = find_window (STEWARD_TYPE_CONTACT_EDITOR);
  g_assert_nonnull (editor);
  g_assert_true (shown (editor, "delete_button"));
  g_assert_cmpstr (text_of (editor, "email_row"), ==, "it@mail.moe.gov.tw");
  activate (editor, "editor.delete", NULL);
  g_assert_cmpint (count (f, "contact"), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 1);
}

static void
test_contact_show_record (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(StewardContact) old = NULL;
  g_autoptr(StewardContact) recent = NULL;
  g_autoptr(StewardContact) never = NULL;
  StewardContactsPage *page;
  GListModel *visible;
  StewardContact *selected;

  add_three_contacts (f, &old, &recent, &never);
  page = show_contacts (f);
  visible = steward_contacts_page_get_visible_model (page);

  /* A link to a contact that the search hides clears the search, selects
   * the contact and opens nothing. */
  steward_contacts_page_set_search (page, "李警官");
  steward_page_show_record (STEWARD_PAGE (page), id_of (never));
  iterate (30);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (child (page, "search_entry"))), ==, "");
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 3);
  selected = gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (visible));
  g_assert_nonnull (selected);
  g_assert_cmpint (id_of (selected), ==, id_of (never));
  g_assert_null (find_window (STEWARD_TYPE_CONTACT_EDITOR));
}

static void
test_contact_read_only (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(StewardContact) old = NULL;
  g_autoptr(StewardContact) recent = NULL;
  g_autoptr(StewardContact) never = NULL;
  g_autoptr(StewardDatabase) read_only = NULL;
  g_autoptr(GError) error = NULL;
  StewardContactsPage *page;

  add_three_contacts (f, &old, &recent, &never);
  read_only = steward_database_open (f->t->path, STEWARD_DATABASE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);

  page = show_contacts (f);
  steward_page_set_database (STEWARD_PAGE (page), read_only);
  iterate (30);
  g_assert_cmpuint (g_list_model_get_n_items (steward_contacts_page_get_visible_model (page)), ==, 3);
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (child (page, "add_button"))));
  select_item (steward_contacts_page_get_visible_model (page), old);
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (child (page, "mark_verified_button"))));
  g_signal_emit_by_name (child (page, "column_view"), "activate", 0);
  iterate (30);
  g_assert_null (find_window (STEWARD_TYPE_CONTACT_EDITOR));
  steward_page_set_database (STEWARD_PAGE (page), NULL);
}

int
main (int   argc,
      char *argv[])
{
  const char *requested = g_getenv ("LANGUAGE");

  /* English unless asked for zh_TW, as with LANGUAGE=zh_TW
   * LANG=zh_TW.UTF-8: the layout is what counts. */
  if (requested != NULL && g_str_has_prefix (requested, "zh_TW"))
    {
      language = "zh_TW";
      if (setlocale (LC_ALL, "zh_TW.UTF-8") == NULL)
        setlocale (LC_ALL, "C.UTF-8");
    }
  else
    {
      language = "en";
      g_setenv ("LANGUAGE", "en", TRUE);
      setlocale (LC_ALL, "C.UTF-8");
    }

  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("STEWARD_LOCALEDIR") ?: LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_init (&argc, &argv, NULL);

  /* No display is a failure, not a skip: run under xvfb-run. */
  if (!gtk_init_check ())
    g_error ("No display: run the context UI tests under xvfb-run");
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

#define ADD(path, func) \
  g_test_add ("/context-ui/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("contacts/add", test_contact_add);
  ADD ("contacts/due", test_contact_due);
  ADD ("contacts/search-and-filters", test_contact_search);
  ADD ("contacts/delete-and-undo", test_contact_delete);
  ADD ("contacts/show-record", test_contact_show_record);
  ADD ("contacts/read-only", test_contact_read_only);
#undef ADD

  return g_test_run ();
}
