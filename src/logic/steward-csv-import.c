/* steward-csv-import.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-csv-import"

#include "config.h"

#include <string.h>

#include <csv.h>
#include <glib/gi18n-lib.h>

#include "steward-csv-import.h"
#include "steward-csv-import-private.h"

/* Importing a list kept in Excel: the external contacts, the issues, the
 * interested parties. Centres save them as CSV, often in Big5 (the code
 * page of Traditional Chinese Windows), sometimes as Excel's "Unicode
 * text" (UTF-16, tab-separated). The bytes are decoded, read with libcsv,
 * and each row becomes a record with the problems that keep it out; only
 * steward_csv_import_commit() writes, all good rows in one transaction. */

#define MAX_ROWS          50000
#define MAX_COLUMNS       256
/* Forms often have a title and a document number above the header row. */
#define MAX_HEADER_SEARCH 10

struct _StewardCsvImport
{
  GObject                   parent_instance;

  StewardDatabase          *db;
  GType                     record_type;
  const StewardImportKind  *kind;

  const char               *encoding;
  GPtrArray                *rows;        /* StewardImportRow */
  GPtrArray                *notes;       /* char * */
  guint                     n_good;
  gboolean                  committed;

  /* While a file is read */
  int                      *columns;     /* field → column of the header row, or -1 */
  guint                     n_columns;
  int                       register_column;  /* "Register": party or issue, or -1 */
  guint                     n_read;      /* rows under the header row, blank ones left out */
  guint                     n_other_rows;
  guint                     n_repeated;
  gboolean                  have_header;
  guint                     n_above_header;
  char                     *missing;     /* why the best candidate is no header row */
  guint                     best_mapped;
  guint                     n_long_rows;
  GHashTable               *keys;        /* key of an entry → its row, or NULL when stored */
};

G_DEFINE_FINAL_TYPE (StewardCsvImport, steward_csv_import, G_TYPE_OBJECT)

G_DEFINE_QUARK (steward-csv-import-error-quark, steward_csv_import_error)

static void
free_row (gpointer data)
{
  StewardImportRow *row = data;

  g_clear_object (&row->record);
  g_clear_pointer (&row->problems, g_ptr_array_unref);
  g_strfreev (row->cells);
  g_free (row);
}

static void
reset (StewardCsvImport *self)
{
  g_ptr_array_set_size (self->rows, 0);
  g_ptr_array_set_size (self->notes, 0);
  g_clear_pointer (&self->columns, g_free);
  g_clear_pointer (&self->missing, g_free);
  g_clear_pointer (&self->keys, g_hash_table_unref);
  self->encoding = NULL;
  self->n_good = 0;
  self->n_columns = 0;
  self->have_header = FALSE;
  self->n_above_header = 0;
  self->best_mapped = 0;
  self->n_long_rows = 0;
  self->register_column = -1;
  self->n_read = 0;
  self->n_other_rows = 0;
  self->n_repeated = 0;
  self->committed = FALSE;
}

static void
steward_csv_import_finalize (GObject *object)
{
  StewardCsvImport *self = STEWARD_CSV_IMPORT (object);

  reset (self);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->notes, g_ptr_array_unref);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (steward_csv_import_parent_class)->finalize (object);
}

static void
steward_csv_import_class_init (StewardCsvImportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = steward_csv_import_finalize;
}

static void
steward_csv_import_init (StewardCsvImport *self)
{
  self->rows = g_ptr_array_new_with_free_func (free_row);
  self->notes = g_ptr_array_new_with_free_func (g_free);
  self->register_column = -1;
}

/**
 * steward_csv_import_new:
 * @record_type: %STEWARD_TYPE_CONTACT, %STEWARD_TYPE_CONTEXT_ISSUE or
 *   %STEWARD_TYPE_PARTY
 *
 * Returns: (transfer full): an import into @db, with no file yet
 */
