/* steward-minutes-odt.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-minutes-odt"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <gsf/gsf.h>

#include "export/steward-minutes-private.h"
#include "steward-formats.h"

/* The editable minutes: an OpenDocument text that LibreOffice and Word
 * open, for the secretary to paste into the official template. Headings,
 * paragraphs and real tables, the charts as pictures; the look is left to
 * the template it goes into, so the styles are few. */

#define MIMETYPE     "application/vnd.oasis.opendocument.text"
#define CHART_WIDTH  480.0   /* points: 17 cm */
#define CHART_HEIGHT 170.0

#define NS_OFFICE "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
#define NS_STYLE  "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
#define NS_TEXT   "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
#define NS_TABLE  "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
#define NS_DRAW   "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
#define NS_FO     "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
#define NS_XLINK  "http://www.w3.org/1999/xlink"
#define NS_SVG    "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"

typedef struct
{
  GsfOutfile *zip;
  GsfXMLOut  *xml;
  GPtrArray  *pictures;   /* "Pictures/chart-1.png"..., for the manifest */
  GPtrArray  *images;     /* their PNGs */
  guint       n_tables;
  GError     *error;
} Odt;

static void
add_namespaces (GsfXMLOut *xml)
{
  gsf_xml_out_add_cstr_unchecked (xml, "xmlns:office", NS_OFFICE);
  gsf_xml_out_add_cstr_unchecked (xml, "xmlns:style", NS_STYLE);
  gsf_xml_out_add_cstr_unchecked (xml, "xmlns:text", NS_TEXT);
  gsf_xml_out_add_cstr_unchecked (xml, "xmlns:table", NS_TABLE);
  gsf_xml_out_add_cstr_unchecked (xml, "xmlns:draw", NS_DRAW);
  gsf_xml_out_add_cstr_unchecked (xml, "xmlns:fo", NS_FO);
  gsf_xml_out_add_cstr_unchecked (xml, "xmlns:xlink", NS_XLINK);
  gsf_xml_out_add_cstr_unchecked (xml, "xmlns:svg", NS_SVG);
  gsf_xml_out_add_cstr_unchecked (xml, "office:version", "1.2");
}

static GsfOutput *
new_member (GsfOutfile *dir,
            const char *name,
            gboolean    stored)
{
  return gsf_outfile_new_child_full (dir, name, FALSE,
                                     "compression-level", stored ? GSF_ZIP_STORED : GSF_ZIP_DEFLATED,
                                     NULL);
}

static void
write_paragraph (Odt        *odt,
                 const char *style,
                 const char *text)
{
  if (text == NULL || *text == '\0')
    return;

  gsf_xml_out_start_element (odt->xml, "text:p");
  gsf_xml_out_add_cstr_unchecked (odt->xml, "text:style-name", style);
  gsf_xml_out_add_cstr (odt->xml, NULL, text);
  gsf_xml_out_end_element (odt->xml);
}

static void
write_paragraphs (Odt        *odt,
                  const char *text)
{
  g_auto(GStrv) paragraphs = g_strsplit (text, "\n", -1);

  for (guint i = 0; paragraphs[i] != NULL; i++)
    write_paragraph (odt, "Standard", g_strstrip (paragraphs[i]));
}

static void
write_heading (Odt        *odt,
               int         level,
               const char *text)
{
  g_autofree char *style = g_strdup_printf ("Heading_20_%d", level);
  g_autofree char *outline = g_strdup_printf ("%d", level);

  gsf_xml_out_start_element (odt->xml, "text:h");
  gsf_xml_out_add_cstr_unchecked (odt->xml, "text:style-name", style);
  gsf_xml_out_add_cstr_unchecked (odt->xml, "text:outline-level", outline);
  gsf_xml_out_add_cstr (odt->xml, NULL, text);
  gsf_xml_out_end_element (odt->xml);
}

static void
write_cell (Odt        *odt,
            const char *text,
            gboolean    header)
{
  gsf_xml_out_start_element (odt->xml, "table:table-cell");
  gsf_xml_out_add_cstr_unchecked (odt->xml, "table:style-name", "Cell");
  gsf_xml_out_add_cstr_unchecked (odt->xml, "office:value-type", "string");
  gsf_xml_out_start_element (odt->xml, "text:p");
  gsf_xml_out_add_cstr_unchecked (odt->xml, "text:style-name", header ? "Table_20_Heading" : "Table_20_Contents");
  gsf_xml_out_add_cstr (odt->xml, NULL, text);
  gsf_xml_out_end_element (odt->xml);
  gsf_xml_out_end_element (odt->xml);
}

