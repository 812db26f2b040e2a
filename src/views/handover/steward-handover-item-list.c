/* steward-handover-item-list.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-handover-item-list"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "steward-handover-item-list.h"
#include "widgets/steward-register-util.h"

/* The items of a hand-over as the form edits them: for each, a heading
 * with a button that removes it, then its name, asset number and serial
 * number, and under the name what is wrong with it. Nothing is stored
 * here: the hand-over's form saves the items with the hand-over. */

/* The rows of one item. */
typedef struct
{
  StewardHandoverItem *item;
  GtkWidget           *box;
  GtkLabel            *heading;
  AdwEntryRow         *name_row;
  AdwEntryRow         *asset_number_row;
  AdwEntryRow         *serial_row;
  GtkWidget           *error_row;
  GtkLabel            *error_label;
} ItemForm;

struct _StewardHandoverItemList
{
  GtkBox     parent_instance;

  GPtrArray *forms;    /* ItemForm, in order */
  GPtrArray *removed;  /* StewardHandoverItem, stored, to delete on save */
};

G_DEFINE_FINAL_TYPE (StewardHandoverItemList, steward_handover_item_list, GTK_TYPE_BOX)

static void
item_form_free (gpointer data)
{
  ItemForm *form = data;

  g_clear_object (&form->item);
  g_free (form);
}

static void
number_items (StewardHandoverItemList *self)
{
  for (guint i = 0; i < self->forms->len; i++)
    {
      ItemForm *form = g_ptr_array_index (self->forms, i);
      /* TRANSLATORS: the heading of one item of a hand-over; %u is its
       * number in the list */
      g_autofree char *heading = g_strdup_printf (_("Item %u"), i + 1);

      gtk_label_set_label (form->heading, heading);
    }
}

static void
clear_problem (ItemForm *form)
{
  gtk_widget_remove_css_class (GTK_WIDGET (form->name_row), "error");
  gtk_widget_set_visible (form->error_row, FALSE);
}

static void
on_item_changed_cb (GtkEditable *editable,
                    ItemForm    *form)
{
  clear_problem (form);
}

static void
on_remove_clicked_cb (GtkButton               *button,
                      StewardHandoverItemList *self)
{
  ItemForm *form = g_object_get_data (G_OBJECT (button), "steward-item-form");
  guint position;

  if (!g_ptr_array_find (self->forms, form, &position))
    return;

  /* A stored item goes when the hand-over is saved, with it. */
  if (steward_record_get_id (STEWARD_RECORD (form->item)) > 0)
    g_ptr_array_add (self->removed, g_object_ref (form->item));
  gtk_box_remove (GTK_BOX (self), form->box);
  g_ptr_array_remove_index (self->forms, position);
  number_items (self);
}

static AdwEntryRow *
add_entry_row (GtkListBox *list,
               const char *name,
               const char *title,
               const char *text,
               ItemForm   *form)
{
  GtkWidget *row = adw_entry_row_new ();

  gtk_widget_set_name (row, name);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
  g_signal_connect (row, "changed", G_CALLBACK (on_item_changed_cb), form);
  gtk_list_box_append (list, row);

  return ADW_ENTRY_ROW (row);
}

static GtkWidget *
make_error_row (ItemForm *form)
{
  GtkWidget *row = adw_preferences_row_new ();
  GtkWidget *label = gtk_label_new (NULL);

  gtk_widget_set_name (label, "item_name_error");
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_widget_add_css_class (label, "error");
  gtk_widget_add_css_class (label, "caption");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  gtk_widget_set_visible (row, FALSE);
  form->error_label = GTK_LABEL (label);

  return row;
}

/**
 * steward_handover_item_list_append:
 * @item: (transfer none): an item as stored, or a new one
 *
 * Adds the rows of @item at the end.
 */