StewardCsvImport *
steward_csv_import_new (StewardDatabase *db,
                        GType            record_type)
{
  StewardCsvImport *self;

  g_return_val_if_fail (STEWARD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (steward_import_kind_for_type (record_type) != NULL, NULL);

  self = g_object_new (STEWARD_TYPE_CSV_IMPORT, NULL);
  self->db = g_object_ref (db);
  self->record_type = record_type;
  self->kind = steward_import_kind_for_type (record_type);

  return self;
}

GType
steward_csv_import_get_record_type (StewardCsvImport *self)
{
  g_return_val_if_fail (STEWARD_IS_CSV_IMPORT (self), G_TYPE_INVALID);

  return self->record_type;
}

/* Rows */

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;

  return TRUE;
}

/* Without the white space around it, U+3000 (the ideographic space) and
 * no-break spaces too, which Chinese spreadsheets are full of. */
static char *
dup_trimmed (const char *text)
{
  const char *start = text;
  const char *end = text + strlen (text);

  while (*start != '\0' && g_unichar_isspace (g_utf8_get_char (start)))
    start = g_utf8_next_char (start);
  while (end > start)
    {
      const char *prev = g_utf8_prev_char (end);

      if (!g_unichar_isspace (g_utf8_get_char (prev)))
        break;
      end = prev;
    }

  return g_strndup (start, end - start);
}

static gboolean
row_is_blank (GPtrArray *cells)
{
  for (guint i = 0; i < cells->len; i++)
    if (!is_blank (g_ptr_array_index (cells, i)))
      return FALSE;

  return TRUE;
}

static void
note_header (StewardCsvImport *self,
             GPtrArray        *ignored)
{
  guint n_fields = steward_import_kind_get_n_fields (self->kind);

  if (self->n_above_header > 0)
    g_ptr_array_add (self->notes,
                     g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                   "The row above the header row was left out.",
                                                   "The %u rows above the header row were left out.",
                                                   self->n_above_header),
                                      self->n_above_header));

  if (ignored->len > 0)
    {
      g_autofree char *list = steward_import_dup_quoted_list (ignored);

      /* TRANSLATORS: %s is a list of column names */
      g_ptr_array_add (self->notes, g_strdup_printf (_("Columns that Steward does not use were left out: %s."), list));
    }

  for (guint i = 0; i < n_fields; i++)
    if (self->columns[i] < 0 && steward_import_kind_get_absent_note (self->kind, i) != NULL)
      g_ptr_array_add (self->notes, g_strdup (steward_import_kind_get_absent_note (self->kind, i)));
}

/* The first row that names every column the rows need is the header row;
 * a title or a document number may come before it. */
static gboolean
try_header (StewardCsvImport  *self,
            GPtrArray         *cells,
            GError           **error)
{
  guint n_fields = steward_import_kind_get_n_fields (self->kind);
  g_autofree int *columns = g_new (int, n_fields);
  g_autoptr(GPtrArray) ignored = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *missing = NULL;
  int register_column = -1;
  guint n_mapped = 0;

  for (guint i = 0; i < n_fields; i++)
    columns[i] = -1;

  for (guint i = 0; i < cells->len; i++)
    {
      const char *cell = g_ptr_array_index (cells, i);
      int field = steward_import_kind_match_header (self->kind, cell);

      if (field >= 0 && columns[field] < 0)
        {
          columns[field] = i;
          n_mapped++;
        }
      else if (field < 0 && register_column < 0 && steward_import_kind_get_other_rows_note (self->kind) != NULL &&
               steward_import_is_register_header (cell))
        register_column = i;
      else if (!is_blank (cell))
        g_ptr_array_add (ignored, g_utf8_substring (cell, 0, MIN (g_utf8_strlen (cell, -1), 40)));
    }

  missing = steward_import_kind_dup_missing_message (self->kind, columns);
  if (missing == NULL)
    {
      self->columns = g_steal_pointer (&columns);
      self->n_columns = cells->len;
      self->register_column = register_column;
      self->have_header = TRUE;
      note_header (self, ignored);
      return TRUE;
    }

  if (self->missing == NULL || n_mapped > self->best_mapped)
    {
      g_free (self->missing);
      self->missing = g_steal_pointer (&missing);
      self->best_mapped = n_mapped;
    }

  if (++self->n_above_header >= MAX_HEADER_SEARCH)
    {
      g_set_error_literal (error, STEWARD_CSV_IMPORT_ERROR, STEWARD_CSV_IMPORT_ERROR_MISSING_COLUMNS,
                           self->missing);
      return FALSE;
    }

  return TRUE;
}