/* A table of @columns (nullable) and @rows: its header row repeats on
 * every page in the word processor too. */
static void
write_table (Odt       *odt,
             JsonArray *columns,
             JsonArray *rows)
{
  guint n_columns = columns != NULL ? json_array_get_length (columns) : 0;
  guint n_rows = rows != NULL ? json_array_get_length (rows) : 0;
  g_autofree char *name = NULL;

  for (guint r = 0; r < n_rows; r++)
    if (JSON_NODE_HOLDS_ARRAY (json_array_get_element (rows, r)))
      n_columns = MAX (n_columns, json_array_get_length (json_array_get_array_element (rows, r)));
  if (n_columns == 0)
    return;

  name = g_strdup_printf ("Table%u", ++odt->n_tables);
  gsf_xml_out_start_element (odt->xml, "table:table");
  gsf_xml_out_add_cstr (odt->xml, "table:name", name);
  gsf_xml_out_add_cstr_unchecked (odt->xml, "table:style-name", "Table");
  gsf_xml_out_start_element (odt->xml, "table:table-column");
  gsf_xml_out_add_uint (odt->xml, "table:number-columns-repeated", n_columns);
  gsf_xml_out_end_element (odt->xml);

  if (columns != NULL)
    {
      gsf_xml_out_start_element (odt->xml, "table:table-header-rows");
      gsf_xml_out_start_element (odt->xml, "table:table-row");
      for (guint c = 0; c < n_columns; c++)
        {
          g_autofree char *text = steward_minutes_dup_cell (columns, c);

          write_cell (odt, text, TRUE);
        }
      gsf_xml_out_end_element (odt->xml);
      gsf_xml_out_end_element (odt->xml);
    }

  for (guint r = 0; r < n_rows; r++)
    {
      JsonNode *node = json_array_get_element (rows, r);
      JsonArray *cells = JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;

      gsf_xml_out_start_element (odt->xml, "table:table-row");
      for (guint c = 0; c < n_columns; c++)
        {
          g_autofree char *text = steward_minutes_dup_cell (cells, c);

          write_cell (odt, text, FALSE);
        }
      gsf_xml_out_end_element (odt->xml);
    }

  gsf_xml_out_end_element (odt->xml);
}

static void
write_chart (Odt        *odt,
             JsonObject *block)
{
  g_autoptr(GBytes) png = steward_minutes_render_chart_png (block, CHART_WIDTH, CHART_HEIGHT);
  g_autofree char *name = NULL;
  g_autofree char *href = NULL;
  g_autofree char *width = NULL;
  g_autofree char *height = NULL;

  if (png == NULL)
    return;

  write_paragraph (odt, "Caption", steward_minutes_get_string (block, "caption"));

  name = g_strdup_printf ("chart-%u.png", odt->pictures->len + 1);
  href = g_strdup_printf ("Pictures/%s", name);

  /* The zip's members are written one after the other: the pictures
   * wait for content.xml to be closed. */
  g_ptr_array_add (odt->images, g_bytes_ref (png));
  g_ptr_array_add (odt->pictures, g_strdup (href));

  width = g_strdup_printf ("%.2fcm", CHART_WIDTH / 72.0 * 2.54);
  height = g_strdup_printf ("%.2fcm", CHART_HEIGHT / 72.0 * 2.54);
  gsf_xml_out_start_element (odt->xml, "text:p");
  gsf_xml_out_add_cstr_unchecked (odt->xml, "text:style-name", "Standard");
  gsf_xml_out_start_element (odt->xml, "draw:frame");
  gsf_xml_out_add_cstr (odt->xml, "draw:name", name);
  gsf_xml_out_add_cstr_unchecked (odt->xml, "text:anchor-type", "as-char");
  gsf_xml_out_add_cstr_unchecked (odt->xml, "svg:width", width);
  gsf_xml_out_add_cstr_unchecked (odt->xml, "svg:height", height);
  gsf_xml_out_start_element (odt->xml, "draw:image");
  gsf_xml_out_add_cstr (odt->xml, "xlink:href", href);
  gsf_xml_out_add_cstr_unchecked (odt->xml, "xlink:type", "simple");
  gsf_xml_out_add_cstr_unchecked (odt->xml, "xlink:show", "embed");
  gsf_xml_out_add_cstr_unchecked (odt->xml, "xlink:actuate", "onLoad");
  gsf_xml_out_end_element (odt->xml);
  gsf_xml_out_end_element (odt->xml);
  gsf_xml_out_end_element (odt->xml);
}

