/* steward-import-dialog.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-import-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "model/steward-contact.h"
#include "model/steward-context-issue.h"
#include "model/steward-party.h"
#include "steward-import-dialog.h"
#include "widgets/steward-form.h"

/* Importing a list from a CSV file, in two steps: the file is read and
 * every row shown with its problems, in the error colour; then Import
 * writes the rows without problems, all in one transaction. Nothing is
 * written before. The list pages open it from their "Import…" button. */

/* A row of the preview: its place among the import's rows. */
#define STEWARD_TYPE_IMPORT_ITEM (steward_import_item_get_type ())

G_DECLARE_FINAL_TYPE (StewardImportItem, steward_import_item, STEWARD, IMPORT_ITEM, GObject)

struct _StewardImportItem
{
  GObject parent_instance;
  guint   index;
};

G_DEFINE_FINAL_TYPE (StewardImportItem, steward_import_item, G_TYPE_OBJECT)

static void
steward_import_item_class_init (StewardImportItemClass *klass)
{
}

static void
steward_import_item_init (StewardImportItem *self)
{
}

/* Cells longer than these are cut in the preview and its tooltips; the
 * import keeps them whole. */
#define MAX_CELL_CHARS    160
#define MAX_TOOLTIP_CHARS 1000

struct _StewardImportDialog
{
  AdwWindow           parent_instance;

  StewardDatabase    *db;
  GType               record_type;
  StewardCsvImport   *import;
  GCancellable       *cancellable;
  GtkFileChooserNative *chooser;
  gboolean            busy;
  gboolean            imported;

  GListStore         *items;
  GtkCustomFilter    *filter;

  AdwWindowTitle     *window_title;
  GtkWidget          *cancel_button;
  GtkWidget          *import_button;
  GtkStack           *stack;
  AdwStatusPage      *choose_page;
  AdwStatusPage      *error_page;
  GtkSpinner         *spinner;
  GtkLabel           *summary_label;
  GtkLabel           *notes_label;
  GtkLabel           *result_label;
  GtkCheckButton     *problems_only;
  GtkColumnView      *column_view;
};

G_DEFINE_FINAL_TYPE (StewardImportDialog, steward_import_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const StewardImportRow *
row_of_item (StewardImportDialog *self,
             gpointer             item)
{
  return steward_csv_import_get_row (self->import, STEWARD_IMPORT_ITEM (item)->index);
}

static void
set_busy (StewardImportDialog *self,
          gboolean             busy)
{
  if (self->busy == busy)
    return;

  self->busy = busy;
  gtk_spinner_set_spinning (self->spinner, busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.choose", !busy);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
update_import_button (StewardImportDialog *self)
{
  guint n_good = self->import != NULL ? steward_csv_import_get_n_good (self->import) : 0;
  gboolean can_import = !self->busy && !self->imported && n_good > 0;
  g_autofree char *label = NULL;

  if (n_good > 0 && !self->imported)
    /* TRANSLATORS: the button that writes the rows without problems */
    label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "_Import %u Row", "_Import %u Rows", n_good), n_good);
  gtk_button_set_label (GTK_BUTTON (self->import_button), label != NULL ? label : _("_Import"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.import", can_import);
}

/* At most @max_chars of @text, on one line when asked for. */
static char *
dup_cell_text (const char *text,
               glong       max_chars,
               gboolean    one_line)
{
  char *cut = steward_form_dup_excerpt (text, max_chars);

  if (one_line)
    g_strdelimit (cut, "\r\n\t", ' ');

  return cut;
}

/* Columns */

typedef struct
{
  StewardImportDialog *self;
  const char          *property;   /* NULL: the line, "": the problems */
} Column;

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               Column                   *column)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), column->property == NULL ? 1 : 0);
  if (column->property != NULL && column->property[0] == '\0')
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
    }
  else
    gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (column->property == NULL)
    gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (list_item, label);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              Column                   *column)
{
  StewardImportDialog *self = column->self;
  const StewardImportRow *row = row_of_item (self, gtk_list_item_get_item (list_item));
  GtkLabel *label = GTK_LABEL (gtk_list_item_get_child (list_item));
  g_autofree char *text = NULL;
  g_autofree char *tooltip = NULL;

  if (column->property == NULL)
    text = g_strdup_printf ("%u", row->line);
  else if (column->property[0] == '\0')
    {
      gboolean imported = row->problems->len == 0 && steward_record_get_id (row->record) > 0;

      /* Once imported, the rows say so, and those left out why. */
      text = imported ? g_strdup (_("Imported")) : steward_import_row_dup_problems_text (row);
      gtk_widget_set_css_classes (GTK_WIDGET (label), (const char *[]) { imported ? "success" : "error", NULL });
    }
  else
    {
      g_autofree char *value = steward_csv_import_dup_field_text (self->import, row, column->property);

      text = dup_cell_text (value, MAX_CELL_CHARS, TRUE);
      /* What the ellipsis hides. */
      if (value[0] != '\0')
        tooltip = dup_cell_text (value, MAX_TOOLTIP_CHARS, FALSE);
    }

  gtk_label_set_label (label, text);
  gtk_widget_set_tooltip_text (GTK_WIDGET (label), tooltip);
}

