/* steward-notice-ics.c
 *
 * Copyright 2026 The Steward authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "steward-notice-ics"

#include "config.h"

#include <stdlib.h>

#include <libical/ical.h>

#include "export/steward-notice-export.h"
#include "logic/steward-date.h"
#include "steward-formats.h"

/* The notice of a meeting as an iCalendar invitation, built with libical,
 * which writes the CRLF line ends and folds the long lines as RFC 5545
 * asks. */

/* Taiwan has kept UTC+8 without daylight saving time since 1980. */
#define TAIPEI_TZID   "Asia/Taipei"
#define TAIPEI_OFFSET (8 * 3600)
#define PRODID        "-//ISMS Steward//Steward " PACKAGE_VERSION "//EN"
/* The conventional address of an attendee known by name only: a
 * CAL-ADDRESS must be a URI, and no program tries to mail it. */
#define NO_ADDRESS    "invalid:nomail"

static gboolean
is_set (const char *text)
{
  return text != NULL && *text != '\0';
}

/* The VTIMEZONE the times refer to, so that no program has to know the
 * name: standard time at UTC+8 all year. */
static icalcomponent *
new_taipei_vtimezone (void)
{
  icalcomponent *vtimezone = icalcomponent_new_vtimezone ();
  icalcomponent *standard = icalcomponent_new_xstandard ();

  icalcomponent_add_property (vtimezone, icalproperty_new_tzid (TAIPEI_TZID));
  icalcomponent_add_property (standard, icalproperty_new_dtstart (icaltime_from_string ("19700101T000000")));
  icalcomponent_add_property (standard, icalproperty_new_tzoffsetfrom (TAIPEI_OFFSET));
  icalcomponent_add_property (standard, icalproperty_new_tzoffsetto (TAIPEI_OFFSET));
  icalcomponent_add_property (standard, icalproperty_new_tzname ("CST"));
  icalcomponent_add_component (vtimezone, standard);

  return vtimezone;
}

/* @date_time as a local time of Taipei, with its TZID. */
static icalproperty *
new_taipei_time (icalproperty *(*new_property) (struct icaltimetype),
                 GDateTime     *date_time)
{
  g_autoptr(GTimeZone) zone = steward_date_new_taipei_zone ();
  g_autoptr(GDateTime) taipei = g_date_time_to_timezone (date_time, zone);
  struct icaltimetype time = icaltime_null_time ();
  icalproperty *property;

  time.year = g_date_time_get_year (taipei);
  time.month = g_date_time_get_month (taipei);
  time.day = g_date_time_get_day_of_month (taipei);
  time.hour = g_date_time_get_hour (taipei);
  time.minute = g_date_time_get_minute (taipei);
  time.second = g_date_time_get_second (taipei);
  time.is_date = 0;

  property = new_property (time);
  icalproperty_add_parameter (property, icalparameter_new_tzid (TAIPEI_TZID));

  return property;
}

/* An ATTENDEE or the ORGANIZER: the name as CN, the address if given. */
static icalproperty *
new_person (icalproperty *(*new_property) (const char *),
            const char     *entry)
{
  g_autofree char *name = NULL;
  g_autofree char *address = NULL;
  g_autofree char *uri = NULL;
  icalproperty *property;

  steward_notice_split_address (entry, &name, &address);
  uri = address != NULL ? g_strconcat ("mailto:", address, NULL) : g_strdup (NO_ADDRESS);
  property = new_property (uri);
  if (name[0] != '\0')
    icalproperty_add_parameter (property, icalparameter_new_cn (name));

  return property;
}

static icalcomponent *
new_vcalendar (const StewardNotice *notice,
               const char          *uid,
               const char          *agenda)
{
  icalcomponent *vcalendar = icalcomponent_new_vcalendar ();
  icalcomponent *vevent = icalcomponent_new_vevent ();
  g_autofree char *topic = g_strstrip (g_strdup (notice->topic));
  struct icaltimetype now;

  icalcomponent_add_property (vcalendar, icalproperty_new_prodid (PRODID));
  icalcomponent_add_property (vcalendar, icalproperty_new_version ("2.0"));
  icalcomponent_add_property (vcalendar, icalproperty_new_calscale ("GREGORIAN"));
  /* An invitation, which calendar programs offer to accept. */
  icalcomponent_add_property (vcalendar, icalproperty_new_method (ICAL_METHOD_REQUEST));
  icalcomponent_add_component (vcalendar, new_taipei_vtimezone ());

  now = icaltime_from_timet_with_zone ((time_t) (g_get_real_time () / G_USEC_PER_SEC), 0,
                                       icaltimezone_get_utc_timezone ());
  icalcomponent_add_property (vevent, icalproperty_new_uid (uid));
  icalcomponent_add_property (vevent, icalproperty_new_dtstamp (now));
  icalcomponent_add_property (vevent, new_taipei_time (icalproperty_new_dtstart, notice->starts_at));
  if (notice->ends_at != NULL)
    icalcomponent_add_property (vevent, new_taipei_time (icalproperty_new_dtend, notice->ends_at));
  icalcomponent_add_property (vevent, icalproperty_new_summary (topic));
  if (is_set (notice->place))
    icalcomponent_add_property (vevent, icalproperty_new_location (notice->place));
  if (is_set (agenda))
    icalcomponent_add_property (vevent, icalproperty_new_description (agenda));
  icalcomponent_add_property (vevent, icalproperty_new_status (ICAL_STATUS_CONFIRMED));
  icalcomponent_add_property (vevent, icalproperty_new_sequence (0));
  if (is_set (notice->organizer))
    icalcomponent_add_property (vevent, new_person (icalproperty_new_organizer, notice->organizer));

  for (guint i = 0; notice->attendees != NULL && notice->attendees[i] != NULL; i++)
    {
      g_autofree char *entry = g_strstrip (g_strdup (notice->attendees[i]));
      icalproperty *attendee;

      if (entry[0] == '\0')
        continue;

      attendee = new_person (icalproperty_new_attendee, entry);
      icalproperty_add_parameter (attendee, icalparameter_new_role (ICAL_ROLE_REQPARTICIPANT));
      icalproperty_add_parameter (attendee, icalparameter_new_partstat (ICAL_PARTSTAT_NEEDSACTION));
      icalcomponent_add_property (vevent, attendee);
    }

  icalcomponent_add_component (vcalendar, vevent);

  return vcalendar;
}

char *
steward_notice_dup_ics (const StewardNotice *notice,
                        const char          *uid,
                        const char          *agenda)
{
  icalcomponent *vcalendar = new_vcalendar (notice, uid, agenda);
  char *text = icalcomponent_as_ical_string_r (vcalendar);
  char *copy = g_strdup (text);

  /* libical's text is its program's malloc()'s to free. */
  free (text);
  icalcomponent_free (vcalendar);

  return copy;
}