static void
write_block (Odt        *odt,
             JsonObject *block)
{
  const char *type = steward_minutes_get_string (block, "type");

  if (g_str_equal (type, "text") || g_str_equal (type, "empty"))
    write_paragraphs (odt, steward_minutes_get_string (block, "text"));
  else if (g_str_equal (type, "table"))
    {
      write_paragraph (odt, "Caption", steward_minutes_get_string (block, "caption"));
      write_table (odt, steward_minutes_get_array (block, "columns"), steward_minutes_get_array (block, "rows"));
    }
  else if (g_str_equal (type, "chart"))
    write_chart (odt, block);
}

static void
write_decisions (Odt       *odt,
                 JsonArray *decisions)
{
  g_autoptr(JsonArray) columns = NULL;
  g_autoptr(JsonArray) rows = NULL;

  if (!steward_minutes_decision_table (decisions, &columns, &rows))
    return;

  write_paragraph (odt, "Label", _("Decisions and actions"));
  write_table (odt, columns, rows);
}

static void
write_item (Odt        *odt,
            JsonObject *item)
{
  JsonArray *blocks = steward_minutes_get_array (item, "blocks");
  g_autofree char *heading = g_strdup_printf (C_("agenda item", "%s. %s"),
                                              steward_minutes_get_string (item, "number"),
                                              steward_minutes_get_string (item, "title"));
  const char *clause = steward_minutes_get_string (item, "clause");

  write_heading (odt, 2, heading);
  if (*clause != '\0')
    {
      g_autofree char *text = g_strdup_printf (_("Procedure section %s"), clause);

      write_paragraph (odt, "Caption", text);
    }

  if (steward_minutes_get_bool (item, "nothing_to_report"))
    {
      g_autofree char *text = g_strdup_printf (_("Nothing to report: %s"),
                                               steward_minutes_get_string (item, "reason"));

      write_paragraph (odt, "Standard", text);
    }

  for (guint i = 0; blocks != NULL && i < json_array_get_length (blocks); i++)
    if (JSON_NODE_HOLDS_OBJECT (json_array_get_element (blocks, i)))
      write_block (odt, json_array_get_object_element (blocks, i));

  if (*steward_minutes_get_string (item, "discussion") != '\0')
    {
      write_paragraph (odt, "Label", _("Discussion"));
      write_paragraphs (odt, steward_minutes_get_string (item, "discussion"));
    }
  if (*steward_minutes_get_string (item, "conclusion") != '\0')
    {
      write_paragraph (odt, "Label", _("Conclusion"));
      write_paragraphs (odt, steward_minutes_get_string (item, "conclusion"));
    }

  write_decisions (odt, steward_minutes_get_array (item, "decisions"));
}

static void
write_automatic_styles (GsfXMLOut *xml)
{
  gsf_xml_out_start_element (xml, "office:automatic-styles");

  gsf_xml_out_start_element (xml, "style:style");
  gsf_xml_out_add_cstr_unchecked (xml, "style:name", "Table");
  gsf_xml_out_add_cstr_unchecked (xml, "style:family", "table");
  gsf_xml_out_start_element (xml, "style:table-properties");
  gsf_xml_out_add_cstr_unchecked (xml, "style:width", "17cm");
  gsf_xml_out_add_cstr_unchecked (xml, "table:align", "margins");
  gsf_xml_out_add_cstr_unchecked (xml, "fo:margin-top", "0.1cm");
  gsf_xml_out_add_cstr_unchecked (xml, "fo:margin-bottom", "0.2cm");
  gsf_xml_out_end_element (xml);
  gsf_xml_out_end_element (xml);

  gsf_xml_out_start_element (xml, "style:style");
  gsf_xml_out_add_cstr_unchecked (xml, "style:name", "Cell");
  gsf_xml_out_add_cstr_unchecked (xml, "style:family", "table-cell");
  gsf_xml_out_start_element (xml, "style:table-cell-properties");
  gsf_xml_out_add_cstr_unchecked (xml, "fo:border", "0.5pt solid #000000");
  gsf_xml_out_add_cstr_unchecked (xml, "fo:padding", "0.08cm");
  gsf_xml_out_end_element (xml);
  gsf_xml_out_end_element (xml);

  gsf_xml_out_end_element (xml);
}

