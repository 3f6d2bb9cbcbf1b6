#pragma once

#include "TestStore.h"
#include "bookings/AvailabilityCommands.h"
#include "bookings/BookingCommands.h"

#include <QDateTime>

// Bookings test data on a TestStore (Monday 2 March 2026, 09:30). Val, the store's own volunteer (who signs
// in as "volunteer"), is made a full TechMate through the write path: phone, video, library and home visits;
// communicating and transacting; English and Polish; a DBS check valid until 2028-01-15; and weekly times:
// Monday 10:00–13:00 phone, Tuesday 10:00–16:00 home visits with 15 minutes' travel either side, Wednesday
// 09:00–17:00 library at Central. Residents are added with cards as given.
class BookingFixtures {
public:
    explicit BookingFixtures(TestStore &t, bool setUpVal = true);

    QString val() const { return m_t.volunteerRecordId(); }

    QString addVolunteer(const QString &given, const QString &family, const QStringList &channels,
                         const QStringList &skills = {QStringLiteral("communicating")},
                         const QStringList &languages = {QStringLiteral("en")});
    CommandResult recordDbs(const QString &volunteerId, const QDate &issued, const QDate &due = {});
    CommandResult addWindow(const QString &volunteerId, int weekday, int startHour, int endHour,
                            const QString &channel, int bufferBefore = 0, int bufferAfter = 0,
                            int noticeHours = 24);
    QString addResident(const QString &card, const QString &given = QStringLiteral("Amara"),
                        const QString &family = QStringLiteral("Nwosu"),
                        const QString &language = QStringLiteral("en"));

    CommandResult book(const QString &volunteerId, const QString &card, const QDateTime &start, int minutes,
                       const QString &channel, const Actor &actor, const QString &needArea = {});
    CommandResult book(const QString &volunteerId, const QString &card, const QDateTime &start, int minutes,
                       const QString &channel) {
        return book(volunteerId, card, start, minutes, channel, m_t.librarian());
    }
    CommandResult outcome(const QString &bookingId, const QString &status, const Actor &actor,
                          const QString &reason = {});

    // A local date and time (the rules read availability in local time) as the UTC instant commands take.
    static QDateTime at(int year, int month, int day, int hour, int minute = 0);

    // Every bookings table with row versions, plus the outbox and audit counts: equal snapshots mean nothing
    // was written.
    QString snapshot() const;

    TestStore &t() { return m_t; }

private:
    TestStore &m_t;
};