static gboolean
has_problem (GPtrArray  *problems,
             const char *property)
{
  for (guint i = 0; i < problems->len; i++)
    if (g_strcmp0 (((StewardProblem *)g_ptr_array_index (problems, i))->property, property) == 0)
      return TRUE;

  return FALSE;
}

/* Returns: whether @row repeats an earlier good row exactly, as the
 * register's CSV repeats an interested party for each of its requirements:
 * it is then read once. */
static gboolean
check_duplicate (StewardCsvImport *self,
                 StewardImportRow *row)
{
  g_autofree char *key = steward_import_kind_dup_key (self->kind, row->record);
  const char *property = steward_import_kind_get_key_property (self->kind);
  StewardImportRow *earlier;

  if (key == NULL)
    return FALSE;

  if (g_hash_table_lookup_extended (self->keys, key, NULL, (gpointer *)&earlier))
    {
      g_autofree char *message = NULL;

      if (earlier != NULL && row->problems->len == 0 && steward_record_equal (earlier->record, row->record))
        return TRUE;

      if (earlier == NULL)
        message = g_strdup (steward_import_kind_get_existing_message (self->kind));
      else
        /* TRANSLATORS: %u is a line of the file */
        message = g_strdup_printf (_("The same entry is already on line %u."), earlier->line);
      steward_record_add_problem (row->problems, property, message);
    }
  else if (row->problems->len == 0)
    /* Only a row that is imported makes a later one a duplicate. */
    g_hash_table_insert (self->keys, g_steal_pointer (&key), row);

  return FALSE;
}

static void
add_row (StewardCsvImport *self,
         guint             line,
         GPtrArray        *cells)
{
  StewardImportRow *row = g_new0 (StewardImportRow, 1);
  guint n_fields = steward_import_kind_get_n_fields (self->kind);
  g_autoptr(GPtrArray) problems = g_ptr_array_new ();

  row->line = line;
  row->record = g_object_new (self->record_type, NULL);
  row->cells = g_new0 (char *, self->n_columns + 1);
  for (guint i = 0; i < self->n_columns; i++)
    row->cells[i] = g_strdup (i < cells->len ? g_ptr_array_index (cells, i) : "");

  for (guint i = 0; i < n_fields; i++)
    {
      g_autofree char *cell = NULL;

      if (self->columns[i] >= 0)
        cell = dup_trimmed (row->cells[self->columns[i]]);
      steward_import_kind_set_cell (self->kind, row->record, i,
                                    cell != NULL && cell[0] != '\0' ? cell : NULL, problems);
    }

  /* The cell's own problem says more than the record's about its field. */
  row->problems = steward_record_validate (row->record);
  for (guint i = row->problems->len; i > 0; i--)
    if (has_problem (problems, ((StewardProblem *)g_ptr_array_index (row->problems, i - 1))->property))
      g_ptr_array_remove_index (row->problems, i - 1);
  for (guint i = 0; i < problems->len; i++)
    g_ptr_array_insert (row->problems, i, g_ptr_array_index (problems, i));

  if (check_duplicate (self, row))
    {
      self->n_repeated++;
      free_row (row);
      return;
    }

  if (row->problems->len == 0)
    self->n_good++;

  g_ptr_array_add (self->rows, row);
}

