/* steward-project-columns.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-project-columns"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "logic/steward-date.h"
#include "logic/steward-follow-up.h"
#include "model/steward-person.h"
#include "model/steward-project-review.h"
#include "model/steward-project-role.h"
#include "model/steward-record-list.h"
#include "steward-project-columns.h"
#include "widgets/steward-register-util.h"

/* The index */

/* What the rows show comes from these tables. */
static const char * const table_signals[] = {
  "changed::project", "changed::project_review", "changed::project_role", "changed::person",
};

struct _StewardProjectIndex
{
  StewardDatabase         *db;
  StewardRecordList       *projects;
  StewardRecordList       *reviews;
  StewardRecordList       *roles;
  StewardRecordList       *people;
  GHashTable              *last_reviews;  /* project id → GDate */
  GHashTable              *n_roles;       /* project id → guint */
  gulong                   handlers[G_N_ELEMENTS (table_signals)];
  StewardProjectIndexFunc  changed_func;
  gpointer                 changed_data;
};

static gint64 *
dup_id (gint64 id)
{
  return g_memdup2 (&id, sizeof id);
}

static void
rebuild (StewardProjectIndex *self)
{
  GListModel *reviews = G_LIST_MODEL (self->reviews);
  GListModel *roles = G_LIST_MODEL (self->roles);

  g_hash_table_remove_all (self->last_reviews);
  for (guint i = 0; i < g_list_model_get_n_items (reviews); i++)
    {
      g_autoptr(StewardProjectReview) review = g_list_model_get_item (reviews, i);
      gint64 project_id = steward_project_review_get_project_id (review);
      GDate *on = steward_project_review_get_reviewed_on (review);
      GDate *last = g_hash_table_lookup (self->last_reviews, &project_id);

      if (on == NULL || (last != NULL && g_date_compare (last, on) >= 0))
        continue;
      g_hash_table_insert (self->last_reviews, dup_id (project_id), g_date_copy (on));
    }

  g_hash_table_remove_all (self->n_roles);
  for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
    {
      g_autoptr(StewardProjectRole) role = g_list_model_get_item (roles, i);
      gint64 project_id = steward_project_role_get_project_id (role);
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (self->n_roles, &project_id));

      g_hash_table_insert (self->n_roles, dup_id (project_id), GUINT_TO_POINTER (n + 1));
    }
}

/* After the lists' own handlers, which read the rows again. */
static void
on_table_changed_cb (StewardDatabase     *db,
                     const char * const  *tables,
                     StewardProjectIndex *self)
{
  rebuild (self);
  if (self->changed_func != NULL)
    self->changed_func (self->changed_data);
}

StewardProjectIndex *
steward_project_index_new (StewardDatabase *db)
{
  StewardProjectIndex *self = g_new0 (StewardProjectIndex, 1);
  g_autoptr(StewardQuery) projects = steward_query_new ();
  g_autoptr(StewardQuery) people = steward_query_new ();

  g_return_val_if_fail (STEWARD_IS_DATABASE (db), NULL);

  steward_query_order_by (projects, "start_date", TRUE);
  steward_query_order_by (people, "name", FALSE);
  self->db = g_object_ref (db);
  self->projects = steward_record_list_new (db, STEWARD_TYPE_PROJECT, projects);
  self->reviews = steward_record_list_new (db, STEWARD_TYPE_PROJECT_REVIEW, NULL);
  self->roles = steward_record_list_new (db, STEWARD_TYPE_PROJECT_ROLE, NULL);
  self->people = steward_record_list_new (db, STEWARD_TYPE_PERSON, people);
  self->last_reviews = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, (GDestroyNotify) g_date_free);
  self->n_roles = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (table_signals); i++)
    self->handlers[i] = g_signal_connect (db, table_signals[i], G_CALLBACK (on_table_changed_cb), self);
  rebuild (self);

  return self;
}

void
steward_project_index_free (StewardProjectIndex *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (self->handlers); i++)
    g_clear_signal_handler (&self->handlers[i], self->db);
  g_clear_object (&self->projects);
  g_clear_object (&self->reviews);
  g_clear_object (&self->roles);
  g_clear_object (&self->people);
  g_clear_pointer (&self->last_reviews, g_hash_table_unref);
  g_clear_pointer (&self->n_roles, g_hash_table_unref);
  g_clear_object (&self->db);
  g_free (self);
}

/* @func is called after any change to what the rows show. */
void
steward_project_index_set_changed_func (StewardProjectIndex     *self,
                                        StewardProjectIndexFunc  func,
                                        gpointer                 user_data)
{
  self->changed_func = func;
  self->changed_data = user_data;
}

