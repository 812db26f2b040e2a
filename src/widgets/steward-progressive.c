/* steward-progressive.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-progressive"

#include "config.h"

#include "steward-progressive.h"

/**
 * SECTION:steward-progressive
 *
 * A list that shows the rows filling the screen in its first frame and
 * adds the others a few at a time in the frames after it.
 *
 * GTK 4.8's list and column views make the widgets of 205 rows whatever
 * their height (GTK_LIST_VIEW_MAX_LIST_ITEMS, 200, and 2 more on each side,
 * in gtklistview.c; GTK 4.12 makes only those that fit), and a GtkListBox
 * makes one for every item. In a register of thousands of rows, making,
 * measuring and drawing those 205 rows of cells was two thirds of opening
 * its page. The view is given a StewardGrowingModel of its model: its first
 * rows, as many as the tallest monitor can show, then a few more in each
 * frame until the view has made all the widgets it makes, then all of the
 * model. Positions are those of the model.
 *
 * Not a GtkSliceListModel: once all rows are shown, StewardGrowingModel
 * passes the model's changes on as they come. A slice recounts its model
 * on each change, and a register whose list is changed again while it
 * tells of a change (a record saved while its row is bound) then announced
 * rows that were not there yet.
 */

#define STEWARD_TYPE_GROWING_MODEL (steward_growing_model_get_type ())

G_DECLARE_FINAL_TYPE (StewardGrowingModel, steward_growing_model, STEWARD, GROWING_MODEL, GObject)

struct _StewardGrowingModel
{
  GObject     parent_instance;

  GListModel *model;
  guint       limit;        /* G_MAXUINT once every row is shown */
  guint       first_rows;   /* The rows that fill the screen */
  /* Called when a change that replaces the rows shown (a search, a filter)
   * has set the limit back to @first_rows. */
  void      (*restart) (gpointer data);
  gpointer    restart_data;
};

static GType
steward_growing_model_get_item_type (GListModel *list)
{
  return g_list_model_get_item_type (STEWARD_GROWING_MODEL (list)->model);
}

static guint
steward_growing_model_get_n_items (GListModel *list)
{
  StewardGrowingModel *self = STEWARD_GROWING_MODEL (list);

  return MIN (g_list_model_get_n_items (self->model), self->limit);
}

static gpointer
steward_growing_model_get_item (GListModel *list,
                                guint       position)
{
  StewardGrowingModel *self = STEWARD_GROWING_MODEL (list);

  if (position >= self->limit)
    return NULL;

  return g_list_model_get_item (self->model, position);
}

static void
steward_growing_model_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = steward_growing_model_get_item_type;
  iface->get_n_items = steward_growing_model_get_n_items;
  iface->get_item = steward_growing_model_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (StewardGrowingModel, steward_growing_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, steward_growing_model_list_model_init))

static void
on_model_items_changed_cb (GListModel          *model,
                           guint                position,
                           guint                removed,
                           guint                added,
                           StewardGrowingModel *self)
{
  guint n_after, n_before;

  /* A change that brings in more new rows than two screens, such as the
   * first letter of a search, has them made again: the rows that fill the
   * screen first, the others in the frames after. Sorting (as many rows
   * added as removed) moves the rows already made. */
  if (self->limit == G_MAXUINT && self->restart != NULL &&
      removed != added && position < self->first_rows && added > 2 * self->first_rows)
    {
      n_after = g_list_model_get_n_items (model);
      n_before = n_after + removed - added;
      self->limit = self->first_rows;
      g_list_model_items_changed (G_LIST_MODEL (self), position, n_before - position,
                                  MIN (n_after, self->limit) - position);
      self->restart (self->restart_data);
      return;
    }

  if (self->limit == G_MAXUINT)
    {
      g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
      return;
    }
  if (position >= self->limit)
    return;

  /* Rows pushed past the limit, or pulled into it, change too. */
  n_after = g_list_model_get_n_items (model);
  n_before = MIN (MAX (n_after + removed, added) - added, self->limit);
  n_after = MIN (n_after, self->limit);
  if (n_before >= position && n_after >= position)
    g_list_model_items_changed (G_LIST_MODEL (self), position, n_before - position, n_after - position);
}

static void
steward_growing_model_dispose (GObject *object)
{
  StewardGrowingModel *self = STEWARD_GROWING_MODEL (object);

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, on_model_items_changed_cb, self);
  g_clear_object (&self->model);

  G_OBJECT_CLASS (steward_growing_model_parent_class)->dispose (object);
}

static void
steward_growing_model_class_init (StewardGrowingModelClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = steward_growing_model_dispose;
}

static void
steward_growing_model_init (StewardGrowingModel *self)
{
}

static StewardGrowingModel *
steward_growing_model_new (GListModel *model,
                           guint       first_rows)
{
  StewardGrowingModel *self = g_object_new (STEWARD_TYPE_GROWING_MODEL, NULL);

  self->model = g_object_ref (model);
  self->limit = first_rows;
  self->first_rows = first_rows;
  g_signal_connect (model, "items-changed", G_CALLBACK (on_model_items_changed_cb), self);

  return self;
}

