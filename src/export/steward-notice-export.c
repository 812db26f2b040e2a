/* steward-notice-export.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-notice-export"

#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "export/steward-export-util.h"
#include "export/steward-file-writers.h"
#include "logic/steward-date.h"
#include "model/steward-person.h"
#include "steward-notice-export.h"

/* The notice of a meeting (開會通知單, procedure 5.7.1.2), on an A4 page
 * to print or send as a PDF, and as an iCalendar invitation that calendar
 * programs add with one click (by the formats module,
 * formats/steward-notice-ics.c). */

static gboolean
is_set (const char *text)
{
  return text != NULL && *text != '\0';
}

/**
 * steward_notice_split_address:
 * @entry: an attendee or organizer as typed: "王小明", "王小明
 *   <wang@example.gov.tw>", "王小明 wang@example.gov.tw" or
 *   "wang@example.gov.tw"
 * @name: (out) (transfer full): the name to show
 * @address: (out) (transfer full) (nullable): the e-mail address, if any
 *
 * Returns: whether @entry gives an e-mail address
 */
gboolean
steward_notice_split_address (const char  *entry,
                              char       **name,
                              char       **address)
{
  g_autofree char *text = g_strstrip (g_strdup (entry ? entry : ""));
  char *open = strrchr (text, '<');
  size_t length = strlen (text);

  *address = NULL;

  if (open != NULL && length > 0 && text[length - 1] == '>')
    {
      g_autofree char *inside = g_strstrip (g_strndup (open + 1, text + length - 1 - (open + 1)));

      if (inside[0] != '\0' && steward_email_is_valid (inside))
        {
          *open = '\0';
          g_strstrip (text);
          *name = g_strdup (text[0] != '\0' ? text : inside);
          *address = g_steal_pointer (&inside);
          return TRUE;
        }
    }

  if (strchr (text, '@') != NULL && steward_email_is_valid (text))
    {
      *name = g_strdup (text);
      *address = g_strdup (text);
      return TRUE;
    }

  /* "王小明 wang@example.gov.tw": the last word is the address. */
  {
    char *space = strrchr (text, ' ');

    if (space != NULL && strchr (space + 1, '@') != NULL && steward_email_is_valid (space + 1))
      {
        *address = g_strdup (space + 1);
        *space = '\0';
        *name = g_strdup (g_strstrip (text));
        return TRUE;
      }
  }

  *name = g_steal_pointer (&text);

  return FALSE;
}

static gboolean
check_notice (const StewardNotice  *notice,
              GError              **error)
{
  g_autofree char *topic = g_strstrip (g_strdup (notice->topic ? notice->topic : ""));

  if (topic[0] == '\0' || notice->starts_at == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("A meeting notice needs the topic and the time the meeting starts."));
      return FALSE;
    }

  return TRUE;
}

/* The time as the notice says it: the day, its weekday, from and to. */
static char *
dup_time_text (const StewardNotice *notice)
{
  g_autoptr(GDateTime) starts = g_date_time_to_local (notice->starts_at);
  g_autoptr(GDateTime) ends = notice->ends_at != NULL ? g_date_time_to_local (notice->ends_at) : NULL;
  g_autoptr(GDate) day = g_date_new_dmy (g_date_time_get_day_of_month (starts),
                                         g_date_time_get_month (starts),
                                         g_date_time_get_year (starts));
  g_autofree char *date = steward_date_format (day, notice->calendar);
  g_autofree char *weekday = g_date_time_format (starts, "%A");
  g_autofree char *from = g_date_time_format (starts, "%H:%M");

  if (ends == NULL)
    /* TRANSLATORS: when a meeting starts, on a meeting notice: the date,
     * the day of the week, the time */
    return g_strdup_printf (_("%s (%s) %s"), date, weekday, from);

  if (g_date_time_get_year (ends) == g_date_time_get_year (starts) &&
      g_date_time_get_day_of_year (ends) == g_date_time_get_day_of_year (starts))
    {
      g_autofree char *to = g_date_time_format (ends, "%H:%M");

      /* TRANSLATORS: when a meeting is held, on a meeting notice: the
       * date, the day of the week, the times it starts and ends */
      return g_strdup_printf (_("%s (%s) %s–%s"), date, weekday, from, to);
    }
  else
    {
      g_autofree char *to = steward_date_time_format (ends, notice->calendar);

      /* TRANSLATORS: when a meeting of more than a day is held: the date,
       * the day of the week and the time it starts, then when it ends */
      return g_strdup_printf (_("%s (%s) %s to %s"), date, weekday, from, to);
    }
}

