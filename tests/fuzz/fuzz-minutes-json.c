/* fuzz-minutes-json.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The minutes' document (the JSON of logic/steward-minutes.h, stored with
 * every issued version) with any bytes: parsed, laid out on A4 pages
 * (export/steward-minutes-layout.c, with its tables and charts) and every
 * page drawn on a recording surface; then written as the editable ODT.
 * A stored document is read back this way, so whatever a file holds must
 * neither crash nor hang the export. */

#include "config.h"

#include <stdlib.h>

#include <cairo.h>

#include "export/steward-minutes-export.h"
#include "export/formats/steward-formats.h"
#include "export/steward-minutes-private.h"
#include "steward-fuzz.h"

/* More pages are drawn only in the longer runs' time. */
#define MAX_PAGES_DRAWN 30

int
steward_fuzz_minutes_json (const guint8 *data,
                           gsize         size)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(StewardMinutesLayout) layout = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *odt = NULL;
  JsonObject *content;
  JsonNode *root;
  cairo_surface_t *surface;
  cairo_t *cr;
  guint n_pages;

  steward_fuzz_init ();
  if (!json_parser_load_from_data (parser, (const char *)data, (gssize)size, NULL))
    return 0;
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return 0;
  content = json_node_get_object (root);

  surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cr = cairo_create (surface);
  layout = steward_minutes_layout_new (content, cr, 595, 842);
  g_assert_nonnull (layout);
  n_pages = steward_minutes_layout_get_n_pages (layout);
  g_assert_cmpuint (n_pages, >=, 1);
  for (guint page = 0; page < n_pages && page < MAX_PAGES_DRAWN; page++)
    {
      cairo_save (cr);
      steward_minutes_layout_draw_page (layout, cr, page);
      cairo_restore (cr);
      cairo_show_page (cr);
    }
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  odt = g_build_filename (steward_fuzz_get_work_dir (), "minutes.odt", NULL);
  if (!steward_minutes_write_odt (content, odt, "minutes.odt", &error))
    g_assert_nonnull (error);
  steward_fuzz_clear_dir (steward_fuzz_get_work_dir (), FALSE);

  return 0;
}
