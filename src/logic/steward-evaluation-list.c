/* steward-evaluation-list.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-evaluation-list"

#include "config.h"

#include "logic/steward-date.h"
#include "steward-evaluation-list.h"

/* Every objective, evaluated as of today, as a GListModel of
 * StewardEvaluation. An evaluation is a snapshot of an objective with its
 * targets and measurements: when any of them changes the list is read
 * again, once per commit, and its items replaced. */
struct _StewardEvaluationList
{
  GObject          parent_instance;

  StewardDatabase *db;
  GPtrArray       *items;
  GDate            today;
  gulong           changed_id;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (StewardEvaluationList, steward_evaluation_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

/* What an evaluation is made of. */
static const char * const tables[] = { "objective", "objective_target", "measurement", NULL };

static GType
get_item_type (GListModel *model)
{
  return STEWARD_TYPE_EVALUATION;
}

static guint
get_n_items (GListModel *model)
{
  return STEWARD_EVALUATION_LIST (model)->items->len;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  StewardEvaluationList *self = STEWARD_EVALUATION_LIST (model);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static void
reload (StewardEvaluationList *self)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  guint removed = self->items->len;

  items = steward_evaluations_load (self->db, &self->today, &error);
  if (items == NULL)
    {
      g_warning ("Could not read the objectives: %s", error->message);
      items = g_ptr_array_new_with_free_func (g_object_unref);
    }

  g_ptr_array_unref (self->items);
  self->items = g_steal_pointer (&items);
  g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, self->items->len);
}

/* Emitted once per table a commit touched: read again on the first of
 * ours only. */
static void
on_changed_cb (StewardDatabase    *db,
               const char * const *changed,
               gpointer            user_data)
{
  StewardEvaluationList *self = user_data;
  GSignalInvocationHint *hint = g_signal_get_invocation_hint (db);

  for (guint i = 0; changed[i] != NULL; i++)
    if (g_strv_contains (tables, changed[i]))
      {
        if (hint->detail == g_quark_try_string (changed[i]))
          reload (self);
        return;
      }
}

static void
steward_evaluation_list_dispose (GObject *object)
{
  StewardEvaluationList *self = (StewardEvaluationList *)object;

  g_clear_signal_handler (&self->changed_id, self->db);
  g_clear_object (&self->db);
  if (self->items != NULL)
    g_ptr_array_set_size (self->items, 0);

  G_OBJECT_CLASS (steward_evaluation_list_parent_class)->dispose (object);
}

static void
steward_evaluation_list_finalize (GObject *object)
{
  StewardEvaluationList *self = (StewardEvaluationList *)object;

  g_clear_pointer (&self->items, g_ptr_array_unref);

  G_OBJECT_CLASS (steward_evaluation_list_parent_class)->finalize (object);
}

static void
steward_evaluation_list_class_init (StewardEvaluationListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = steward_evaluation_list_dispose;
  object_class->finalize = steward_evaluation_list_finalize;
}

static void
steward_evaluation_list_init (StewardEvaluationList *self)
{
  g_autoptr(GDate) today = steward_date_new_today ();

  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->today = *today;
}

/**
 * steward_evaluation_list_new:
 *
 * Returns: (transfer full): every objective of @db, evaluated as of today
 */
StewardEvaluationList *
steward_evaluation_list_new (StewardDatabase *db)
{
  StewardEvaluationList *self;

  g_return_val_if_fail (STEWARD_IS_DATABASE (db), NULL);

  self = g_object_new (STEWARD_TYPE_EVALUATION_LIST, NULL);
  self->db = g_object_ref (db);
  self->changed_id = g_signal_connect (db, "changed", G_CALLBACK (on_changed_cb), self);
  reload (self);

  return self;
}

/**
 * steward_evaluation_list_set_today:
 *
 * Evaluates as of another day (the tests, and a review as of its date).
 */
void
steward_evaluation_list_set_today (StewardEvaluationList *self,
                                   const GDate           *today)
{
  g_return_if_fail (STEWARD_IS_EVALUATION_LIST (self));
  g_return_if_fail (today != NULL && g_date_valid (today));

  self->today = *today;
  reload (self);
}

const GDate *
steward_evaluation_list_get_today (StewardEvaluationList *self)
{
  g_return_val_if_fail (STEWARD_IS_EVALUATION_LIST (self), NULL);

  return &self->today;
}

/**
 * steward_evaluation_list_find:
 *
 * Returns: (transfer none) (nullable): the evaluation of the objective
 */
StewardEvaluation *
steward_evaluation_list_find (StewardEvaluationList *self,
                              gint64                 objective_id)
{
  g_return_val_if_fail (STEWARD_IS_EVALUATION_LIST (self), NULL);

  for (guint i = 0; i < self->items->len; i++)
    {
      StewardEvaluation *evaluation = g_ptr_array_index (self->items, i);
      StewardObjective *objective = steward_evaluation_get_objective (evaluation);

      if (steward_record_get_id (STEWARD_RECORD (objective)) == objective_id)
        return evaluation;
    }

  return NULL;
}

/**
 * steward_evaluation_list_dup_all:
 *
 * Returns: (transfer full): the evaluations, for an export
 */
GPtrArray *
steward_evaluation_list_dup_all (StewardEvaluationList *self)
{
  GPtrArray *all;

  g_return_val_if_fail (STEWARD_IS_EVALUATION_LIST (self), NULL);

  all = g_ptr_array_new_full (self->items->len, g_object_unref);
  for (guint i = 0; i < self->items->len; i++)
    g_ptr_array_add (all, g_object_ref (g_ptr_array_index (self->items, i)));

  return all;
}
