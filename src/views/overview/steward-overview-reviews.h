/* steward-overview-reviews.h
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "model/steward-enums.h"

G_BEGIN_DECLS

/**
 * StewardOverviewLine:
 * @title: the line, translated
 * @subtitle: why it matters, translated
 * @place: where activating it goes: "reviews/reviews#12"
 * @icon_name: the icon before it
 * @style: "warning" or "error"
 */
typedef struct
{
  char       *title;
  char       *subtitle;
  char       *place;
  const char *icon_name;
  const char *style;
} StewardOverviewLine;

void       steward_overview_line_free   (StewardOverviewLine *line);

/* The management reviews' lines of Overview: minutes of a meeting already
 * held that are still a draft (5.4.3), and no management review within a
 * year with none planned (5.4.1). @reviews holds every StewardReview,
 * @drafts every StewardMinutes still a draft. */
GPtrArray *steward_overview_review_lines (GListModel      *reviews,
                                          GListModel      *drafts,
                                          GDateTime       *now,
                                          StewardCalendar  calendar);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (StewardOverviewLine, steward_overview_line_free)

G_END_DECLS