/**
 * steward_project_index_get_projects:
 *
 * Returns: (transfer none): the projects, StewardProject
 */
GListModel *
steward_project_index_get_projects (StewardProjectIndex *self)
{
  return G_LIST_MODEL (self->projects);
}

gboolean
steward_project_index_has_project (StewardProjectIndex *self,
                                   gint64               id)
{
  return steward_record_list_find (self->projects, id, NULL) != NULL;
}

/**
 * steward_project_index_get_person_name:
 *
 * Returns: (transfer none) (nullable): the name of the person, %NULL for
 *   nobody
 */
const char *
steward_project_index_get_person_name (StewardProjectIndex *self,
                                       gint64               person_id)
{
  StewardPerson *person = person_id > 0 ? steward_record_list_find (self->people, person_id, NULL) : NULL;

  return person != NULL ? steward_person_get_name (person) : NULL;
}

/**
 * steward_project_index_get_last_review:
 *
 * Returns: (transfer none) (nullable): the date of the project's last
 *   security review
 */
GDate *
steward_project_index_get_last_review (StewardProjectIndex *self,
                                       gint64               project_id)
{
  return g_hash_table_lookup (self->last_reviews, &project_id);
}

guint
steward_project_index_get_n_roles (StewardProjectIndex *self,
                                   gint64               project_id)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (self->n_roles, &project_id));
}

/**
 * steward_project_index_dup_people:
 *
 * Returns: (transfer full): the owner of @project and the people in its
 *   roles with their roles, one a line, for the search
 */
char *
steward_project_index_dup_people (StewardProjectIndex *self,
                                  StewardProject      *project)
{
  GString *text = g_string_new (steward_project_index_get_person_name (self, steward_project_get_owner_id (project)));
  gint64 id = steward_record_get_id (STEWARD_RECORD (project));
  GListModel *roles = G_LIST_MODEL (self->roles);

  for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
    {
      g_autoptr(StewardProjectRole) role = g_list_model_get_item (roles, i);

      if (steward_project_role_get_project_id (role) != id)
        continue;
      g_string_append_printf (text, "\n%s\n%s",
                              steward_project_index_get_person_name (self, steward_project_role_get_person_id (role)) ?: "",
                              steward_project_role_get_role (role) ?: "");
    }

  return g_string_free (text, FALSE);
}

/**
 * steward_project_index_dup_records:
 *
 * Returns: (transfer container) (element-type StewardRecord): @project,
 *   then its security reviews and its roles: what deleting it deletes
 */
GPtrArray *
steward_project_index_dup_records (StewardProjectIndex *self,
                                   StewardProject      *project)
{
  GPtrArray *records = g_ptr_array_new_with_free_func (g_object_unref);
  gint64 id = steward_record_get_id (STEWARD_RECORD (project));
  GListModel *children[] = { G_LIST_MODEL (self->reviews), G_LIST_MODEL (self->roles) };

  g_ptr_array_add (records, g_object_ref (project));
  for (guint c = 0; c < G_N_ELEMENTS (children); c++)
    for (guint i = 0; i < g_list_model_get_n_items (children[c]); i++)
      {
        g_autoptr(StewardRecord) child = g_list_model_get_item (children[c], i);
        gint64 project_id = 0;

        g_object_get (child, "project-id", &project_id, NULL);
        if (project_id == id)
          g_ptr_array_add (records, g_steal_pointer (&child));
      }

  return records;
}

/* Phases */

StewardProjectPhaseFilter
steward_project_columns_get_phase (StewardProject *project,
                                   const GDate    *today)
{
  GDate *start = steward_project_get_start_date (project);
  GDate *end = steward_project_get_end_date (project);

  if (start != NULL && g_date_compare (start, today) > 0)
    return STEWARD_PROJECT_PHASE_NOT_STARTED;
  if (end != NULL && g_date_compare (end, today) < 0)
    return STEWARD_PROJECT_PHASE_ENDED;

  return STEWARD_PROJECT_PHASE_RUNNING;
}

/* Cells */

static GtkWidget *
make_label (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);

  return label;
}

static GtkWidget *
setup_label_cell (gpointer user_data)
{
  return make_label ();
}

static GtkWidget *
setup_date_cell (gpointer user_data)
{
  GtkWidget *label = make_label ();

  gtk_widget_add_css_class (label, "numeric");

  return label;
}