/* Shows @limit rows, or every row with G_MAXUINT. */
static void
steward_growing_model_set_limit (StewardGrowingModel *self,
                                 guint                limit)
{
  guint n = g_list_model_get_n_items (self->model);
  guint before = MIN (n, self->limit);
  guint after = MIN (n, limit);

  self->limit = limit;
  if (after > before)
    g_list_model_items_changed (G_LIST_MODEL (self), before, 0, after - before);
  else if (after < before)
    g_list_model_items_changed (G_LIST_MODEL (self), after, before - after, 0);
}

#define PROGRESSIVE_KEY "steward-progressive"

typedef struct
{
  GtkWidget           *view;
  StewardGrowingModel *rows;
  guint                n_widgets;
  guint                rows_per_frame;
  gint64               first_frame;
  guint                tick_id;
} Progressive;

static void
progressive_free (gpointer data)
{
  Progressive *self = data;

  /* The view's model may outlive it. */
  self->rows->restart = NULL;
  self->rows->restart_data = NULL;
  g_object_unref (self->rows);
  g_free (self);
}

/**
 * steward_progressive_count_rows_to_fill:
 * @row_height: the least height of a row, in pixels
 *
 * Returns: how many rows of @row_height pixels the tallest monitor of
 *   @view's display can show: the rows a progressive list shows first
 */
guint
steward_progressive_count_rows_to_fill (GtkWidget *view,
                                        int        row_height)
{
  GListModel *monitors = gdk_display_get_monitors (gtk_widget_get_display (view));
  int height = 0;

  for (guint i = 0; i < g_list_model_get_n_items (monitors); i++)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, i);
      GdkRectangle geometry;

      gdk_monitor_get_geometry (monitor, &geometry);
      height = MAX (height, geometry.height);
    }
  if (height == 0)
    height = 2160;

  return height / MAX (row_height, 1) + 1;
}

/**
 * steward_progressive_finish:
 *
 * Gives @view all its rows now, if some were still to come.
 */
void
steward_progressive_finish (GtkWidget *view)
{
  Progressive *self;

  g_return_if_fail (GTK_IS_WIDGET (view));

  self = g_object_get_data (G_OBJECT (view), PROGRESSIVE_KEY);
  if (self == NULL)
    return;

  if (self->tick_id != 0)
    gtk_widget_remove_tick_callback (view, self->tick_id);
  self->tick_id = 0;
  steward_growing_model_set_limit (self->rows, G_MAXUINT);
}

static gboolean
tick_cb (GtkWidget     *view,
         GdkFrameClock *clock,
         gpointer       user_data)
{
  Progressive *self = user_data;
  gint64 frame = gdk_frame_clock_get_frame_counter (clock);
  guint size = self->rows->limit;

  /* The frame that shows the first rows is painted before any is added. */
  if (self->first_frame < 0)
    self->first_frame = frame;
  if (frame == self->first_frame)
    return G_SOURCE_CONTINUE;

  if (size + self->rows_per_frame < self->n_widgets)
    {
      steward_growing_model_set_limit (self->rows, size + self->rows_per_frame);
      return G_SOURCE_CONTINUE;
    }

  self->tick_id = 0;
  steward_growing_model_set_limit (self->rows, G_MAXUINT);

  return G_SOURCE_REMOVE;
}

static void
progressive_start (gpointer data)
{
  Progressive *self = data;

  self->first_frame = -1;
  if (self->tick_id == 0)
    self->tick_id = gtk_widget_add_tick_callback (self->view, tick_cb, self, NULL);
}

/**
 * steward_progressive_model_new:
 * @view: the list, column view or list box that shows the rows
 * @model: the rows
 * @row_height: the least height of a row, in pixels
 * @rows_per_frame: how many rows to add in a frame after the first: as
 *   many as @view makes in well under a frame at 60 Hz
 * @n_widgets: how many rows' widgets @view makes at most: 205 for GTK
 *   4.8's list and column views, G_MAXUINT for a list box
 *
 * Returns: (transfer full): the model to give @view, in place of @model
 */
GListModel *
steward_progressive_model_new (GtkWidget  *view,
                               GListModel *model,
                               int         row_height,
                               guint       rows_per_frame,
                               guint       n_widgets)
{
  Progressive *self;

  g_return_val_if_fail (GTK_IS_WIDGET (view), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (model), NULL);

  steward_progressive_finish (view);

  self = g_new0 (Progressive, 1);
  self->view = view;
  self->rows = steward_growing_model_new (model, steward_progressive_count_rows_to_fill (view, row_height));
  self->rows->restart = progressive_start;
  self->rows->restart_data = self;
  self->n_widgets = n_widgets;
  self->rows_per_frame = MAX (1, rows_per_frame);
  progressive_start (self);
  /* Freed with @view (its tick callbacks go first, in its dispose). */
  g_object_set_data_full (G_OBJECT (view), PROGRESSIVE_KEY, self, progressive_free);

  return g_object_ref (G_LIST_MODEL (self->rows));
}