/* Parsing */

/* A row read, to make a record of once the whole file has been read: a
 * file with too many rows is refused before any work is spent on them. */
typedef struct
{
  guint      line;
  GPtrArray *cells;
} ReadRow;

static void
read_row_free (gpointer data)
{
  ReadRow *row = data;

  g_ptr_array_unref (row->cells);
  g_free (row);
}

typedef struct
{
  StewardCsvImport *self;
  GPtrArray        *cells;       /* char *, the row being read */
  gboolean          long_row;    /* it has cells beyond the header row's */
  guint             line;        /* the line being read */
  guint             row_line;    /* the line the row began on, or 0 */
  GPtrArray        *read;        /* ReadRow */
  GError           *error;
} Parse;

static void
field_cb (void   *data,
          size_t  len,
          void   *user_data)
{
  Parse *parse = user_data;
  guint keep = parse->self->have_header ? parse->self->n_columns : MAX_COLUMNS;

  if (parse->error != NULL)
    return;

  if (parse->cells->len < keep)
    g_ptr_array_add (parse->cells, len > 0 ? g_strndup (data, len) : g_strdup (""));
  else if (len > 0)
    parse->long_row = TRUE;
}

static void
row_cb (int   c,
        void *user_data)
{
  Parse *parse = user_data;
  StewardCsvImport *self = parse->self;

  if (parse->error == NULL && !row_is_blank (parse->cells))
    {
      if (!self->have_header)
        try_header (self, parse->cells, &parse->error);
      else if (++self->n_read > MAX_ROWS)
        g_set_error (&parse->error, STEWARD_CSV_IMPORT_ERROR, STEWARD_CSV_IMPORT_ERROR_TOO_LARGE,
                     /* TRANSLATORS: %u is a number of rows */
                     _("The file has more than %u rows: split it into smaller files."), MAX_ROWS);
      else if (self->register_column >= 0 && (guint)self->register_column < parse->cells->len &&
               !steward_import_kind_owns_row (self->kind, g_ptr_array_index (parse->cells, self->register_column)))
        self->n_other_rows++;
      else
        {
          ReadRow *row = g_new0 (ReadRow, 1);

          row->line = parse->row_line;
          row->cells = g_steal_pointer (&parse->cells);
          g_ptr_array_add (parse->read, row);
          parse->cells = g_ptr_array_new_with_free_func (g_free);
          self->n_long_rows += parse->long_row;
        }
    }

  g_ptr_array_set_size (parse->cells, 0);
  parse->long_row = FALSE;
}

