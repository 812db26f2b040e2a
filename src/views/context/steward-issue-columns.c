/* steward-issue-columns.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-issue-columns"

#include "config.h"

#include "logic/steward-date.h"
#include "model/steward-context-issue.h"
#include "steward-issue-columns.h"

/* The cells and the sorters of the issues' columns. Each label follows the
 * properties it shows, so that an issue saved elsewhere shows its new
 * values at once; and dates follow the "calendar" property of the page,
 * which follows the preferences. */

static char *
date_text (GtkListItem     *item,
           GDate           *date,
           StewardCalendar  calendar,
           gpointer         data)
{
  if (date == NULL || !g_date_valid (date))
    return g_strdup ("");

  return steward_date_format (date, calendar);
}

static char *
scope_text (GtkListItem  *item,
            StewardScope  scope,
            gpointer      data)
{
  return g_strdup (steward_scope_to_string (scope));
}

static char *
category_text (GtkListItem          *item,
               StewardIssueCategory  category,
               gpointer              data)
{
  return g_strdup (steward_issue_category_to_string (category));
}

static char *
status_text (GtkListItem        *item,
             StewardIssueStatus  status,
             gpointer            data)
{
  return g_strdup (steward_issue_status_to_string (status));
}

/* The source, then its reference and date on a second line. */
static char *
source_text (GtkListItem        *item,
             StewardIssueSource  source,
             const char         *source_ref,
             GDate              *source_date,
             StewardCalendar     calendar,
             gpointer            data)
{
  g_autofree char *date = date_text (item, source_date, calendar, NULL);
  GString *text = g_string_new (steward_issue_source_to_string (source));
  gboolean has_ref = source_ref != NULL && source_ref[0] != '\0';

  if (has_ref || date[0] != '\0')
    g_string_append_c (text, '\n');
  if (has_ref)
    g_string_append (text, source_ref);
  if (has_ref && date[0] != '\0')
    g_string_append (text, " · ");
  g_string_append (text, date);

  return g_string_free (text, FALSE);
}

static GtkExpression *
issue_property (const char *property)
{
  return gtk_property_expression_new (STEWARD_TYPE_CONTEXT_ISSUE,
                                      gtk_property_expression_new (GTK_TYPE_LIST_ITEM, NULL, "item"),
                                      property);
}

/* The text of @callback over the issue's properties, then, when
 * @calendar_owner is given, its "calendar" property. */
static GtkExpression *
issue_closure (GCallback   callback,
               GObject    *calendar_owner,
               const char *first_property,
               ...)
{
  GtkExpression *params[4];
  guint n_params = 0;
  va_list args;

  va_start (args, first_property);
  for (const char *property = first_property; property != NULL && n_params < G_N_ELEMENTS (params) - 1;
       property = va_arg (args, const char *))
    params[n_params++] = issue_property (property);
  va_end (args);

  if (calendar_owner != NULL)
    params[n_params++] = gtk_property_expression_new (G_OBJECT_TYPE (calendar_owner),
                                                      gtk_object_expression_new (calendar_owner),
                                                      "calendar");

  return gtk_cclosure_expression_new (G_TYPE_STRING, NULL, n_params, params, callback, NULL, NULL);
}

static void
setup_label_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                GtkExpression            *expression)
{
  GtkWidget *label = gtk_label_new (NULL);
  gboolean wrap = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "wrap"));

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_valign (label, GTK_ALIGN_START);
  if (wrap)
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_width_chars (GTK_LABEL (label), 16);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 48);
    }
  else
    gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
  gtk_expression_bind (gtk_expression_ref (expression), label, "label", item);
}

/* @expression: (transfer full): the label's text, evaluated on the list item */
static GtkListItemFactory *
new_label_factory (GtkExpression *expression,
                   gboolean       wrap)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_object_set_data (G_OBJECT (factory), "wrap", GINT_TO_POINTER (wrap));
  g_signal_connect_data (factory, "setup", G_CALLBACK (setup_label_cb),
                         expression, (GClosureNotify) (void (*) (void)) gtk_expression_unref, 0);

  return factory;
}

static int
get_enum (gconstpointer  item,
          const char    *property)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS ((gpointer) item), property);

  return steward_record_get_enum (STEWARD_RECORD ((gpointer) item), pspec);
}

