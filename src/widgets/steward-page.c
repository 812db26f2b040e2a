/* steward-page.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-page"

#include "config.h"

#include "steward-cell-label.h"
#include "steward-page.h"

typedef struct
{
  StewardDatabase *db;
} StewardPagePrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (StewardPage, steward_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

StewardDatabase *
steward_page_get_database (StewardPage *self)
{
  StewardPagePrivate *priv = steward_page_get_instance_private (self);

  g_return_val_if_fail (STEWARD_IS_PAGE (self), NULL);

  return priv->db;
}

/**
 * steward_page_can_write:
 *
 * Returns: whether the page has a database that may be changed: open,
 *   and not read-only
 */
gboolean
steward_page_can_write (StewardPage *self)
{
  StewardDatabase *db = steward_page_get_database (self);

  return db != NULL && !steward_database_is_read_only (db);
}

/**
 * steward_page_set_database:
 * @db: (nullable): the database to show
 */
void
steward_page_set_database (StewardPage     *self,
                           StewardDatabase *db)
{
  StewardPagePrivate *priv = steward_page_get_instance_private (self);

  g_return_if_fail (STEWARD_IS_PAGE (self));
  g_return_if_fail (db == NULL || STEWARD_IS_DATABASE (db));

  if (!g_set_object (&priv->db, db))
    return;

  if (STEWARD_PAGE_GET_CLASS (self)->database_changed != NULL)
    STEWARD_PAGE_GET_CLASS (self)->database_changed (self, db);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);
}

static void
steward_page_dispose (GObject *object)
{
  StewardPage *self = (StewardPage *)object;
  StewardPagePrivate *priv = steward_page_get_instance_private (self);

  /* Subclasses drop what they made of the database in their own dispose. */
  g_clear_object (&priv->db);

  G_OBJECT_CLASS (steward_page_parent_class)->dispose (object);
}

static void
steward_page_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  StewardPage *self = STEWARD_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, steward_page_get_database (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
steward_page_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  StewardPage *self = STEWARD_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      steward_page_set_database (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
steward_page_class_init (StewardPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = steward_page_dispose;
  object_class->get_property = steward_page_get_property;
  object_class->set_property = steward_page_set_property;

  /* The registers' cells name it in their list item templates. */
  g_type_ensure (STEWARD_TYPE_CELL_LABEL);

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, STEWARD_TYPE_DATABASE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
steward_page_init (StewardPage *self)
{
}

/**
 * steward_page_show_record:
 *
 * Brings the record with @id into view, if the page shows such records.
 */
void
steward_page_show_record (StewardPage *self,
                          gint64       id)
{
  g_return_if_fail (STEWARD_IS_PAGE (self));

  if (STEWARD_PAGE_GET_CLASS (self)->show_record != NULL)
    STEWARD_PAGE_GET_CLASS (self)->show_record (self, id);
}

/**
 * steward_show_toast:
 * @widget: a widget in a window with a toast overlay
 * @toast: (transfer full): the toast
 *
 * Returns: (transfer none) (nullable): @toast while the overlay shows it
 */
AdwToast *
steward_show_toast (GtkWidget *widget,
                    AdwToast  *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);

  if (overlay == NULL)
    {
      g_object_unref (toast);
      return NULL;
    }

  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);

  return toast;
}

/**
 * steward_show_message:
 *
 * Says @message in a toast of @widget's window.
 */
void
steward_show_message (GtkWidget  *widget,
                      const char *message)
{
  steward_show_toast (widget, adw_toast_new (message));
}
