/* steward-cell-label.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-cell-label"

#include "config.h"

#include "steward-cell-label.h"

/**
 * StewardCellLabel:
 *
 * The text of a register's cell: one line, ellipsized at the end, whose
 * whole text is its tooltip when it does not fit. The tooltip is made when
 * it is asked for: gtk_widget_set_tooltip_text() (or binding a label's
 * "tooltip-text") asks the X server where the pointer is each time a cell
 * is bound, which made opening a register of thousands of rows take a
 * third of a second.
 */
struct _StewardCellLabel
{
  GtkWidget  parent_instance;

  GtkLabel  *label;
};

G_DEFINE_FINAL_TYPE (StewardCellLabel, steward_cell_label, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
steward_cell_label_query_tooltip (GtkWidget  *widget,
                                  int         x,
                                  int         y,
                                  gboolean    keyboard_tooltip,
                                  GtkTooltip *tooltip)
{
  StewardCellLabel *self = STEWARD_CELL_LABEL (widget);
  const char *text = gtk_label_get_label (self->label);

  if (text == NULL || text[0] == '\0' ||
      !pango_layout_is_ellipsized (gtk_label_get_layout (self->label)))
    return FALSE;

  gtk_tooltip_set_text (tooltip, text);

  return TRUE;
}

static void
steward_cell_label_dispose (GObject *object)
{
  StewardCellLabel *self = (StewardCellLabel *)object;

  if (self->label != NULL)
    gtk_widget_unparent (GTK_WIDGET (g_steal_pointer (&self->label)));

  G_OBJECT_CLASS (steward_cell_label_parent_class)->dispose (object);
}

static void
steward_cell_label_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  StewardCellLabel *self = STEWARD_CELL_LABEL (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      g_value_set_string (value, steward_cell_label_get_text (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
steward_cell_label_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  StewardCellLabel *self = STEWARD_CELL_LABEL (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      steward_cell_label_set_text (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
steward_cell_label_class_init (StewardCellLabelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = steward_cell_label_dispose;
  object_class->get_property = steward_cell_label_get_property;
  object_class->set_property = steward_cell_label_set_property;
  widget_class->query_tooltip = steward_cell_label_query_tooltip;

  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
steward_cell_label_init (StewardCellLabel *self)
{
  self->label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->label, 0);
  gtk_label_set_ellipsize (self->label, PANGO_ELLIPSIZE_END);
  gtk_widget_set_parent (GTK_WIDGET (self->label), GTK_WIDGET (self));
}

GtkWidget *
steward_cell_label_new (void)
{
  return g_object_new (STEWARD_TYPE_CELL_LABEL, NULL);
}

const char *
steward_cell_label_get_text (StewardCellLabel *self)
{
  g_return_val_if_fail (STEWARD_IS_CELL_LABEL (self), NULL);

  return gtk_label_get_label (self->label);
}

/**
 * steward_cell_label_set_text:
 * @text: (nullable): the cell's text
 */
void
steward_cell_label_set_text (StewardCellLabel *self,
                             const char       *text)
{
  g_return_if_fail (STEWARD_IS_CELL_LABEL (self));

  if (g_strcmp0 (text, gtk_label_get_label (self->label)) == 0)
    return;

  gtk_label_set_label (self->label, text != NULL ? text : "");
  /* Only a tooltip flag: the text is read when the tooltip is asked for. */
  if (gtk_widget_get_has_tooltip (GTK_WIDGET (self)) != (text != NULL && text[0] != '\0'))
    gtk_widget_set_has_tooltip (GTK_WIDGET (self), text != NULL && text[0] != '\0');
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}