void
steward_handover_item_list_append (StewardHandoverItemList *self,
                                   StewardHandoverItem     *item)
{
  ItemForm *form;
  GtkWidget *heading_box, *heading, *remove, *list;

  g_return_if_fail (STEWARD_IS_HANDOVER_ITEM_LIST (self));
  g_return_if_fail (STEWARD_IS_HANDOVER_ITEM (item));

  form = g_new0 (ItemForm, 1);
  form->item = g_object_ref (item);
  form->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_name (form->box, "item_box");

  heading_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  heading = gtk_label_new (NULL);
  form->heading = GTK_LABEL (heading);
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_set_hexpand (heading, TRUE);
  gtk_widget_add_css_class (heading, "heading");
  remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_name (remove, "remove_item_button");
  gtk_widget_set_tooltip_text (remove, _("Remove the Item"));
  gtk_widget_add_css_class (remove, "flat");
  g_object_set_data (G_OBJECT (remove), "steward-item-form", form);
  g_signal_connect_object (remove, "clicked", G_CALLBACK (on_remove_clicked_cb), self, 0);
  gtk_box_append (GTK_BOX (heading_box), heading);
  gtk_box_append (GTK_BOX (heading_box), remove);
  gtk_box_append (GTK_BOX (form->box), heading_box);

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  /* TRANSLATORS: the name of an item of equipment handed over */
  form->name_row = add_entry_row (GTK_LIST_BOX (list), "item_name_row", C_("equipment", "Name"),
                                  steward_handover_item_get_name (item), form);
  form->error_row = make_error_row (form);
  gtk_list_box_append (GTK_LIST_BOX (list), form->error_row);
  form->asset_number_row = add_entry_row (GTK_LIST_BOX (list), "item_asset_number_row", _("Asset Number"),
                                          steward_handover_item_get_asset_number (item), form);
  form->serial_row = add_entry_row (GTK_LIST_BOX (list), "item_serial_row", _("Serial Number"),
                                    steward_handover_item_get_serial (item), form);
  gtk_box_append (GTK_BOX (form->box), list);

  gtk_box_append (GTK_BOX (self), form->box);
  g_ptr_array_add (self->forms, form);
  number_items (self);
}

/**
 * steward_handover_item_list_add_item:
 *
 * Adds the rows of a new item at the end, and focuses its name.
 *
 * Returns: (transfer none): the box of the item's rows
 */
GtkWidget *
steward_handover_item_list_add_item (StewardHandoverItemList *self)
{
  g_autoptr(StewardHandoverItem) item = g_object_new (STEWARD_TYPE_HANDOVER_ITEM, NULL);
  ItemForm *form;

  g_return_val_if_fail (STEWARD_IS_HANDOVER_ITEM_LIST (self), NULL);

  steward_handover_item_list_append (self, item);
  form = g_ptr_array_index (self->forms, self->forms->len - 1);
  gtk_widget_grab_focus (GTK_WIDGET (form->name_row));

  return form->box;
}

guint
steward_handover_item_list_get_n_items (StewardHandoverItemList *self)
{
  g_return_val_if_fail (STEWARD_IS_HANDOVER_ITEM_LIST (self), 0);

  return self->forms->len;
}

/**
 * steward_handover_item_list_dup_items:
 *
 * Returns: (transfer container) (element-type StewardHandoverItem): copies
 *   of the items with what their rows hold, to save; the list's own change
 *   only with steward_handover_item_list_set_saved()
 */
GPtrArray *
steward_handover_item_list_dup_items (StewardHandoverItemList *self)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (STEWARD_IS_HANDOVER_ITEM_LIST (self), items);

  for (guint i = 0; i < self->forms->len; i++)
    {
      ItemForm *form = g_ptr_array_index (self->forms, i);
      g_autofree char *name = steward_register_dup_text (GTK_WIDGET (form->name_row));
      g_autofree char *asset_number = steward_register_dup_text (GTK_WIDGET (form->asset_number_row));
      g_autofree char *serial = steward_register_dup_text (GTK_WIDGET (form->serial_row));
      StewardRecord *copy = steward_record_copy (STEWARD_RECORD (form->item));

      g_object_set (copy,
                    "name", name,
                    "asset-number", asset_number,
                    "serial", serial,
                    NULL);
      g_ptr_array_add (items, copy);
    }

  return items;
}