static void
add_column (StewardImportDialog *self,
            const char          *title,
            const char          *property,
            int                  fixed_width)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) column = NULL;
  Column *data = g_new0 (Column, 1);

  data->self = self;
  data->property = property;
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), data);
  g_signal_connect_data (factory, "bind", G_CALLBACK (bind_cell_cb), data,
                         (GClosureNotify) (void (*) (void)) g_free, 0);

  column = gtk_column_view_column_new (title, g_object_ref (factory));
  gtk_column_view_column_set_resizable (column, TRUE);
  if (fixed_width > 0)
    gtk_column_view_column_set_fixed_width (column, fixed_width);
  else
    gtk_column_view_column_set_expand (column, TRUE);
  gtk_column_view_append_column (self->column_view, column);
}

/* The line, the main fields of the record type, and the problems, wide
 * enough to read. The short fields have a width; the names and texts
 * share what is left. */
static void
add_columns (StewardImportDialog *self)
{
  static const struct { const char *property; int width; } widths[] = {
    { "person", 110 }, { "phone", 130 }, { "purpose", 140 },
    { "category", 150 }, { "scope", 100 }, { "status", 100 }, { "identified-on", 110 },
    { "kind", 130 },
  };
  const char * const *fields = steward_csv_import_get_preview_fields (self->import);

  add_column (self, _("Line"), NULL, 64);
  for (guint i = 0; fields[i] != NULL; i++)
    {
      int width = -1;

      for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
        if (g_str_equal (widths[w].property, fields[i]))
          width = widths[w].width;
      add_column (self, steward_csv_import_get_field_title (self->import, fields[i]), fields[i], width);
    }
  add_column (self, _("Problems"), "", 260);
}

static gboolean
filter_cb (gpointer item,
           gpointer user_data)
{
  StewardImportDialog *self = user_data;

  return !gtk_check_button_get_active (self->problems_only) ||
         row_of_item (self, item)->problems->len > 0;
}

static void
on_problems_only_toggled_cb (GtkCheckButton      *button,
                             StewardImportDialog *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter),
                      gtk_check_button_get_active (button) ? GTK_FILTER_CHANGE_MORE_STRICT
                                                           : GTK_FILTER_CHANGE_LESS_STRICT);
}

/* Showing what was read */

static char *
dup_summary (StewardCsvImport *import)
{
  guint n_rows = steward_csv_import_get_n_rows (import);
  guint n_good = steward_csv_import_get_n_good (import);
  guint n_bad = steward_csv_import_get_n_bad (import);
  const char *encoding = steward_csv_import_get_encoding (import);
  g_autofree char *rows = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u row", "%u rows", n_rows), n_rows);
  /* TRANSLATORS: part of "12 rows: 10 ready to import, 2 with problems" */
  g_autofree char *good = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u ready to import", "%u ready to import", n_good),
                                           n_good);
  /* TRANSLATORS: part of "12 rows: 10 ready to import, 2 with problems" */
  g_autofree char *bad = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u with problems", "%u with problems", n_bad),
                                          n_bad);
  /* TRANSLATORS: "12 rows: 10 ready to import, 2 with problems" */
  g_autofree char *summary = g_strdup_printf (_("%1$s: %2$s, %3$s"), rows, good, bad);

  if (encoding != NULL && !g_str_equal (encoding, "UTF-8"))
    {
      /* TRANSLATORS: %s is a character encoding, such as Big5 */
      g_autofree char *converted = g_strdup_printf (_("Converted from %s"), encoding);

      /* TRANSLATORS: the summary of the rows, then how the file was decoded */
      return g_strdup_printf (_("%1$s · %2$s"), summary, converted);
    }

  return g_steal_pointer (&summary);
}

