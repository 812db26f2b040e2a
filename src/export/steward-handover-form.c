/* steward-handover-form.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-handover-form"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "logic/steward-date.h"
#include "model/steward-handover-item.h"
#include "model/steward-handover.h"
#include "steward-export-util.h"
#include "steward-register-export.h"

/* The equipment hand-over form (資訊設備移交單, procedure 3.10): the
 * hand-over authorised by the responsible supervisor, its items, and the
 * receiver's statement that they take responsibility for them, with the
 * lines where the three sign. A4, in the page frame of the other forms;
 * the items run on to further pages when there are many, and the
 * statement and signatures stay together. */

#define PAGE_WIDTH      STEWARD_PAGE_A4_WIDTH
#define PAGE_HEIGHT     STEWARD_PAGE_A4_HEIGHT
#define MARGIN          STEWARD_PAGE_MARGIN
#define CONTENT_WIDTH   (PAGE_WIDTH - 2 * MARGIN)
#define CELL_PADDING    STEWARD_TABLE_CELL_PADDING
#define TEXT_SIZE       10.0
#define HEADING_SIZE    11.0
#define BLOCK_GAP       14.0
#define SIGNATURE_SPACE 44.0   /* room to sign above the line */

typedef enum
{
  BLOCK_ROW,          /* a row of a table */
  BLOCK_TEXT,         /* a heading or a paragraph */
  BLOCK_SIGNATURES,
} BlockKind;

#define MAX_CELLS 4
#define N_SIGNERS 3

typedef struct
{
  BlockKind         kind;
  guint             table;        /* rows of one table share it */
  gboolean          header;       /* the items' header row, repeated on a new page */
  double            gap_before;
  double            height;
  StewardTableCell  cells[MAX_CELLS];
  guint             n_cells;
  PangoLayout      *text;
  /* The signatures: a label, the name printed under the line, the date. */
  PangoLayout      *signer_labels[N_SIGNERS];
  PangoLayout      *signer_names[N_SIGNERS];
  PangoLayout      *signer_dates[N_SIGNERS];
  /* Where it went. */
  guint             page;
  double            y;
  gboolean          repeat_header; /* draw the items' header above it first */
} Block;

typedef struct
{
  StewardHandover  *handover;
  GPtrArray        *items;        /* StewardHandoverItem */
  StewardCalendar   calendar;
  char             *title;
  char             *reference;
  char             *note;
  StewardPageFrame *frame;
  GArray           *blocks;       /* Block */
  Block            *item_header;  /* borrowed from blocks */
  guint             n_pages;
} Form;

static void
block_clear (gpointer data)
{
  Block *block = data;

  for (guint i = 0; i < block->n_cells; i++)
    g_clear_object (&block->cells[i].layout);
  g_clear_object (&block->text);
  for (guint i = 0; i < N_SIGNERS; i++)
    {
      g_clear_object (&block->signer_labels[i]);
      g_clear_object (&block->signer_names[i]);
      g_clear_object (&block->signer_dates[i]);
    }
}