static gboolean
parse_text (StewardCsvImport  *self,
            const char        *text,
            gsize              len,
            GError           **error)
{
  g_autoptr(GPtrArray) read = g_ptr_array_new_with_free_func (read_row_free);
  Parse parse = { self, g_ptr_array_new_with_free_func (g_free), FALSE, 1, 0, read, NULL };
  struct csv_parser parser;
  const char *end;
  int idle_state;
  gboolean unclosed;

  if (csv_init (&parser, 0) != 0)
    g_error ("csv_init failed");
  /* The default grows a long cell 128 bytes at a time. */
  csv_set_blk_size (&parser, 64 * 1024);
  csv_set_delim (&parser, steward_csv_find_delimiter (&text, &len, &parse.line));
  idle_state = parser.pstate;
  end = text + len;

  /* Line by line, to know the line each row begins on: a quoted cell may
   * hold line breaks. A row ends only at a line's end, and the parser is
   * between rows again once it has (its state as csv_init left it). */
  while (text < end && parse.error == NULL)
    {
      const char *eol = text;

      while (eol < end && *eol != '\n' && *eol != '\r')
        eol++;
      if (eol < end)
        eol += (*eol == '\r' && eol + 1 < end && eol[1] == '\n') ? 2 : 1;

      if (parse.row_line == 0)
        parse.row_line = parse.line;

      if (csv_parse (&parser, text, eol - text, field_cb, row_cb, &parse) != (size_t)(eol - text))
        {
          g_set_error (&parse.error, STEWARD_CSV_IMPORT_ERROR, STEWARD_CSV_IMPORT_ERROR_TOO_LARGE,
                       /* TRANSLATORS: %u is a line, %s why it could not be read */
                       _("Line %u could not be read: %s."), parse.line, csv_strerror (csv_error (&parser)));
          break;
        }

      if (parser.pstate == idle_state)
        parse.row_line = 0;
      parse.line++;
      text = eol;
    }

  /* Lenient while reading, as Excel and hands write CSV; strict at the
   * end, where a quote never closed has swallowed the rest of the file. */
  csv_set_opts (&parser, CSV_STRICT | CSV_STRICT_FINI);
  unclosed = parse.error == NULL && csv_fini (&parser, field_cb, row_cb, &parse) != 0 &&
             csv_error (&parser) == CSV_EPARSE;
  csv_free (&parser);
  g_ptr_array_unref (parse.cells);

  if (unclosed)
    g_set_error (&parse.error, STEWARD_CSV_IMPORT_ERROR, STEWARD_CSV_IMPORT_ERROR_PARSE,
                 /* TRANSLATORS: %u is a line of the file */
                 _("A quote (\") in the row on line %u is never closed, so the rest of the file would be one cell: check the quotes of that row."),
                 parse.row_line);

  if (parse.error != NULL)
    {
      g_propagate_error (error, parse.error);
      return FALSE;
    }

  if (!self->have_header)
    {
      g_set_error_literal (error, STEWARD_CSV_IMPORT_ERROR,
                           self->missing != NULL ? STEWARD_CSV_IMPORT_ERROR_MISSING_COLUMNS : STEWARD_CSV_IMPORT_ERROR_EMPTY,
                           self->missing != NULL ? self->missing : _("The file is empty."));
      return FALSE;
    }

  for (guint i = 0; i < read->len; i++)
    {
      ReadRow *row = g_ptr_array_index (read, i);

      add_row (self, row->line, row->cells);
    }

  return TRUE;
}

static gboolean
add_stored_key_cb (StewardRecord *record,
                   gpointer       user_data)
{
  StewardCsvImport *self = user_data;
  char *key = steward_import_kind_dup_key (self->kind, record);

  if (key != NULL)
    g_hash_table_replace (self->keys, key, NULL);

  return TRUE;
}

/**
 * steward_csv_import_load_bytes:
 * @bytes: the file's content
 *
 * Reads a file: decodes it, finds its header row, and makes a record of
 * each row with its problems. Nothing is written. Loading again forgets
 * the previous file.
 *
 * Returns: whether the file could be read; when not, @error says why in
 *   words for the user
 */