static void
show_preview (StewardImportDialog *self)
{
  GPtrArray *notes = steward_csv_import_get_notes (self->import);
  g_autofree char *summary = dup_summary (self->import);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  gtk_label_set_label (self->summary_label, summary);

  if (notes->len > 0)
    {
      g_autoptr(GString) text = g_string_new (NULL);

      for (guint i = 0; i < notes->len; i++)
        g_string_append_printf (text, "%s%s", i > 0 ? "\n" : "", (const char *)g_ptr_array_index (notes, i));
      gtk_label_set_label (self->notes_label, text->str);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->notes_label), notes->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->result_label), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->problems_only), steward_csv_import_get_n_bad (self->import) > 0);
  gtk_check_button_set_active (self->problems_only, FALSE);

  for (guint i = 0; i < steward_csv_import_get_n_rows (self->import); i++)
    {
      StewardImportItem *item = g_object_new (STEWARD_TYPE_IMPORT_ITEM, NULL);

      item->index = i;
      g_ptr_array_add (items, item);
    }
  g_list_store_splice (self->items, 0, g_list_model_get_n_items (G_LIST_MODEL (self->items)),
                       items->pdata, items->len);

  gtk_stack_set_visible_child_name (self->stack, "preview");
}

static void
show_error (StewardImportDialog *self,
            const char          *message)
{
  adw_status_page_set_description (self->error_page, message);
  gtk_stack_set_visible_child_name (self->stack, "error");
}

static void
finish_loading (StewardImportDialog *self,
                GBytes              *bytes,
                GError              *error)
{
  g_autoptr(GError) local_error = NULL;

  if (bytes != NULL)
    {
      g_autoptr(StewardCsvImport) import = steward_csv_import_new (self->db, self->record_type);

      steward_csv_import_load_bytes (import, bytes, &local_error);
      error = local_error;
      /* The rows shown are those of the import, which has none when the
       * file could not be read: nothing of an earlier file is imported. */
      g_list_store_remove_all (self->items);
      g_set_object (&self->import, import);
    }

  set_busy (self, FALSE);
  self->imported = FALSE;
  gtk_button_set_label (GTK_BUTTON (self->cancel_button), _("_Cancel"));

  if (error == NULL)
    show_preview (self);
  else
    show_error (self, error->message);

  update_import_button (self);
}

static void
load_bytes_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(StewardImportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_file_load_bytes_finish (G_FILE (object), result, NULL, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  finish_loading (self, bytes, error);
}

static void
query_size_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(StewardImportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFileInfo) info = g_file_query_info_finish (G_FILE (object), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  /* A file much larger than an import takes is not even read. */
  if (info != NULL && g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_STANDARD_SIZE) &&
      g_file_info_get_size (info) > STEWARD_CSV_IMPORT_MAX_BYTES)
    {
      g_autoptr(GError) size_error = NULL;

      size_error = g_error_new (STEWARD_CSV_IMPORT_ERROR, STEWARD_CSV_IMPORT_ERROR_TOO_LARGE,
                                _("The file is larger than %u MB: split it into smaller files."),
                                STEWARD_CSV_IMPORT_MAX_BYTES / (1024 * 1024));
      finish_loading (self, NULL, size_error);
      return;
    }

  g_file_load_bytes_async (G_FILE (object), self->cancellable, load_bytes_cb, g_object_ref (self));
}

/**
 * steward_import_dialog_load_file:
 *
 * Reads @file and shows its rows, as choosing it does. The dialog is busy
 * until the rows are shown (#StewardImportDialog:busy).
 */