/**
 * steward_handover_item_list_get_removed:
 *
 * Returns: (transfer none) (element-type StewardHandoverItem): the stored
 *   items whose rows were removed, to delete when the hand-over is saved
 */
GPtrArray *
steward_handover_item_list_get_removed (StewardHandoverItemList *self)
{
  g_return_val_if_fail (STEWARD_IS_HANDOVER_ITEM_LIST (self), NULL);

  return self->removed;
}

/**
 * steward_handover_item_list_set_saved:
 * @items: (element-type StewardHandoverItem): what
 *   steward_handover_item_list_dup_items() gave, now stored
 *
 * The items are stored: their rows edit them as stored from now on.
 */
void
steward_handover_item_list_set_saved (StewardHandoverItemList *self,
                                      GPtrArray               *items)
{
  g_return_if_fail (STEWARD_IS_HANDOVER_ITEM_LIST (self));
  g_return_if_fail (items->len == self->forms->len);

  for (guint i = 0; i < self->forms->len; i++)
    steward_record_assign (STEWARD_RECORD (((ItemForm *) g_ptr_array_index (self->forms, i))->item),
                           g_ptr_array_index (items, i));
  g_ptr_array_set_size (self->removed, 0);
}

void
steward_handover_item_list_clear_problems (StewardHandoverItemList *self)
{
  g_return_if_fail (STEWARD_IS_HANDOVER_ITEM_LIST (self));

  for (guint i = 0; i < self->forms->len; i++)
    clear_problem (g_ptr_array_index (self->forms, i));
}

/**
 * steward_handover_item_list_show_problems:
 *
 * Says under each item's name what is wrong with the item.
 *
 * Returns: (transfer none) (nullable): the first row at fault, to focus
 */
GtkWidget *
steward_handover_item_list_show_problems (StewardHandoverItemList *self)
{
  g_autoptr(GPtrArray) items = NULL;
  GtkWidget *first_bad = NULL;

  g_return_val_if_fail (STEWARD_IS_HANDOVER_ITEM_LIST (self), NULL);

  items = steward_handover_item_list_dup_items (self);
  for (guint i = 0; i < self->forms->len; i++)
    {
      ItemForm *form = g_ptr_array_index (self->forms, i);
      g_autoptr(GPtrArray) problems = steward_record_validate (g_ptr_array_index (items, i));

      clear_problem (form);
      for (guint p = 0; p < problems->len; p++)
        {
          StewardProblem *problem = g_ptr_array_index (problems, p);

          /* The hand-over's id is the save's business. */
          if (g_strcmp0 (problem->property, "name") != 0)
            continue;
          gtk_label_set_label (form->error_label, problem->message);
          gtk_widget_set_visible (form->error_row, TRUE);
          gtk_widget_add_css_class (GTK_WIDGET (form->name_row), "error");
          if (first_bad == NULL)
            first_bad = GTK_WIDGET (form->name_row);
        }
    }

  return first_bad;
}

GtkWidget *
steward_handover_item_list_new (void)
{
  return g_object_new (STEWARD_TYPE_HANDOVER_ITEM_LIST, NULL);
}

static void
steward_handover_item_list_dispose (GObject *object)
{
  StewardHandoverItemList *self = (StewardHandoverItemList *)object;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_box_remove (GTK_BOX (self), child);
  g_clear_pointer (&self->forms, g_ptr_array_unref);
  g_clear_pointer (&self->removed, g_ptr_array_unref);

  G_OBJECT_CLASS (steward_handover_item_list_parent_class)->dispose (object);
}

static void
steward_handover_item_list_class_init (StewardHandoverItemListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = steward_handover_item_list_dispose;
}

static void
steward_handover_item_list_init (StewardHandoverItemList *self)
{
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 18);

  self->forms = g_ptr_array_new_with_free_func (item_form_free);
  self->removed = g_ptr_array_new_with_free_func (g_object_unref);
}