gboolean
steward_csv_import_load_bytes (StewardCsvImport  *self,
                               GBytes            *bytes,
                               GError           **error)
{
  g_autofree char *text = NULL;
  gsize size, len = 0;
  guint n_nuls = 0;
  const char *data;

  g_return_val_if_fail (STEWARD_IS_CSV_IMPORT (self), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);

  reset (self);

  data = g_bytes_get_data (bytes, &size);
  if (size > STEWARD_CSV_IMPORT_MAX_BYTES)
    {
      g_set_error (error, STEWARD_CSV_IMPORT_ERROR, STEWARD_CSV_IMPORT_ERROR_TOO_LARGE,
                   /* TRANSLATORS: %u is a size in megabytes */
                   _("The file is larger than %u MB: split it into smaller files."),
                   STEWARD_CSV_IMPORT_MAX_BYTES / (1024 * 1024));
      return FALSE;
    }

  text = steward_csv_decode (data, size, &self->encoding, &len, &n_nuls, error);
  if (text == NULL)
    return FALSE;
  if (n_nuls > 0)
    g_ptr_array_add (self->notes, g_strdup (_("The file held NUL characters, which were left out.")));

  self->keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (!steward_record_load_each (self->db, self->record_type, NULL, add_stored_key_cb, self, error) ||
      !parse_text (self, text, len, error))
    {
      const char *encoding = self->encoding;

      reset (self);
      self->encoding = encoding;
      return FALSE;
    }

  if (self->n_other_rows > 0 && steward_import_kind_get_other_rows_note (self->kind) != NULL)
    g_ptr_array_add (self->notes, g_strdup (steward_import_kind_get_other_rows_note (self->kind)));
  if (self->n_repeated > 0)
    g_ptr_array_add (self->notes,
                     g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                   "%u row repeats an earlier row and was read once.",
                                                   "%u rows repeat earlier rows and were read once.",
                                                   self->n_repeated),
                                      self->n_repeated));
  if (self->n_long_rows > 0)
    g_ptr_array_add (self->notes,
                     g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                   "%u row has more cells than the header row; the extra cells were left out.",
                                                   "%u rows have more cells than the header row; the extra cells were left out.",
                                                   self->n_long_rows),
                                      self->n_long_rows));

  return TRUE;
}

/**
 * steward_csv_import_get_encoding:
 *
 * Returns: (nullable): what the file was decoded from: "UTF-8", "UTF-16",
 *   "Big5" or "Big5-HKSCS"; %NULL before a file is read
 */
const char *
steward_csv_import_get_encoding (StewardCsvImport *self)
{
  g_return_val_if_fail (STEWARD_IS_CSV_IMPORT (self), NULL);

  return self->encoding;
}

/* Returns: the rows under the header row, blank rows left out */
guint
steward_csv_import_get_n_rows (StewardCsvImport *self)
{
  g_return_val_if_fail (STEWARD_IS_CSV_IMPORT (self), 0);

  return self->rows->len;
}

/* Returns: (transfer none): the row @i, in the file's order */
const StewardImportRow *
steward_csv_import_get_row (StewardCsvImport *self,
                            guint             i)
{
  g_return_val_if_fail (STEWARD_IS_CSV_IMPORT (self), NULL);
  g_return_val_if_fail (i < self->rows->len, NULL);

  return g_ptr_array_index (self->rows, i);
}

/* Returns: the rows without problems, which steward_csv_import_commit() writes */
guint
steward_csv_import_get_n_good (StewardCsvImport *self)
{
  g_return_val_if_fail (STEWARD_IS_CSV_IMPORT (self), 0);

  return self->n_good;
}

guint
steward_csv_import_get_n_bad (StewardCsvImport *self)
{
  g_return_val_if_fail (STEWARD_IS_CSV_IMPORT (self), 0);

  return self->rows->len - self->n_good;
}

/**
 * steward_csv_import_get_notes:
 *
 * Returns: (transfer none) (element-type utf8): what the user should know
 *   of the file as a whole: columns left out, defaults given, characters
 *   removed
 */
GPtrArray *
steward_csv_import_get_notes (StewardCsvImport *self)
{
  g_return_val_if_fail (STEWARD_IS_CSV_IMPORT (self), NULL);

  return self->notes;
}

/* Committing */

typedef struct
{
  StewardCsvImport       *self;
  guint                   n_saved;
  const StewardImportRow *failed;
} Commit;

static gboolean
commit_cb (StewardDatabase  *db,
           gpointer          user_data,
           GError          **error)
{
  Commit *commit = user_data;

  for (guint i = 0; i < commit->self->rows->len; i++)
    {
      const StewardImportRow *row = g_ptr_array_index (commit->self->rows, i);

      if (row->problems->len > 0)
        continue;
      if (!steward_record_save (row->record, db, error))
        {
          commit->failed = row;
          return FALSE;
        }
      commit->n_saved++;
    }

  return TRUE;
}