void
steward_import_dialog_load_file (StewardImportDialog *self,
                                 GFile               *file)
{
  g_autofree char *name = NULL;

  g_return_if_fail (STEWARD_IS_IMPORT_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  name = g_file_get_basename (file);
  adw_window_title_set_subtitle (self->window_title, name);
  set_busy (self, TRUE);
  update_import_button (self);
  gtk_stack_set_visible_child_name (self->stack, "loading");

  g_file_query_info_async (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE, G_PRIORITY_DEFAULT,
                           self->cancellable, query_size_cb, g_object_ref (self));
}

gboolean
steward_import_dialog_get_busy (StewardImportDialog *self)
{
  g_return_val_if_fail (STEWARD_IS_IMPORT_DIALOG (self), FALSE);

  return self->busy;
}

/* Returns: (transfer none) (nullable): the import of the file last read */
StewardCsvImport *
steward_import_dialog_get_import (StewardImportDialog *self)
{
  g_return_val_if_fail (STEWARD_IS_IMPORT_DIALOG (self), NULL);

  return self->import;
}

/* Actions */

static void
on_chooser_response_cb (GtkNativeDialog     *chooser,
                        int                  response,
                        StewardImportDialog *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        steward_import_dialog_load_file (self, file);
    }
}

static void
add_filter (GtkFileChooser     *chooser,
            const char         *name,
            const char * const *patterns,
            const char         *mime_type)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  for (guint i = 0; patterns[i] != NULL; i++)
    gtk_file_filter_add_pattern (filter, patterns[i]);
  if (mime_type != NULL)
    gtk_file_filter_add_mime_type (filter, mime_type);
  gtk_file_chooser_add_filter (chooser, filter);
}

static void
choose_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  StewardImportDialog *self = STEWARD_IMPORT_DIALOG (widget);
  static const char * const csv[] = { "*.csv", "*.CSV", NULL };
  static const char * const text[] = { "*.txt", "*.TXT", "*.tsv", NULL };
  static const char * const all[] = { "*", NULL };

  if (self->chooser == NULL)
    {
      self->chooser = gtk_file_chooser_native_new (_("Choose a CSV File"), GTK_WINDOW (self),
                                                   GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
      gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
      add_filter (GTK_FILE_CHOOSER (self->chooser), _("CSV files"), csv, "text/csv");
      /* Excel's "Unicode text" */
      add_filter (GTK_FILE_CHOOSER (self->chooser), _("Text files"), text, NULL);
      add_filter (GTK_FILE_CHOOSER (self->chooser), _("All files"), all, NULL);
      g_signal_connect (self->chooser, "response", G_CALLBACK (on_chooser_response_cb), self);
    }

  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* Binds every row again, for the problems column to say which went in. */
static void
refresh_rows (StewardImportDialog *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  g_autoptr(GPtrArray) items = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_list_model_get_item (G_LIST_MODEL (self->items), i));
  g_list_store_splice (self->items, 0, n, items->pdata, n);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  StewardImportDialog *self = STEWARD_IMPORT_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  guint n_imported = 0;
  guint n_bad;

  if (self->import == NULL || self->busy || self->imported)
    return;

  n_bad = steward_csv_import_get_n_bad (self->import);

  if (!steward_csv_import_commit (self->import, &n_imported, &error))
    {
      gtk_label_set_label (self->result_label, error->message);
      gtk_widget_remove_css_class (GTK_WIDGET (self->result_label), "success");
      gtk_widget_add_css_class (GTK_WIDGET (self->result_label), "error");
      gtk_widget_set_visible (GTK_WIDGET (self->result_label), TRUE);
      return;
    }

  self->imported = TRUE;
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u row imported.", "%u rows imported.", n_imported),
                             n_imported);
  if (n_bad > 0)
    {
      g_autofree char *left_out = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                "The row with problems was left out: correct it in the file and import the file again; the rows already imported are then reported as duplicates.",
                                                                "The %u rows with problems were left out: correct them in the file and import the file again; the rows already imported are then reported as duplicates.",
                                                                n_bad),
                                                   n_bad);
      g_autofree char *both = g_strdup_printf ("%s %s", message, left_out);

      g_free (message);
      message = g_steal_pointer (&both);
    }

  gtk_label_set_label (self->result_label, message);
  gtk_widget_remove_css_class (GTK_WIDGET (self->result_label), "error");
  gtk_widget_add_css_class (GTK_WIDGET (self->result_label), "success");
  gtk_widget_set_visible (GTK_WIDGET (self->result_label), TRUE);
  gtk_button_set_label (GTK_BUTTON (self->cancel_button), _("_Close"));
  update_import_button (self);
  refresh_rows (self);
}