static void
set_dim_label (GtkWidget  *label,
               const char *text,
               gboolean    dim)
{
  gtk_label_set_label (GTK_LABEL (label), text);
  if (dim)
    gtk_widget_add_css_class (label, "dim-label");
  else
    gtk_widget_remove_css_class (label, "dim-label");
}

/* A date in the user's calendar; a dash, dimmed, for none. */
static void
set_date_label (GtkWidget             *label,
                const GDate           *date,
                StewardProjectColumns *columns)
{
  g_autofree char *text = date != NULL ? steward_date_format (date, columns->calendar) : g_strdup ("—");

  set_dim_label (label, text, date == NULL);
}

static void
update_owner_cell (GtkWidget *child,
                   gpointer   item,
                   gpointer   user_data)
{
  StewardProjectColumns *columns = user_data;
  const char *name = NULL;

  if (columns->index != NULL)
    name = steward_project_index_get_person_name (columns->index, steward_project_get_owner_id (item));
  /* TRANSLATORS: a project without an owner */
  set_dim_label (child, name != NULL ? name : C_("owner", "None"), name == NULL);
}

static void
update_start_cell (GtkWidget *child,
                   gpointer   item,
                   gpointer   user_data)
{
  set_date_label (child, steward_project_get_start_date (item), user_data);
}

static void
update_end_cell (GtkWidget *child,
                 gpointer   item,
                 gpointer   user_data)
{
  set_date_label (child, steward_project_get_end_date (item), user_data);
}

/* Yes or no, and where: the requirements document or the contract. */
static void
update_security_cell (GtkWidget *child,
                      gpointer   item,
                      gpointer   user_data)
{
  const char *ref = steward_project_get_requirements_ref (item);
  g_autofree char *text = NULL;

  if (!steward_project_get_security_in_requirements (item))
    {
      gtk_label_set_label (GTK_LABEL (child), _("No"));
      gtk_widget_add_css_class (child, "warning");
      steward_cell_set_tooltip (child, _("Security is not written into the requirements or the contract (5.8.1)"));
      return;
    }

  /* TRANSLATORS: security is in the requirements or the contract of a
   * project; %s is where, such as a contract clause */
  text = ref != NULL ? g_strdup_printf (_("Yes: %s"), ref) : g_strdup (_("Yes"));
  gtk_label_set_label (GTK_LABEL (child), text);
  gtk_widget_remove_css_class (child, "warning");
  steward_cell_set_tooltip (child, ref);
}

/* The date of the risk assessment, or a badge when it is missing on a
 * project that has started. */
static GtkWidget *
setup_risk_cell (gpointer user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = make_label ();
  /* TRANSLATORS: a badge in the risk assessment column of a project that
   * has started without one */
  GtkWidget *badge = gtk_label_new (_("Due"));

  gtk_widget_add_css_class (label, "numeric");
  gtk_widget_add_css_class (badge, "warning");
  gtk_widget_add_css_class (badge, "caption-heading");
  steward_cell_set_tooltip (badge, _("The project has started without a risk assessment (5.8.2)"));
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), badge);

  return box;
}

static void
update_risk_cell (GtkWidget *child,
                  gpointer   item,
                  gpointer   user_data)
{
  GtkWidget *label = gtk_widget_get_first_child (child);
  GDate *assessed_on = steward_project_get_risk_assessed_on (item);
  g_autoptr(GDate) today = steward_date_new_today ();
  gboolean due = steward_project_is_risk_due (item, today);

  /* The badge says it all when there is no date. */
  set_date_label (label, assessed_on, user_data);
  gtk_widget_set_visible (label, !due);
  gtk_widget_set_visible (gtk_widget_get_next_sibling (label), due);
}

static void
update_review_cell (GtkWidget *child,
                    gpointer   item,
                    gpointer   user_data)
{
  StewardProjectColumns *columns = user_data;
  GDate *last = NULL;
  g_autofree char *text = NULL;

  if (columns->index != NULL)
    last = steward_project_index_get_last_review (columns->index, steward_record_get_id (item));
  text = last != NULL ? steward_date_format (last, columns->calendar) : g_strdup (C_("review", "None"));
  set_dim_label (child, text, last == NULL);
}

static void
update_roles_cell (GtkWidget *child,
                   gpointer   item,
                   gpointer   user_data)
{
  StewardProjectColumns *columns = user_data;
  guint n = 0;
  g_autofree char *text = NULL;

  if (columns->index != NULL)
    n = steward_project_index_get_n_roles (columns->index, steward_record_get_id (item));
  text = g_strdup_printf ("%u", n);
  set_dim_label (child, text, n == 0);
}

