/* steward-export-util.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-export-util"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "steward-export-util.h"

static const struct
{
  const char          *extension;
  StewardExportFormat  format;
} extensions[] = {
  { ".csv", STEWARD_EXPORT_FORMAT_CSV },
  { ".xlsx", STEWARD_EXPORT_FORMAT_XLSX },
  { ".pdf", STEWARD_EXPORT_FORMAT_PDF },
  { ".png", STEWARD_EXPORT_FORMAT_PNG },
  { ".svg", STEWARD_EXPORT_FORMAT_SVG },
};

/**
 * steward_export_format_from_path:
 *
 * Returns: the format the extension of @path names, whatever its case, or
 *   %STEWARD_EXPORT_FORMAT_UNKNOWN
 */
StewardExportFormat
steward_export_format_from_path (const char *path)
{
  g_autofree char *basename = NULL;
  const char *dot;

  g_return_val_if_fail (path != NULL, STEWARD_EXPORT_FORMAT_UNKNOWN);

  basename = g_path_get_basename (path);
  dot = strrchr (basename, '.');

  /* ".csv" alone is a hidden file with no extension. */
  if (dot == NULL || dot == basename)
    return STEWARD_EXPORT_FORMAT_UNKNOWN;

  for (guint i = 0; i < G_N_ELEMENTS (extensions); i++)
    if (g_ascii_strcasecmp (dot, extensions[i].extension) == 0)
      return extensions[i].format;

  return STEWARD_EXPORT_FORMAT_UNKNOWN;
}

static gboolean
is_set (const char *text)
{
  return text != NULL && *text != '\0';
}

char *
steward_export_dup_reference (const char *document_number,
                              const char *version)
{
  if (is_set (document_number) && is_set (version))
    /* TRANSLATORS: in the header of a form (the roster, the measurement
     * table) */
    return g_strdup_printf (_("Document number: %s    Version: %s"), document_number, version);
  if (is_set (document_number))
    return g_strdup_printf (_("Document number: %s"), document_number);
  if (is_set (version))
    return g_strdup_printf (_("Version: %s"), version);

  return g_strdup ("");
}

char *
steward_export_dup_heading (const char *title,
                            const char *organization)
{
  if (!is_set (organization))
    return g_strdup (title);

  /* TRANSLATORS: the title of a spreadsheet: the form's name, then the
   * organization; zh_TW may put the organization first with %2$s %1$s */
  return g_strdup_printf (_("%s — %s"), title, organization);
}

/* Writing */

static void
set_error_from_errno (GError     **error,
                      int          saved_errno,
                      const char  *display_name)
{
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               _("Could not save “%s”: %s"), display_name, g_strerror (saved_errno));
}

/**
 * steward_export_write_atomically:
 * @path: the destination
 * @writer: writes the file at the temporary path it is given
 *
 * Each export is written to a hidden file beside the destination and
 * renamed over it at the end, so that a failed export leaves nothing
 * behind and never half of a file; what was at @path is kept until then.
 *
 * Returns: whether the file was written
 */
gboolean
steward_export_write_atomically (const char              *path,
                                 StewardExportWriteFunc   writer,
                                 gpointer                 user_data,
                                 GError                 **error)
{
  g_autofree char *display_name = g_filename_display_name (path);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *basename = g_path_get_basename (path);
  g_autofree char *template = g_strdup_printf (".%s.XXXXXX", basename);
  g_autofree char *tmp_path = g_build_filename (dir, template, NULL);
  int fd;

  /* Mode 0666 less the umask, as any new document. */
  fd = g_mkstemp_full (tmp_path, O_RDWR, 0666);
  if (fd == -1)
    {
      set_error_from_errno (error, errno, display_name);
      return FALSE;
    }

  /* The writers open the temporary file by name and write the same inode
   * the descriptor holds: syncing it makes the rename safe after a crash. */
  if (!writer (tmp_path, display_name, user_data, error))
    goto failed;

  if (g_fsync (fd) != 0 || g_rename (tmp_path, path) != 0)
    {
      set_error_from_errno (error, errno, display_name);
      goto failed;
    }

  g_close (fd, NULL);
  return TRUE;

failed:
  g_close (fd, NULL);
  g_unlink (tmp_path);
  return FALSE;
}

gboolean
steward_export_run (const char              *path,
                    StewardExportWriteFunc   write_csv,
                    StewardExportWriteFunc   write_xlsx,
                    StewardExportWriteFunc   write_pdf,
                    const char              *refusal,
                    gpointer                 user_data,
                    GError                 **error)
{
  StewardExportWriteFunc writer = NULL;

  switch (steward_export_format_from_path (path))
    {
    case STEWARD_EXPORT_FORMAT_CSV:
      writer = write_csv;
      break;

    case STEWARD_EXPORT_FORMAT_XLSX:
      writer = write_xlsx;
      break;

    case STEWARD_EXPORT_FORMAT_PDF:
      writer = write_pdf;
      break;

    case STEWARD_EXPORT_FORMAT_PNG:
    case STEWARD_EXPORT_FORMAT_SVG:
    case STEWARD_EXPORT_FORMAT_UNKNOWN:
    default:
      break;
    }

  if (writer == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, refusal);
      return FALSE;
    }

  return steward_export_write_atomically (path, writer, user_data, error);
}