static void
write_content (Odt        *odt,
               JsonObject *content)
{
  g_autoptr(GPtrArray) lines = steward_minutes_meeting_lines (content);
  g_autoptr(JsonArray) meeting_rows = json_array_new ();
  JsonObject *attendance = steward_minutes_get_object (content, "attendance");
  JsonObject *document = steward_minutes_get_object (content, "document");
  JsonArray *items = steward_minutes_get_array (content, "items");
  JsonArray *decisions = steward_minutes_get_array (content, "decisions");
  JsonArray *signatures = steward_minutes_get_array (content, "signatures");
  GsfXMLOut *xml = odt->xml;

  gsf_xml_out_start_element (xml, "office:document-content");
  add_namespaces (xml);
  write_automatic_styles (xml);
  gsf_xml_out_start_element (xml, "office:body");
  gsf_xml_out_start_element (xml, "office:text");

  write_paragraph (odt, "Title", steward_minutes_get_string (content, "title"));
  if (*steward_minutes_get_string (document, "number") != '\0')
    {
      g_autofree char *reference = g_strdup_printf (_("Document number: %s    Version: %d    %s"),
                                                    steward_minutes_get_string (document, "number"),
                                                    (int)steward_minutes_get_int (document, "version"),
                                                    steward_minutes_get_string (document, "status"));

      write_paragraph (odt, "Caption", reference);
    }

  for (guint i = 0; i + 1 < lines->len; i += 2)
    {
      JsonArray *row = json_array_new ();

      json_array_add_string_element (row, g_ptr_array_index (lines, i));
      json_array_add_string_element (row, g_ptr_array_index (lines, i + 1));
      json_array_add_array_element (meeting_rows, row);
    }
  write_table (odt, NULL, meeting_rows);

  write_heading (odt, 1, _("Attendance"));
  write_table (odt, steward_minutes_get_array (attendance, "columns"),
               steward_minutes_get_array (attendance, "rows"));
  write_paragraph (odt, "Standard", steward_minutes_get_string (attendance, "quorum"));

  for (guint i = 0; items != NULL && i < json_array_get_length (items); i++)
    if (JSON_NODE_HOLDS_OBJECT (json_array_get_element (items, i)))
      write_item (odt, json_array_get_object_element (items, i));

  if (decisions != NULL && json_array_get_length (decisions) > 0)
    {
      write_heading (odt, 1, _("General decisions"));
      write_decisions (odt, decisions);
    }

  for (guint i = 0; signatures != NULL && i < json_array_get_length (signatures); i++)
    {
      g_autofree char *label = steward_minutes_dup_cell (signatures, i);
      g_autofree char *line = g_strdup_printf ("%s: ______________________________", label);

      write_paragraph (odt, "Signature", line);
    }

  gsf_xml_out_end_element (xml);
  gsf_xml_out_end_element (xml);
  gsf_xml_out_end_element (xml);
}

static void
write_paragraph_style (GsfXMLOut  *xml,
                       const char *name,
                       const char *display_name,
                       const char *size,
                       gboolean    bold,
                       const char *space_before)
{
  gsf_xml_out_start_element (xml, "style:style");
  gsf_xml_out_add_cstr_unchecked (xml, "style:name", name);
  gsf_xml_out_add_cstr_unchecked (xml, "style:display-name", display_name);
  gsf_xml_out_add_cstr_unchecked (xml, "style:family", "paragraph");
  gsf_xml_out_start_element (xml, "style:paragraph-properties");
  gsf_xml_out_add_cstr_unchecked (xml, "fo:margin-top", space_before);
  gsf_xml_out_add_cstr_unchecked (xml, "fo:margin-bottom", "0.1cm");
  if (g_str_equal (name, "Title"))
    gsf_xml_out_add_cstr_unchecked (xml, "fo:text-align", "center");
  gsf_xml_out_end_element (xml);
  gsf_xml_out_start_element (xml, "style:text-properties");
  gsf_xml_out_add_cstr_unchecked (xml, "style:font-name", "Noto Sans CJK TC");
  gsf_xml_out_add_cstr_unchecked (xml, "style:font-name-asian", "Noto Sans CJK TC");
  gsf_xml_out_add_cstr_unchecked (xml, "fo:font-size", size);
  gsf_xml_out_add_cstr_unchecked (xml, "style:font-size-asian", size);
  if (bold)
    {
      gsf_xml_out_add_cstr_unchecked (xml, "fo:font-weight", "bold");
      gsf_xml_out_add_cstr_unchecked (xml, "style:font-weight-asian", "bold");
    }
  gsf_xml_out_end_element (xml);
  gsf_xml_out_end_element (xml);
}