static void
form_clear (Form *form)
{
  g_clear_object (&form->handover);
  g_clear_pointer (&form->items, g_ptr_array_unref);
  g_free (form->title);
  g_free (form->reference);
  g_free (form->note);
  g_clear_pointer (&form->blocks, g_array_unref);
  g_clear_pointer (&form->frame, steward_page_frame_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Form, form_clear)

static PangoLayout *
new_text (Form        *form,
          const char  *text,
          double       size,
          PangoWeight  weight,
          double       width)
{
  return steward_page_frame_new_layout (form->frame, text ? text : "", size, weight, width, PANGO_ALIGN_LEFT);
}

static char *
dup_date (Form        *form,
          const GDate *date)
{
  return steward_date_format (date, form->calendar);
}

/* A row of @n cells of the given shares of the width; the labels are in
 * bold. */
static void
add_row (Form         *form,
         guint         table,
         gboolean      header,
         double        gap_before,
         const char  **texts,
         const double *shares,
         const gboolean *labels,
         guint         n)
{
  Block block = { BLOCK_ROW, table, header, gap_before };
  double height = 0;

  for (guint i = 0; i < n; i++)
    {
      double width = CONTENT_WIDTH * shares[i];

      block.cells[i].width = width;
      block.cells[i].layout = new_text (form, texts[i], TEXT_SIZE,
                                        header || (labels != NULL && labels[i]) ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL,
                                        width - 2 * CELL_PADDING);
      height = MAX (height, steward_layout_get_height (block.cells[i].layout));
    }
  block.n_cells = n;
  block.height = height + 2 * CELL_PADDING + 2;

  g_array_append_val (form->blocks, block);
}

static void
add_text (Form        *form,
          const char  *text,
          double       size,
          PangoWeight  weight,
          double       gap_before)
{
  Block block = { BLOCK_TEXT, 0, FALSE, gap_before };

  block.text = new_text (form, text, size, weight, CONTENT_WIDTH);
  block.height = steward_layout_get_height (block.text);

  g_array_append_val (form->blocks, block);
}

static void
add_info (Form *form)
{
  static const double shares[] = { 0.19, 0.31, 0.19, 0.31 };
  static const gboolean labels[] = { TRUE, FALSE, TRUE, FALSE };
  StewardHandover *handover = form->handover;
  g_autofree char *handed = dup_date (form, steward_handover_get_handed_on (handover));
  g_autofree char *authorised = dup_date (form, steward_handover_get_authorised_on (handover));
  const char *rows[][4] = {
    { _("Date of hand-over"), handed,
      C_("handover", "Reason"), steward_handover_reason_to_string (steward_handover_get_reason (handover)) },
    { _("Handed over by"), steward_handover_get_from_party (handover),
      _("Received by"), steward_handover_get_to_party (handover) },
    /* TRANSLATORS: in the hand-over form: the responsible supervisor who
     * authorised the hand-over (權責主管) */
    { _("Authorised by"), steward_handover_get_authorised_by (handover),
      _("Authorised on"), authorised },
  };

  for (guint r = 0; r < G_N_ELEMENTS (rows); r++)
    add_row (form, 1, FALSE, 0, rows[r], shares, labels, 4);
}

static void
add_items (Form *form)
{
  static const double shares[] = { 0.08, 0.46, 0.23, 0.23 };
  /* TRANSLATORS: the columns of the items table of the hand-over form */
  const char *header[] = { C_("handover", "No."), _("Item"), _("Asset number"), _("Serial number") };

  /* TRANSLATORS: the heading of the items table of the hand-over form */
  add_text (form, _("Items handed over"), HEADING_SIZE, PANGO_WEIGHT_BOLD, BLOCK_GAP);
  add_row (form, 2, TRUE, 4, header, shares, NULL, 4);
  form->item_header = NULL;   /* the array may move: found again when paginating */

  for (guint i = 0; i < form->items->len; i++)
    {
      StewardHandoverItem *item = g_ptr_array_index (form->items, i);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      const char *texts[] = { number, steward_handover_item_get_name (item),
                              steward_handover_item_get_asset_number (item),
                              steward_handover_item_get_serial (item) };

      add_row (form, 2, FALSE, 0, texts, shares, NULL, 4);
    }

  if (form->items->len == 0)
    {
      const char *texts[] = { "", _("No item is listed."), "", "" };

      add_row (form, 2, FALSE, 0, texts, shares, NULL, 4);
    }
}

static void
add_statement (Form *form)
{
  StewardHandover *handover = form->handover;
  const char *notes = steward_handover_get_notes (handover);
  GDate *accepted_on = steward_handover_get_accepted_on (handover);
  g_autofree char *accepted = NULL;
  g_autofree char *acceptance = NULL;

  if (notes != NULL && *notes != '\0')
    {
      g_autofree char *text = g_strdup_printf ("%s%s", _("Notes: "), notes);

      add_text (form, text, TEXT_SIZE, PANGO_WEIGHT_NORMAL, BLOCK_GAP);
    }

  /* TRANSLATORS: the heading of the receiver's statement in the hand-over form */
  add_text (form, _("Statement of the receiver"), HEADING_SIZE, PANGO_WEIGHT_BOLD, BLOCK_GAP);
  add_text (form,
            /* TRANSLATORS: the receiver's statement of responsibility in the
             * hand-over form (procedure 3.10) */
            _("I have checked and received the items listed above in working order. From the day of "
              "acceptance I am responsible for their custody and proper use, and use them in accordance "
              "with the information security policy and procedures of the centre; I return them, or hand "
              "them over again, only with the authorisation of the responsible supervisor."),
            TEXT_SIZE, PANGO_WEIGHT_NORMAL, 4);

  accepted = accepted_on != NULL && g_date_valid (accepted_on) ? dup_date (form, accepted_on)
                                                               : g_strdup ("________________");
  /* TRANSLATORS: in the hand-over form: the day the receiver accepted the items */
  acceptance = g_strdup_printf (_("Accepted on: %s"), accepted);
  add_text (form, acceptance, TEXT_SIZE, PANGO_WEIGHT_NORMAL, 6);
}

static void
add_signatures (Form *form)
{
  StewardHandover *handover = form->handover;
  const char *receiver = steward_handover_get_accepted_by (handover);
  const char *labels[N_SIGNERS] = {
    /* TRANSLATORS: under a signature line of the hand-over form (移交人) */
    C_("signature", "Handed over by"),
    /* TRANSLATORS: under a signature line of the hand-over form (接收人) */
    C_("signature", "Receiver"),
    /* TRANSLATORS: under a signature line of the hand-over form (權責主管) */
    C_("signature", "Responsible supervisor"),
  };
  const char *names[N_SIGNERS] = {
    steward_handover_get_from_party (handover),
    receiver != NULL && *receiver != '\0' ? receiver : steward_handover_get_to_party (handover),
    steward_handover_get_authorised_by (handover),
  };
  double width = CONTENT_WIDTH / N_SIGNERS - 12;
  double height = 0;
  Block block = { BLOCK_SIGNATURES, 0, FALSE, BLOCK_GAP * 1.5 };

  for (guint i = 0; i < N_SIGNERS; i++)
    {
      block.signer_labels[i] = new_text (form, labels[i], TEXT_SIZE, PANGO_WEIGHT_BOLD, width);
      block.signer_names[i] = new_text (form, names[i], TEXT_SIZE - 1, PANGO_WEIGHT_NORMAL, width);
      /* TRANSLATORS: under a signature line of a form, where the signer writes the day */
      block.signer_dates[i] = new_text (form, _("Date:"), TEXT_SIZE - 1, PANGO_WEIGHT_NORMAL, width);
      height = MAX (height, steward_layout_get_height (block.signer_labels[i]) + SIGNATURE_SPACE +
                            steward_layout_get_height (block.signer_names[i]) + 8 +
                            steward_layout_get_height (block.signer_dates[i]));
    }
  block.height = height;

  g_array_append_val (form->blocks, block);
}

static Block *
get_block (Form  *form,
           guint  i)
{
  return &g_array_index (form->blocks, Block, i);
}

/* Places the blocks on pages: a row never breaks, the items' header row
 * comes again on a page the items run on to, and the receiver's
 * statement keeps its signatures. */
static guint
paginate (cairo_t  *cr,
          gpointer  user_data)
{
  Form *form = user_data;
  guint first_tail = G_MAXUINT;
  double y;
  guint page = 0;

  form->frame = steward_page_frame_new (cr, PAGE_WIDTH, PAGE_HEIGHT, form->title, NULL, form->reference, form->note);
  form->blocks = g_array_new (FALSE, TRUE, sizeof (Block));
  g_array_set_clear_func (form->blocks, block_clear);

  add_info (form);
  add_items (form);
  first_tail = form->blocks->len;
  add_statement (form);
  add_signatures (form);

  for (guint i = 0; i < form->blocks->len; i++)
    if (get_block (form, i)->header)
      form->item_header = get_block (form, i);

  y = form->frame->body_top;
  for (guint i = 0; i < form->blocks->len; i++)
    {
      Block *block = get_block (form, i);
      double needed = block->gap_before + block->height;
      double tail = 0;

      /* The statement and the signatures go on one page. */
      if (i == first_tail)
        for (guint j = i; j < form->blocks->len; j++)
          tail += get_block (form, j)->gap_before + get_block (form, j)->height;
      else
        tail = needed;

      if (y + tail > form->frame->body_bottom && y > form->frame->body_top)
        {
          page++;
          y = form->frame->body_top;
          if (block->kind == BLOCK_ROW && block->table == 2 && !block->header && form->item_header != NULL)
            {
              block->repeat_header = TRUE;
              y += form->item_header->height;
            }
          needed = block->height;
        }

      block->page = page;
      block->y = y + needed - block->height;
      y += needed;
    }

  form->n_pages = page + 1;

  return form->n_pages;
}

static void
draw_row (cairo_t *cr,
          Block   *block,
          double   y)
{
  steward_table_draw_row (cr, MARGIN, y, block->height, block->cells, block->n_cells, block->header);
}

static void
draw_signatures (cairo_t *cr,
                 Block   *block)
{
  double column = CONTENT_WIDTH / N_SIGNERS;

  cairo_set_source_rgb (cr, 0, 0, 0);
  for (guint i = 0; i < N_SIGNERS; i++)
    {
      double x = MARGIN + i * column;
      double y = block->y;
      double line_y;

      steward_layout_draw (cr, block->signer_labels[i], x, y);
      line_y = y + steward_layout_get_height (block->signer_labels[i]) + SIGNATURE_SPACE;

      cairo_new_path (cr);
      cairo_move_to (cr, x, line_y);
      cairo_rel_line_to (cr, column - 12, 0);
      cairo_set_line_width (cr, 0.7);
      cairo_stroke (cr);

      steward_layout_draw (cr, block->signer_names[i], x, line_y + 2);
      steward_layout_draw (cr, block->signer_dates[i], x,
                           line_y + 8 + steward_layout_get_height (block->signer_names[i]));
    }
}

static void
draw_page (cairo_t  *cr,
           guint     page,
           gpointer  user_data)
{
  Form *form = user_data;

  steward_page_frame_draw (form->frame, cr, page, form->n_pages);

  for (guint i = 0; i < form->blocks->len; i++)
    {
      Block *block = get_block (form, i);
      Block *next = i + 1 < form->blocks->len ? get_block (form, i + 1) : NULL;

      if (block->page != page)
        continue;

      switch (block->kind)
        {
        case BLOCK_ROW:
          if (block->repeat_header)
            draw_row (cr, form->item_header, block->y - form->item_header->height);
          draw_row (cr, block, block->y);
          /* The line under a table's last row on the page. */
          if (next == NULL || next->kind != BLOCK_ROW || next->table != block->table || next->page != page ||
              next->gap_before > 0)
            steward_table_draw_rule (cr, MARGIN, block->y + block->height, CONTENT_WIDTH);
          break;

        case BLOCK_TEXT:
          cairo_set_source_rgb (cr, 0, 0, 0);
          steward_layout_draw (cr, block->text, MARGIN, block->y);
          break;

        case BLOCK_SIGNATURES:
          draw_signatures (cr, block);
          break;

        default:
          g_assert_not_reached ();
        }
    }
}

static gboolean
write_pdf (const char  *tmp_path,
           const char  *display_name,
           gpointer     user_data,
           GError     **error)
{
  Form *form = user_data;

  return steward_pdf_write (tmp_path, display_name, PAGE_WIDTH, PAGE_HEIGHT, form->title, NULL,
                            paginate, draw_page, form, error);
}

static gboolean
collect_cb (StewardRecord *record,
            gpointer       user_data)
{
  g_ptr_array_add (user_data, g_object_ref (record));

  return TRUE;
}

/**
 * steward_handover_form_export:
 * @db: the database to read
 * @handover_id: the hand-over
 * @path: the file to write: .pdf
 * @calendar: how the form writes dates (ROC on Taiwanese public-sector forms)
 *
 * Writes the hand-over form of one hand-over, to print and sign: the
 * parties and the authorising supervisor, the items with their asset and
 * serial numbers, the receiver's statement of responsibility and the
 * signature lines of the one who hands over, the receiver and the
 * supervisor. The file appears when it is complete; on error there is no
 * file, and what was at @path before is kept.
 *
 * Returns: whether the file was written
 */
gboolean
steward_handover_form_export (StewardDatabase  *db,
                              gint64            handover_id,
                              const char       *path,
                              StewardCalendar   calendar,
                              GError          **error)
{
  g_auto(Form) form = { 0 };
  g_autoptr(StewardQuery) query = steward_query_new ();
  g_autoptr(GError) local_error = NULL;
  g_autofree char *display_name = NULL;
  g_autofree char *refusal = NULL;
  g_autofree char *number = NULL;
  g_autofree char *version = NULL;
  g_autofree char *id_text = NULL;

  g_return_val_if_fail (STEWARD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  display_name = g_filename_display_name (path);
  refusal = g_strdup_printf (_("Cannot export the hand-over form as “%s”: choose a file name ending in .pdf."),
                             display_name);
  if (steward_export_format_from_path (path) != STEWARD_EXPORT_FORMAT_PDF)
    return steward_export_run (path, NULL, NULL, NULL, refusal, NULL, error);

  form.handover = steward_record_load (db, STEWARD_TYPE_HANDOVER, handover_id, &local_error);
  if (form.handover == NULL)
    {
      id_text = g_strdup_printf ("%" G_GINT64_FORMAT, handover_id);
      if (g_error_matches (local_error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_NOT_FOUND))
        g_set_error (error, STEWARD_DATABASE_ERROR, STEWARD_DATABASE_ERROR_NOT_FOUND,
                     _("There is no hand-over number %s."), id_text);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  form.items = g_ptr_array_new_with_free_func (g_object_unref);
  steward_query_where_int64 (query, "handover_id", STEWARD_QUERY_EQUAL, handover_id);
  steward_query_order_by (query, "id", FALSE);
  if (!steward_record_load_each (db, STEWARD_TYPE_HANDOVER_ITEM, query, collect_cb, form.items, error))
    return FALSE;

  number = steward_database_dup_meta (db, STEWARD_HANDOVER_FORM_NUMBER_KEY);
  version = steward_database_dup_meta (db, STEWARD_HANDOVER_FORM_VERSION_KEY);
  form.calendar = calendar;
  /* TRANSLATORS: the title of the hand-over form (資訊設備移交單) */
  form.title = g_strdup (_("Equipment hand-over form"));
  form.reference = steward_export_dup_reference (number ? number : STEWARD_HANDOVER_FORM_DEFAULT_NUMBER,
                                                 version ? version : STEWARD_HANDOVER_FORM_DEFAULT_VERSION);
  id_text = g_strdup_printf ("%" G_GINT64_FORMAT, handover_id);
  /* TRANSLATORS: in the header of the hand-over form: the hand-over's number */
  form.note = g_strdup_printf (_("Hand-over No. %s"), id_text);

  return steward_export_run (path, NULL, NULL, write_pdf, refusal, &form, error);
}
