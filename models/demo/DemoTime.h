#pragma once

#include <QByteArray>
#include <QtGlobal>

// Dates and instants of generated data. Days are Julian day numbers and instants are UTC seconds, so the
// generator does plain integer arithmetic; formatting is done here by hand because the borough store
// formats several million stamps and must not depend on the machine's locale or time zone.
class DemoTime {
public:
    static QByteArray isoDate(qint64 julianDay);  // "YYYY-MM-DD"
    static QByteArray isoInstant(qint64 utcSecs); // "YYYY-MM-DDTHH:MM:SS.000Z", the store's instant format
    static QByteArray hlc(qint64 utcSecs);        // a HybridClock stamp for a row last changed at utcSecs
    static qint64 dayOf(qint64 utcSecs);          // the UTC day of an instant
    static qint64 utc(qint64 julianDay, int secondOfDay); // an instant from a UTC day and time
    static int isoWeekday(qint64 julianDay);              // 1 = Monday … 7 = Sunday

    // An instant from a day and a wall-clock time in the UK (GMT in winter, BST in summer): a session booked
    // for 10:00 is stored as 09:00 UTC in July, as the desk would store it.
    static qint64 ukLocal(qint64 julianDay, int minuteOfDay);

    // The desk id part of generated stamps. All zeros sorts before every real desk, so a real edit made in
    // the same millisecond as a generated row wins the tie.
    static constexpr const char *kDeskId = "00000000";
};