static char *
dup_attendees_text (const StewardNotice *notice)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; notice->attendees != NULL && notice->attendees[i] != NULL; i++)
    {
      g_autofree char *name = NULL;
      g_autofree char *address = NULL;

      steward_notice_split_address (notice->attendees[i], &name, &address);
      if (name[0] == '\0')
        continue;
      if (text->len > 0)
        /* TRANSLATORS: between the names of the attendees on a meeting
         * notice; zh_TW uses "、" */
        g_string_append (text, C_("attendees", ", "));
      g_string_append (text, name);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
dup_agenda_text (const StewardNotice *notice)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint n = 0;

  for (guint i = 0; notice->agenda != NULL && notice->agenda[i] != NULL; i++)
    {
      g_autofree char *item = g_strstrip (g_strdup (notice->agenda[i]));

      if (item[0] == '\0')
        continue;
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append_printf (text, "%u. %s", ++n, item);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* PDF */

#define LABEL_WIDTH  96.0
#define TEXT_SIZE    11.0
#define TABLE_GAP    14.0

typedef struct
{
  PangoLayout *label;
  PangoLayout *value;
  double       height;
  guint        page;
  double       y;
} NoticeRow;

typedef struct
{
  const StewardNotice *notice;
  char                *title;
  char                *reference;
  char                *note;
  StewardPageFrame    *frame;
  GArray              *rows;     /* NoticeRow */
  PangoLayout         *remark;
  double               remark_y;
  guint                n_pages;
} NoticePdf;

static void
notice_row_clear (gpointer data)
{
  NoticeRow *row = data;

  g_clear_object (&row->label);
  g_clear_object (&row->value);
}

static void
notice_pdf_clear (NoticePdf *self)
{
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->reference, g_free);
  g_clear_pointer (&self->note, g_free);
  g_clear_pointer (&self->frame, steward_page_frame_free);
  g_clear_pointer (&self->rows, g_array_unref);
  g_clear_object (&self->remark);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (NoticePdf, notice_pdf_clear)

static void
add_row (NoticePdf  *self,
         const char *label,
         const char *value)
{
  double value_width = self->frame->content_width - LABEL_WIDTH;
  NoticeRow row = { 0 };

  row.label = steward_page_frame_new_layout (self->frame, label, TEXT_SIZE, PANGO_WEIGHT_BOLD,
                                             LABEL_WIDTH - 2 * STEWARD_TABLE_CELL_PADDING, PANGO_ALIGN_LEFT);
  row.value = steward_page_frame_new_layout (self->frame, is_set (value) ? value : "—", TEXT_SIZE,
                                             PANGO_WEIGHT_NORMAL, value_width - 2 * STEWARD_TABLE_CELL_PADDING,
                                             PANGO_ALIGN_LEFT);
  row.height = MAX (steward_layout_get_height (row.label), steward_layout_get_height (row.value)) +
               2 * STEWARD_TABLE_CELL_PADDING + 6;
  g_array_append_val (self->rows, row);
}

/* Lays the rows out on pages: a row never breaks across two. */
static guint
paginate (cairo_t  *cr,
          gpointer  user_data)
{
  NoticePdf *self = user_data;
  const StewardNotice *notice = self->notice;
  g_autofree char *time_text = dup_time_text (notice);
  g_autofree char *attendees = dup_attendees_text (notice);
  g_autofree char *agenda = dup_agenda_text (notice);
  g_autofree char *organizer = NULL;
  g_autofree char *organizer_address = NULL;
  g_autofree char *contact = NULL;
  guint page = 0;
  double y;

  self->frame = steward_page_frame_new (cr, STEWARD_PAGE_A4_WIDTH, STEWARD_PAGE_A4_HEIGHT,
                                        self->title, NULL, self->reference, self->note);
  self->rows = g_array_new (FALSE, TRUE, sizeof (NoticeRow));
  g_array_set_clear_func (self->rows, notice_row_clear);

  steward_notice_split_address (notice->organizer, &organizer, &organizer_address);
  contact = organizer_address != NULL && g_strcmp0 (organizer, organizer_address) != 0
            ? g_strdup_printf ("%s <%s>", organizer, organizer_address)
            : g_strdup (organizer);

  /* TRANSLATORS: the rows of a meeting notice (開會通知單): 開會事由 */
  add_row (self, _("Topic"), notice->topic);
  /* TRANSLATORS: on a meeting notice: 開會時間 */
  add_row (self, _("Time"), time_text);
  /* TRANSLATORS: on a meeting notice: 開會地點 */
  add_row (self, _("Place"), notice->place);
  /* TRANSLATORS: on a meeting notice: 出席人員 */
  add_row (self, _("Attendees"), attendees);
  if (is_set (agenda))
    /* TRANSLATORS: on a meeting notice: 討論事項 */
    add_row (self, _("Agenda"), agenda);
  /* TRANSLATORS: on a meeting notice: 聯絡人 */
  add_row (self, _("Contact"), contact);

  y = self->frame->body_top + TABLE_GAP;
  for (guint i = 0; i < self->rows->len; i++)
    {
      NoticeRow *row = &g_array_index (self->rows, NoticeRow, i);

      if (y + row->height > self->frame->body_bottom && y > self->frame->body_top + TABLE_GAP)
        {
          page++;
          y = self->frame->body_top + TABLE_GAP;
        }
      row->page = page;
      row->y = y;
      y += row->height;
    }

  self->remark = steward_page_frame_new_layout (self->frame,
                                                _("Please attend on time. If you cannot attend, send a deputy and tell the contact person beforehand."),
                                                TEXT_SIZE - 1, PANGO_WEIGHT_NORMAL, self->frame->content_width,
                                                PANGO_ALIGN_LEFT);
  y += TABLE_GAP;
  if (y + steward_layout_get_height (self->remark) > self->frame->body_bottom)
    {
      page++;
      y = self->frame->body_top + TABLE_GAP;
    }
  self->remark_y = y;
  self->n_pages = page + 1;

  return self->n_pages;
}

static void
draw_page (cairo_t  *cr,
           guint     page,
           gpointer  user_data)
{
  NoticePdf *self = user_data;
  double x = STEWARD_PAGE_MARGIN;
  double bottom = -1;

  steward_page_frame_draw (self->frame, cr, page, self->n_pages);

  for (guint i = 0; i < self->rows->len; i++)
    {
      NoticeRow *row = &g_array_index (self->rows, NoticeRow, i);
      StewardTableCell cells[2] = {
        { row->label, LABEL_WIDTH, FALSE },
        { row->value, self->frame->content_width - LABEL_WIDTH, FALSE },
      };

      if (row->page != page)
        continue;

      steward_table_draw_row (cr, x, row->y, row->height, cells, G_N_ELEMENTS (cells), FALSE);
      bottom = row->y + row->height;
    }
  if (bottom >= 0)
    steward_table_draw_rule (cr, x, bottom, self->frame->content_width);

  if (page == self->n_pages - 1)
    {
      cairo_set_source_rgb (cr, 0, 0, 0);
      steward_layout_draw (cr, self->remark, x, self->remark_y);
    }
}

static gboolean
write_pdf (const char  *tmp_path,
           const char  *display_name,
           gpointer     user_data,
           GError     **error)
{
  NoticePdf *self = user_data;

  return steward_pdf_write (tmp_path, display_name, STEWARD_PAGE_A4_WIDTH, STEWARD_PAGE_A4_HEIGHT,
                            self->title, self->notice->topic, paginate, draw_page, self, error);
}

/**
 * steward_notice_export_pdf:
 * @path: where to write the PDF
 *
 * Writes the notice on A4 pages: its topic, time, place, attendees, agenda
 * and whom to contact, in the frame of Steward's forms. The file appears
 * whole or not at all.
 *
 * Returns: whether the file was written
 */
gboolean
steward_notice_export_pdf (const StewardNotice  *notice,
                           const char           *path,
                           GError              **error)
{
  g_auto(NoticePdf) pdf = { 0 };
  g_autoptr(GDate) today = steward_date_new_today ();
  g_autofree char *today_text = NULL;

  g_return_val_if_fail (notice != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!check_notice (notice, error))
    return FALSE;

  today_text = steward_date_format (today, notice->calendar);
  pdf.notice = notice;
  /* TRANSLATORS: the title of the printed notice: 開會通知單 */
  pdf.title = g_strdup (_("Meeting Notice"));
  pdf.reference = steward_export_dup_reference (notice->document_number, NULL);
  /* TRANSLATORS: at the top right of a meeting notice; %s is a date */
  pdf.note = g_strdup_printf (_("Issued on %s"), today_text);

  return steward_export_write_atomically (path, write_pdf, &pdf, error);
}

/* iCalendar */

static gboolean
write_ics (const char  *tmp_path,
           const char  *display_name,
           gpointer     user_data,
           GError     **error)
{
  const char *text = user_data;
  size_t length = strlen (text);
  FILE *file;
  gboolean ok;

  /* Into the temporary file as it is, not a new one beside it. */
  file = g_fopen (tmp_path, "wb");
  if (file == NULL)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not write “%s”: %s"), display_name, g_strerror (saved_errno));
      return FALSE;
    }

  ok = fwrite (text, 1, length, file) == length;
  ok = fclose (file) == 0 && ok;
  if (!ok)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not write “%s”: %s"), display_name, g_strerror (saved_errno));
    }

  return ok;
}

/**
 * steward_notice_export_ics:
 * @uid: the invitation's unique id: the same for every version of the
 *   notice of one meeting, so that a calendar updates the meeting it has
 * @path: where to write the .ics file
 *
 * Writes the notice as a calendar invitation: a VCALENDAR with
 * METHOD:REQUEST and one VEVENT in the time of Taipei, with its
 * VTIMEZONE. Attendees known by name only are listed by name.
 *
 * Returns: whether the file was written
 */
gboolean
steward_notice_export_ics (const StewardNotice  *notice,
                           const char           *uid,
                           const char           *path,
                           GError              **error)
{
  const StewardFileWriters *writers;
  g_autofree char *agenda = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (notice != NULL, FALSE);
  g_return_val_if_fail (is_set (uid), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!check_notice (notice, error))
    return FALSE;

  writers = steward_file_writers_get (error);
  if (writers == NULL)
    return FALSE;

  agenda = dup_agenda_text (notice);
  text = writers->notice_dup_ics (notice, uid, agenda);

  return steward_export_write_atomically (path, write_ics, text, error);
}