/* Enums sort in the order of the procedure (5.1.3 lists the external
 * categories first), not by their names. */
static int
compare_enum_cb (gconstpointer a,
                 gconstpointer b,
                 gpointer      property)
{
  int ea = get_enum (a, property);
  int eb = get_enum (b, property);

  return (ea > eb) - (ea < eb);
}

static int
compare_dates (const GDate *a,
               const GDate *b)
{
  gboolean a_set = a != NULL && g_date_valid (a);
  gboolean b_set = b != NULL && g_date_valid (b);

  if (a_set && b_set)
    return CLAMP (g_date_compare (a, b), -1, 1);

  return b_set - a_set;
}

static int
compare_identified_cb (gconstpointer a,
                       gconstpointer b,
                       gpointer      data)
{
  return compare_dates (steward_context_issue_get_identified_on ((gpointer) a),
                        steward_context_issue_get_identified_on ((gpointer) b));
}

/* By source, then by the date of the decision or directive. */
static int
compare_source_cb (gconstpointer a,
                   gconstpointer b,
                   gpointer      data)
{
  int order = compare_enum_cb (a, b, (gpointer) "source");

  if (order != 0)
    return order;

  return compare_dates (steward_context_issue_get_source_date ((gpointer) a),
                        steward_context_issue_get_source_date ((gpointer) b));
}

/**
 * steward_issue_columns_set_up:
 * @calendar_owner: an object with a "calendar" property (#StewardCalendar)
 *   that the dates follow
 *
 * Gives each column its cells and its sorter.
 */
void
steward_issue_columns_set_up (const StewardIssueColumns *columns,
                              GObject                   *calendar_owner)
{
  g_autoptr(GtkListItemFactory) identified = NULL;
  g_autoptr(GtkListItemFactory) source = NULL;
  struct {
    GtkColumnViewColumn *column;
    GCallback            text;
    const char          *property;
  } enums[] = {
    { columns->scope, G_CALLBACK (scope_text), "scope" },
    { columns->category, G_CALLBACK (category_text), "category" },
    { columns->status, G_CALLBACK (status_text), "status" },
  };
  struct {
    GtkColumnViewColumn *column;
    const char          *property;
  } texts[] = {
    { columns->description, "description" },
    { columns->effect, "effect" },
  };
  g_autoptr(GtkSorter) identified_sorter = GTK_SORTER (gtk_custom_sorter_new (compare_identified_cb, NULL, NULL));
  g_autoptr(GtkSorter) source_sorter = GTK_SORTER (gtk_custom_sorter_new (compare_source_cb, NULL, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (enums); i++)
    {
      g_autoptr(GtkListItemFactory) factory = NULL;
      g_autoptr(GtkSorter) sorter = NULL;

      factory = new_label_factory (issue_closure (enums[i].text, NULL, enums[i].property, NULL), FALSE);
      sorter = GTK_SORTER (gtk_custom_sorter_new (compare_enum_cb, (gpointer) enums[i].property, NULL));
      gtk_column_view_column_set_factory (enums[i].column, factory);
      gtk_column_view_column_set_sorter (enums[i].column, sorter);
    }

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GtkListItemFactory) factory = new_label_factory (issue_property (texts[i].property), TRUE);
      g_autoptr(GtkSorter) sorter = NULL;

      sorter = GTK_SORTER (gtk_string_sorter_new (gtk_property_expression_new (STEWARD_TYPE_CONTEXT_ISSUE, NULL,
                                                                               texts[i].property)));
      gtk_column_view_column_set_factory (texts[i].column, factory);
      gtk_column_view_column_set_sorter (texts[i].column, sorter);
    }

  identified = new_label_factory (issue_closure (G_CALLBACK (date_text), calendar_owner, "identified-on", NULL), FALSE);
  source = new_label_factory (issue_closure (G_CALLBACK (source_text), calendar_owner,
                                             "source", "source-ref", "source-date", NULL), TRUE);
  gtk_column_view_column_set_factory (columns->identified, identified);
  gtk_column_view_column_set_factory (columns->source, source);
  gtk_column_view_column_set_sorter (columns->identified, identified_sorter);
  gtk_column_view_column_set_sorter (columns->source, source_sorter);
}