/**
 * steward_csv_import_commit:
 * @n_imported: (out) (optional): how many rows were written
 *
 * Writes the rows without problems in one transaction: all of them, or,
 * when one fails, none. The rows with problems are left out. Once
 * committed, the import is done: load another file to import again.
 *
 * Returns: whether the rows were written
 */
gboolean
steward_csv_import_commit (StewardCsvImport  *self,
                           guint             *n_imported,
                           GError           **error)
{
  Commit commit = { self, 0, NULL };
  GError *local_error = NULL;

  if (n_imported != NULL)
    *n_imported = 0;

  g_return_val_if_fail (STEWARD_IS_CSV_IMPORT (self), FALSE);
  g_return_val_if_fail (!self->committed, FALSE);

  if (self->n_good > 0 &&
      !steward_database_transaction (self->db, commit_cb, &commit, &local_error))
    {
      /* Rolled back: the records saved before the failure are new again. */
      for (guint i = 0; i < self->rows->len; i++)
        g_object_set (((StewardImportRow *)g_ptr_array_index (self->rows, i))->record, "id", (gint64)0, NULL);

      if (commit.failed != NULL)
        /* TRANSLATORS: %u is a line of the file; the reason follows */
        g_propagate_prefixed_error (error, local_error, _("Line %u could not be saved, so nothing was imported: "),
                                    commit.failed->line);
      else
        g_propagate_error (error, local_error);

      return FALSE;
    }

  self->committed = TRUE;
  if (n_imported != NULL)
    *n_imported = commit.n_saved;

  return TRUE;
}

/* The preview */

/* Returns: (transfer none) (array zero-terminated=1): the properties a
 * preview shows a column of */
const char * const *
steward_csv_import_get_preview_fields (StewardCsvImport *self)
{
  g_return_val_if_fail (STEWARD_IS_CSV_IMPORT (self), NULL);

  return steward_import_kind_get_preview (self->kind);
}

/* Returns: the title of @property's column, translated */
const char *
steward_csv_import_get_field_title (StewardCsvImport *self,
                                    const char       *property)
{
  int field;

  g_return_val_if_fail (STEWARD_IS_CSV_IMPORT (self), NULL);

  field = steward_import_kind_find_field (self->kind, property);
  g_return_val_if_fail (field >= 0, property);

  return steward_import_kind_get_title (self->kind, field);
}

/**
 * steward_csv_import_dup_field_text:
 *
 * Returns: (transfer full): what @row will store in @property (a date in
 *   ISO 8601, a kind by its name); the cell as the file has it when that,
 *   or what it is derived from, is wrong
 */
char *
steward_csv_import_dup_field_text (StewardCsvImport       *self,
                                   const StewardImportRow *row,
                                   const char             *property)
{
  const char *derived_from;
  int field;

  g_return_val_if_fail (STEWARD_IS_CSV_IMPORT (self), NULL);
  g_return_val_if_fail (row != NULL, NULL);

  field = steward_import_kind_find_field (self->kind, property);
  g_return_val_if_fail (field >= 0, g_strdup (""));

  derived_from = steward_import_kind_get_derived_from (self->kind, field);
  if (has_problem (row->problems, property) ||
      (derived_from != NULL && has_problem (row->problems, derived_from)))
    return g_strdup (self->columns != NULL && self->columns[field] >= 0 ? row->cells[self->columns[field]] : "");

  return steward_import_kind_dup_value_text (self->kind, row->record, property);
}

/* Returns: (transfer full): the row's problems, one a line; "" when none */
char *
steward_import_row_dup_problems_text (const StewardImportRow *row)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (row != NULL, NULL);

  for (guint i = 0; i < row->problems->len; i++)
    {
      if (i > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, ((StewardProblem *)g_ptr_array_index (row->problems, i))->message);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}
