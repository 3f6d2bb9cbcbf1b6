#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

// The stored keys of the bookings module (channels, statuses, Essential Digital Skills areas) and the one
// way instants are written, so commands, queries, the CLI and the desk agree on them.
namespace BookingKeys {
QStringList channels();                   // phone, video, library, home: what a session can be
QStringList availabilityChannels();       // the session channels and events (drop-in help)
QStringList skillAreas();                 // the five Essential Digital Skills areas
QStringList volunteerStatuses();          // applicant, active, paused, left
QStringList outcomeStatuses();            // attended, resident_no_show, volunteer_no_show, cancelled
bool isOpenStatus(const QString &status); // requested or confirmed: still to happen

// "communicating" → "Communicating" (translated); unknown keys come back as they are.
QString skillAreaName(const QString &key);

// A comma-separated list as stored: trimmed, lower case, no empties, no repeats, in the given order.
QStringList splitList(const QString &stored);
QString joinList(const QStringList &items);

QString isoInstant(const QDateTime &utc);   // 2026-03-02T09:30:00.000Z
QDateTime parseInstant(const QString &iso); // invalid when it is not one
// A date and time typed by a person: "2026-03-09T10:00", "2026-03-09 10:00" (local time) or an instant with
// Z / an offset. Invalid when it is neither.
QDateTime parseLocalDateTime(const QString &text);
int localMinuteOfDay(const QDateTime &instant);
} // namespace BookingKeys