static void
write_styles (GsfXMLOut *xml)
{
  gsf_xml_out_start_element (xml, "office:document-styles");
  add_namespaces (xml);

  gsf_xml_out_start_element (xml, "office:font-face-decls");
  gsf_xml_out_start_element (xml, "style:font-face");
  gsf_xml_out_add_cstr_unchecked (xml, "style:name", "Noto Sans CJK TC");
  gsf_xml_out_add_cstr_unchecked (xml, "svg:font-family", "'Noto Sans CJK TC'");
  gsf_xml_out_end_element (xml);
  gsf_xml_out_end_element (xml);

  gsf_xml_out_start_element (xml, "office:styles");
  write_paragraph_style (xml, "Standard", "Standard", "10.5pt", FALSE, "0.1cm");
  write_paragraph_style (xml, "Title", "Title", "16pt", TRUE, "0cm");
  write_paragraph_style (xml, "Heading_20_1", "Heading 1", "13pt", TRUE, "0.5cm");
  write_paragraph_style (xml, "Heading_20_2", "Heading 2", "12pt", TRUE, "0.5cm");
  write_paragraph_style (xml, "Label", "Label", "10.5pt", TRUE, "0.2cm");
  write_paragraph_style (xml, "Caption", "Caption", "9pt", FALSE, "0.1cm");
  write_paragraph_style (xml, "Table_20_Contents", "Table Contents", "9pt", FALSE, "0cm");
  write_paragraph_style (xml, "Table_20_Heading", "Table Heading", "9pt", TRUE, "0cm");
  write_paragraph_style (xml, "Signature", "Signature", "10.5pt", FALSE, "1.2cm");
  gsf_xml_out_end_element (xml);

  gsf_xml_out_start_element (xml, "office:automatic-styles");
  gsf_xml_out_start_element (xml, "style:page-layout");
  gsf_xml_out_add_cstr_unchecked (xml, "style:name", "A4");
  gsf_xml_out_start_element (xml, "style:page-layout-properties");
  gsf_xml_out_add_cstr_unchecked (xml, "fo:page-width", "21cm");
  gsf_xml_out_add_cstr_unchecked (xml, "fo:page-height", "29.7cm");
  gsf_xml_out_add_cstr_unchecked (xml, "fo:margin", "2cm");
  gsf_xml_out_end_element (xml);
  gsf_xml_out_end_element (xml);
  gsf_xml_out_end_element (xml);

  gsf_xml_out_start_element (xml, "office:master-styles");
  gsf_xml_out_start_element (xml, "style:master-page");
  gsf_xml_out_add_cstr_unchecked (xml, "style:name", "Standard");
  gsf_xml_out_add_cstr_unchecked (xml, "style:page-layout-name", "A4");
  gsf_xml_out_end_element (xml);
  gsf_xml_out_end_element (xml);

  gsf_xml_out_end_element (xml);
}

static void
write_manifest_entry (GsfXMLOut  *xml,
                      const char *path,
                      const char *media_type)
{
  gsf_xml_out_start_element (xml, "manifest:file-entry");
  gsf_xml_out_add_cstr (xml, "manifest:full-path", path);
  gsf_xml_out_add_cstr_unchecked (xml, "manifest:media-type", media_type);
  gsf_xml_out_end_element (xml);
}