/* CSV */

struct _StewardCsv
{
  GString  *text;
  gboolean  row_started;
};

StewardCsv *
steward_csv_new (void)
{
  StewardCsv *self = g_new0 (StewardCsv, 1);

  /* Excel reads a CSV file in the ANSI code page (Big5 on a Taiwanese
   * desktop) unless it starts with a byte-order mark. */
  self->text = g_string_new ("\xEF\xBB\xBF");

  return self;
}

void
steward_csv_free (StewardCsv *self)
{
  if (self == NULL)
    return;

  g_string_free (self->text, TRUE);
  g_free (self);
}

static void
start_field (StewardCsv *self)
{
  if (self->row_started)
    g_string_append_c (self->text, ',');
  self->row_started = TRUE;
}

/* A signed number as text, such as "-5" or "+3.5": Excel reads it as
 * the number it is, not as a formula, and it must stay as it is. Only
 * digits with one decimal point: "-1+1" or "-0x10" are not numbers. */
static gboolean
is_plain_number (const char *text)
{
  gboolean digits = FALSE;
  gboolean point = FALSE;

  for (const char *p = text + 1; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        digits = TRUE;
      else if (*p == '.' && !point)
        point = TRUE;
      else
        return FALSE;
    }

  return digits;
}

/* A spreadsheet runs a cell that starts with = + - or @ as a formula
 * (a tab or CR before it is skipped): "=HYPERLINK(...)" typed into a
 * name would be a link in the committee's copy. A leading apostrophe
 * makes it text again, and Excel does not show it. */
static gboolean
needs_neutralising (const char *text)
{
  switch (text[0])
    {
    case '=':
    case '@':
    case '\t':
    case '\r':
      return TRUE;

    case '+':
    case '-':
      return !is_plain_number (text);

    default:
      return FALSE;
    }
}

void
steward_csv_add_text (StewardCsv *self,
                      const char *text)
{
  gboolean neutralise;

  g_return_if_fail (self != NULL);

  if (text == NULL)
    text = "";

  start_field (self);
  neutralise = needs_neutralising (text);

  /* RFC 4180: only fields with a separator, a quote or a line end are
   * quoted, and a quote inside is doubled. */
  if (strpbrk (text, ",\"\r\n") == NULL)
    {
      if (neutralise)
        g_string_append_c (self->text, '\'');
      g_string_append (self->text, text);
      return;
    }

  g_string_append_c (self->text, '"');
  if (neutralise)
    g_string_append_c (self->text, '\'');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (self->text, '"');
      g_string_append_c (self->text, *p);
    }
  g_string_append_c (self->text, '"');
}

/* A number as a spreadsheet reads it whatever the locale: a dot before
 * the decimals, no thousands separator, as many digits as it has. */
void
steward_csv_add_number (StewardCsv *self,
                        double      value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_return_if_fail (self != NULL);
  g_return_if_fail (isfinite (value));

  start_field (self);
  g_string_append (self->text, g_ascii_formatd (buffer, sizeof buffer, "%.15g", value));
}

void
steward_csv_add_row (StewardCsv         *self,
                     const char * const *texts,
                     guint               n_texts)
{
  for (guint i = 0; i < n_texts; i++)
    steward_csv_add_text (self, texts[i]);
  steward_csv_end_row (self);
}

void
steward_csv_end_row (StewardCsv *self)
{
  g_return_if_fail (self != NULL);

  g_string_append (self->text, "\r\n");
  self->row_started = FALSE;
}

const char *
steward_csv_peek (StewardCsv *self,
                  gsize      *length)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (length != NULL)
    *length = self->text->len;

  return self->text->str;
}

gboolean
steward_csv_write (StewardCsv  *self,
                   const char  *tmp_path,
                   GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (tmp_path);
  g_autoptr(GFileIOStream) stream = NULL;
  GOutputStream *output;

  g_return_val_if_fail (self != NULL, FALSE);

  /* The temporary file exists already: open it, not replace it, so that
   * the descriptor the caller syncs is the one written. */
  stream = g_file_open_readwrite (file, NULL, error);
  if (stream == NULL)
    return FALSE;

  output = g_io_stream_get_output_stream (G_IO_STREAM (stream));
  return g_output_stream_write_all (output, self->text->str, self->text->len, NULL, NULL, error) &&
         g_io_stream_close (G_IO_STREAM (stream), NULL, error);
}