/* GObject */

static void
steward_import_dialog_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  StewardImportDialog *self = STEWARD_IMPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_BUSY:
      g_value_set_boolean (value, self->busy);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
steward_import_dialog_dispose (GObject *object)
{
  StewardImportDialog *self = STEWARD_IMPORT_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  if (self->chooser != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->chooser, self);
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
      g_clear_object (&self->chooser);
    }

  gtk_widget_dispose_template (GTK_WIDGET (self), STEWARD_TYPE_IMPORT_DIALOG);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->items);
  g_clear_object (&self->filter);
  g_clear_object (&self->import);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (steward_import_dialog_parent_class)->dispose (object);
}

static void
steward_import_dialog_class_init (StewardImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = steward_import_dialog_get_property;
  object_class->dispose = steward_import_dialog_dispose;

  /**
   * StewardImportDialog:busy:
   *
   * A file is being read.
   */
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/steward-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, StewardImportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, StewardImportDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, StewardImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, StewardImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, StewardImportDialog, choose_page);
  gtk_widget_class_bind_template_child (widget_class, StewardImportDialog, error_page);
  gtk_widget_class_bind_template_child (widget_class, StewardImportDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, StewardImportDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, StewardImportDialog, notes_label);
  gtk_widget_class_bind_template_child (widget_class, StewardImportDialog, result_label);
  gtk_widget_class_bind_template_child (widget_class, StewardImportDialog, problems_only);
  gtk_widget_class_bind_template_child (widget_class, StewardImportDialog, column_view);
  gtk_widget_class_bind_template_callback (widget_class, on_problems_only_toggled_cb);

  gtk_widget_class_install_action (widget_class, "import.choose", NULL, choose_action);
  gtk_widget_class_install_action (widget_class, "import.import", NULL, import_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "import.choose", NULL);
}

static void
steward_import_dialog_init (StewardImportDialog *self)
{
  g_autoptr(GtkFilterListModel) filtered = NULL;
  g_autoptr(GtkNoSelection) selection = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->items = g_list_store_new (STEWARD_TYPE_IMPORT_ITEM);
  self->filter = gtk_custom_filter_new (filter_cb, self, NULL);
  filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->items)),
                                        GTK_FILTER (g_object_ref (self->filter)));
  selection = gtk_no_selection_new (G_LIST_MODEL (g_steal_pointer (&filtered)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));
}

static const char *
title_for_type (GType record_type)
{
  if (record_type == STEWARD_TYPE_CONTACT)
    return _("Import External Contacts");
  if (record_type == STEWARD_TYPE_CONTEXT_ISSUE)
    return _("Import Issues");
  if (record_type == STEWARD_TYPE_PARTY)
    return _("Import Interested Parties");

  g_return_val_if_reached (_("Import"));
}

/**
 * steward_import_dialog_new:
 * @parent: (nullable): the window the dialog is modal for
 * @record_type: %STEWARD_TYPE_CONTACT, %STEWARD_TYPE_CONTEXT_ISSUE or
 *   %STEWARD_TYPE_PARTY
 *
 * Returns: (transfer none): a new import dialog, to present; it asks for
 *   the file itself
 */
GtkWindow *
steward_import_dialog_new (GtkWindow       *parent,
                           StewardDatabase *db,
                           GType            record_type)
{
  StewardImportDialog *self;

  g_return_val_if_fail (STEWARD_IS_DATABASE (db), NULL);

  self = g_object_new (STEWARD_TYPE_IMPORT_DIALOG,
                       "transient-for", parent,
                       "title", title_for_type (record_type),
                       NULL);
  self->db = g_object_ref (db);
  self->record_type = record_type;
  /* Only to name the columns: it reads no file. */
  self->import = steward_csv_import_new (db, record_type);

  adw_window_title_set_title (self->window_title, title_for_type (record_type));
  adw_status_page_set_title (self->choose_page, title_for_type (record_type));
  add_columns (self);
  update_import_button (self);

  return GTK_WINDOW (self);
}