static void
write_manifest (GsfXMLOut *xml,
                GPtrArray *pictures)
{
  gsf_xml_out_start_element (xml, "manifest:manifest");
  gsf_xml_out_add_cstr_unchecked (xml, "xmlns:manifest", "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0");
  gsf_xml_out_add_cstr_unchecked (xml, "manifest:version", "1.2");
  gsf_xml_out_start_element (xml, "manifest:file-entry");
  gsf_xml_out_add_cstr_unchecked (xml, "manifest:full-path", "/");
  gsf_xml_out_add_cstr_unchecked (xml, "manifest:version", "1.2");
  gsf_xml_out_add_cstr_unchecked (xml, "manifest:media-type", MIMETYPE);
  gsf_xml_out_end_element (xml);
  write_manifest_entry (xml, "content.xml", "text/xml");
  write_manifest_entry (xml, "styles.xml", "text/xml");
  for (guint i = 0; i < pictures->len; i++)
    write_manifest_entry (xml, g_ptr_array_index (pictures, i), "image/png");
  gsf_xml_out_end_element (xml);
}

/* Writes an XML member of the zip with @func. */
static void
write_xml_member (GsfOutfile *dir,
                  const char *name,
                  void      (*func) (GsfXMLOut *xml, gpointer data),
                  gpointer    data)
{
  GsfOutput *member = new_member (dir, name, FALSE);
  GsfXMLOut *xml = gsf_xml_out_new (member);

  func (xml, data);
  g_object_unref (xml);
  gsf_output_close (member);
  g_object_unref (member);
}

static void
styles_func (GsfXMLOut *xml,
             gpointer   data)
{
  write_styles (xml);
}

static void
manifest_func (GsfXMLOut *xml,
               gpointer   data)
{
  write_manifest (xml, data);
}

gboolean
steward_minutes_write_odt (JsonObject  *content,
                           const char  *tmp_path,
                           const char  *display_name,
                           GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GPtrArray) pictures = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) images = g_ptr_array_new_with_free_func ((GDestroyNotify)g_bytes_unref);
  GsfOutput *file;
  GsfOutfile *zip;
  GsfOutfile *meta_inf;
  GsfOutput *member;
  Odt odt = { 0 };

  file = gsf_output_stdio_new (tmp_path, &local_error);
  if (file == NULL)
    goto failed;

  zip = gsf_outfile_zip_new (file, &local_error);
  g_object_unref (file);
  if (zip == NULL)
    goto failed;

  /* The first member, stored as it is: how a program recognizes the
   * format without unzipping. */
  member = new_member (zip, "mimetype", TRUE);
  gsf_output_write (member, strlen (MIMETYPE), (const guint8 *)MIMETYPE);
  gsf_output_close (member);
  g_object_unref (member);

  odt.zip = zip;
  odt.pictures = pictures;
  odt.images = images;
  member = new_member (zip, "content.xml", FALSE);
  odt.xml = gsf_xml_out_new (member);
  write_content (&odt, content);
  g_object_unref (odt.xml);
  gsf_output_close (member);
  g_object_unref (member);

  if (pictures->len > 0)
    {
      GsfOutfile *dir = GSF_OUTFILE (gsf_outfile_new_child (zip, "Pictures", TRUE));

      for (guint i = 0; i < pictures->len; i++)
        {
          GBytes *png = g_ptr_array_index (images, i);

          member = new_member (dir, (const char *)g_ptr_array_index (pictures, i) + strlen ("Pictures/"), TRUE);
          gsf_output_write (member, g_bytes_get_size (png), g_bytes_get_data (png, NULL));
          gsf_output_close (member);
          g_object_unref (member);
        }
      gsf_output_close (GSF_OUTPUT (dir));
      g_object_unref (dir);
    }

  write_xml_member (zip, "styles.xml", styles_func, NULL);

  meta_inf = GSF_OUTFILE (gsf_outfile_new_child (zip, "META-INF", TRUE));
  write_xml_member (meta_inf, "manifest.xml", manifest_func, pictures);
  gsf_output_close (GSF_OUTPUT (meta_inf));
  g_object_unref (meta_inf);

  if (!gsf_output_close (GSF_OUTPUT (zip)))
    {
      const GError *zip_error = gsf_output_error (GSF_OUTPUT (zip));

      local_error = zip_error != NULL ? g_error_copy (zip_error)
                                      : g_error_new_literal (G_IO_ERROR, G_IO_ERROR_FAILED, "zip");
      g_object_unref (zip);
      goto failed;
    }
  g_object_unref (zip);

  return TRUE;

failed:
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
               _("Could not write the file “%s”: %s"), display_name,
               local_error != NULL ? local_error->message : "");
  return FALSE;
}
