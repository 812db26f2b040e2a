/* steward-csv-decode.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-csv-import"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "steward-csv-import.h"
#include "steward-csv-import-private.h"

/* From the bytes of a file to the text libcsv reads. */

/* Removes NUL bytes, which no cell can hold, in place. */
static guint
strip_nuls (char  *text,
            gsize *len)
{
  gsize to = 0;
  guint removed;

  for (gsize from = 0; from < *len; from++)
    if (text[from] != '\0')
      text[to++] = text[from];

  text[to] = '\0';
  removed = *len - to;
  *len = to;

  return removed;
}

/**
 * steward_csv_decode:
 * @encoding: (out): what the file was decoded from: "UTF-8", "UTF-16",
 *   "Big5" or "Big5-HKSCS"
 * @out_len: (out): the length of the text
 * @n_nuls_out: (out): how many NUL characters were left out
 *
 * Decodes a file saved from Excel: UTF-8 with or without a BOM, UTF-16
 * with its BOM ("Unicode text"), or Big5 as Windows writes it (CP950), or
 * with the Hong Kong characters (HKSCS).
 *
 * Returns: (transfer full): the file as UTF-8, NUL-terminated, without a
 *   BOM; %NULL with @error set when it is none of those
 */
char *
steward_csv_decode (const char  *data,
                    gsize        size,
                    const char **encoding,
                    gsize       *out_len,
                    guint       *n_nuls_out,
                    GError     **error)
{
  static const struct { const char *charset, *name; } big5[] = {
    { "CP950", "Big5" },
    { "BIG5-HKSCS", "Big5-HKSCS" },
  };
  g_autofree char *text = NULL;
  gsize len = 0;
  gsize n_nuls = 0;

  *encoding = NULL;

  if (size >= 2 && ((guchar)data[0] == 0xff && (guchar)data[1] == 0xfe))
    {
      text = g_convert (data + 2, size - 2, "UTF-8", "UTF-16LE", NULL, &len, NULL);
      *encoding = "UTF-16";
    }
  else if (size >= 2 && ((guchar)data[0] == 0xfe && (guchar)data[1] == 0xff))
    {
      text = g_convert (data + 2, size - 2, "UTF-8", "UTF-16BE", NULL, &len, NULL);
      *encoding = "UTF-16";
    }
  else
    {
      gboolean bom = size >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0;
      g_autofree char *copy = NULL;

      if (bom)
        data += 3, size -= 3;

      for (gsize i = 0; i < size; i++)
        n_nuls += data[i] == '\0';

      /* Every other byte NUL: UTF-16 that lost its byte order mark. */
      if (size >= 4 && n_nuls >= size / 4)
        {
          g_set_error_literal (error, STEWARD_CSV_IMPORT_ERROR, STEWARD_CSV_IMPORT_ERROR_ENCODING,
                               _("The file looks like UTF-16 text without its byte order mark: save it from Excel as “CSV UTF-8”."));
          return NULL;
        }

      copy = g_malloc (size + 1);
      /* An empty file's GBytes may hold no data at all: NULL. */
      if (size > 0)
        memcpy (copy, data, size);
      len = size;
      strip_nuls (copy, &len);

      if (g_utf8_validate_len (copy, len, NULL))
        {
          text = g_steal_pointer (&copy);
          *encoding = "UTF-8";
        }
      else if (!bom)
        /* CP950 is Big5 as Windows writes it; HKSCS adds what Hong Kong needs. */
        for (guint i = 0; i < G_N_ELEMENTS (big5) && text == NULL; i++)
          {
            gsize converted = 0;

            text = g_convert (copy, len, "UTF-8", big5[i].charset, NULL, &converted, NULL);
            if (text != NULL)
              {
                *encoding = big5[i].name;
                len = converted;
              }
          }
    }

  if (text == NULL)
    {
      g_set_error_literal (error, STEWARD_CSV_IMPORT_ERROR, STEWARD_CSV_IMPORT_ERROR_ENCODING,
                           g_strcmp0 (*encoding, "UTF-16") == 0
                           ? _("The file says it is UTF-16 text but is not: save it from Excel as “CSV UTF-8”.")
                           : _("The file is neither UTF-8 nor Big5: save it from Excel as “CSV UTF-8”."));
      *encoding = NULL;
      return NULL;
    }

  /* UTF-16 can spell U+0000 too. */
  n_nuls += strip_nuls (text, &len);

  *n_nuls_out = n_nuls;
  *out_len = len;

  return g_steal_pointer (&text);
}

/**
 * steward_csv_find_delimiter:
 * @text: (inout): the text; moved past a "sep=" line
 * @len: (inout): its length
 * @line: (inout): the line @text begins on
 *
 * The delimiter: Excel writes "sep=;" on the first line when asked to;
 * otherwise the character of the first lines that comes most often, a
 * comma unless tabs ("Unicode text") or semicolons win.
 */
char
steward_csv_find_delimiter (const char **text,
                            gsize       *len,
                            guint       *line)
{
  guint counts[3] = { 0, 0, 0 };
  const char candidates[] = { ',', '\t', ';' };
  guint lines = 0;
  guint best = 0;

  if (*len >= 5 && g_str_has_prefix (*text, "sep=") && strchr (",;\t|", (*text)[4]) != NULL &&
      (*len == 5 || (*text)[5] == '\n' || (*text)[5] == '\r'))
    {
      char delimiter = (*text)[4];
      gsize skip = 5;

      while (skip < *len && ((*text)[skip] == '\r' || (*text)[skip] == '\n') && skip < 7)
        skip++;
      *text += skip;
      *len -= skip;
      (*line)++;

      return delimiter;
    }

  for (gsize i = 0; i < *len && lines < 10; i++)
    {
      const char *found = memchr (candidates, (*text)[i], sizeof candidates);

      if ((*text)[i] == '\n')
        lines++;
      else if (found != NULL)
        counts[found - candidates]++;
    }

  for (guint i = 1; i < G_N_ELEMENTS (counts); i++)
    if (counts[i] > counts[best])
      best = i;

  return candidates[best];
}