/* Sorters */

static int
compare_dates (const GDate *a,
               const GDate *b)
{
  /* None first. */
  if (a == NULL || b == NULL)
    return (a != NULL) - (b != NULL);

  return g_date_compare (a, b);
}

static int
owner_sort_cb (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  StewardProjectColumns *columns = user_data;
  const char *name_a, *name_b;

  if (columns->index == NULL)
    return 0;

  name_a = steward_project_index_get_person_name (columns->index, steward_project_get_owner_id ((gpointer) a));
  name_b = steward_project_index_get_person_name (columns->index, steward_project_get_owner_id ((gpointer) b));
  if (name_a == NULL || name_b == NULL)
    return (name_a != NULL) - (name_b != NULL);

  return g_utf8_collate (name_a, name_b);
}

static int
start_sort_cb (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  return compare_dates (steward_project_get_start_date ((gpointer) a), steward_project_get_start_date ((gpointer) b));
}

static int
end_sort_cb (gconstpointer a,
             gconstpointer b,
             gpointer      user_data)
{
  return compare_dates (steward_project_get_end_date ((gpointer) a), steward_project_get_end_date ((gpointer) b));
}

/* Due first, then not assessed yet, then by date. */
static int
risk_sort_cb (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  g_autoptr(GDate) today = steward_date_new_today ();
  gboolean due_a = steward_project_is_risk_due ((gpointer) a, today);
  gboolean due_b = steward_project_is_risk_due ((gpointer) b, today);

  if (due_a != due_b)
    return due_b - due_a;

  return compare_dates (steward_project_get_risk_assessed_on ((gpointer) a),
                        steward_project_get_risk_assessed_on ((gpointer) b));
}

static int
review_sort_cb (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  StewardProjectColumns *columns = user_data;

  if (columns->index == NULL)
    return 0;

  return compare_dates (steward_project_index_get_last_review (columns->index, steward_record_get_id ((gpointer) a)),
                        steward_project_index_get_last_review (columns->index, steward_record_get_id ((gpointer) b)));
}

static int
roles_sort_cb (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  StewardProjectColumns *columns = user_data;
  guint n_a, n_b;

  if (columns->index == NULL)
    return 0;

  n_a = steward_project_index_get_n_roles (columns->index, steward_record_get_id ((gpointer) a));
  n_b = steward_project_index_get_n_roles (columns->index, steward_record_get_id ((gpointer) b));

  return (n_a > n_b) - (n_a < n_b);
}

static void
set_sorter (GtkColumnViewColumn   *column,
            GCompareDataFunc       func,
            StewardProjectColumns *columns)
{
  g_autoptr(GtkCustomSorter) sorter = gtk_custom_sorter_new (func, columns, NULL);

  gtk_column_view_column_set_sorter (column, GTK_SORTER (sorter));
}

/**
 * steward_project_columns_init:
 * @cells: made with @columns as their user data
 *
 * Gives the computed columns their cells and their order.
 */
void
steward_project_columns_init (StewardProjectColumns *columns,
                              StewardCells          *cells)
{
  steward_cells_set_column (cells, columns->owner_column, setup_label_cell, update_owner_cell);
  steward_cells_set_column (cells, columns->start_column, setup_date_cell, update_start_cell);
  steward_cells_set_column (cells, columns->end_column, setup_date_cell, update_end_cell);
  steward_cells_set_column (cells, columns->security_column, setup_label_cell, update_security_cell);
  steward_cells_set_column (cells, columns->risk_column, setup_risk_cell, update_risk_cell);
  steward_cells_set_column (cells, columns->review_column, setup_date_cell, update_review_cell);
  steward_cells_set_column (cells, columns->roles_column, setup_date_cell, update_roles_cell);

  set_sorter (columns->owner_column, owner_sort_cb, columns);
  set_sorter (columns->start_column, start_sort_cb, columns);
  set_sorter (columns->end_column, end_sort_cb, columns);
  set_sorter (columns->risk_column, risk_sort_cb, columns);
  set_sorter (columns->review_column, review_sort_cb, columns);
  set_sorter (columns->roles_column, roles_sort_cb, columns);
}

void
steward_project_columns_set_index (StewardProjectColumns *columns,
                                   StewardProjectIndex   *index)
{
  columns->index = index;
}

void
steward_project_columns_set_calendar (StewardProjectColumns *columns,
                                      StewardCalendar        calendar)
{
  columns->calendar = calendar;
}
