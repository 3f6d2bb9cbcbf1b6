#pragma once

#include "BookingRules.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class Actor;
class Clock;

struct VolunteerRow {
    QString id;
    QString name;
    QString status;
    QStringList channels;
    QStringList languages;
    QStringList skills;
    QString homeBranch;
    QString dbsCertificate; // empty for people without volunteer.manage
    QDate dbsValidUntil;    // the re-check date: valid on days before it
    bool dbsUpdateService = false;
    QString dbsState;  // valid, due (within the first alert), expired, missing
    int alertDays = 0; // the alert reached (60, 30 or 7 by default); 0 when none
    int maxMinutesPerWeek = 0;
    int upcomingSessions = 0;
};

struct BookingListRow {
    QString id;
    QDateTime start; // UTC
    int minutes = 0;
    QString volunteerId;
    QString volunteerName;
    QString residentId;
    QString residentCard; // empty for a volunteer: the minimum they need is a name and a way to reach them
    QString residentName;
    QString residentContact; // phone for phone/video sessions, address for home visits; empty otherwise
    QString channel;
    QString status;
    QString branchId;
    QString branchName;
    QString needArea;
    QString needText;
    QString cancelReason;
    QStringList skillsCovered;
    int confidenceBefore = 0;
    int confidenceAfter = 0;
};

struct BookingFilter {
    QString volunteerId;
    QString branchId;
    QDate from; // local days, inclusive; invalid: open
    QDate to;
    bool openOnly = false; // requested or confirmed only
    int limit = 2000;
};

struct Candidate {
    VolunteerRecord volunteer;
    AvailabilitySlot slot;
    bool hasSkill = false;
    bool speaksLanguage = false;
    int recentMinutes = 0;
};

struct ReminderRow {
    QDateTime start;
    int minutes = 0;
    QString residentName;
    QString residentCard;
    QString how;     // phone or post
    QString contact; // the number or the address, only where the resident consented
    QString channel;
    QString volunteerName; // first name only: what the resident needs to know
    QString branchName;
};

struct ReminderList {
    QList<ReminderRow> rows;
    int withoutConsent = 0; // offline residents with no consent to phone or post: not listed
};

struct WaitlistRow {
    QString id;
    QString residentId;
    QString residentCard;
    QString residentName;
    QString channel;
    QString branchName;
    QString branchId;
    QString needArea;
    QString needText;
    QDateTime requestedAt;
    QString status;
    QString offeredVolunteerId;
    QString offeredVolunteerName;
    QDateTime offeredStart;
    int offeredMinutes = 0;
    int place = 0;
};

struct HoursRow {
    QString id;
    QString volunteerId;
    QString volunteerName;
    QDate workedOn;
    int minutes = 0;
    QString source;
    QString status;
    QString note;
};

struct EventRow {
    QString id;
    QString title;
    QString branchId;
    QString branchName;
    QDateTime start;
    int minutes = 0;
    int headcount = 0;
    QStringList topics;
    QStringList volunteerIds;
    QStringList volunteerNames;
    bool recorded = false;
};

struct ExceptionRow {
    QString id;
    QDate from;
    QDate to;
    QString reason;
};

struct NamedId {
    QString id;
    QString name;
};

// The read side of bookings for the desk and the CLI. Every list is filtered for the person asking: a
// volunteer sees only their own sessions and the least they need about their residents.
class BookingQueries {
public:
    BookingQueries(QSqlDatabase db, const Clock &clock);

    QList<VolunteerRow> volunteers(const Actor &actor, bool includeLeft = false) const;
    QList<BookingListRow> bookings(const Actor &actor, const BookingFilter &filter) const;
    std::optional<BookingListRow> booking(const Actor &actor, const QString &id) const;

    // Volunteers who can take the session, best first: those who help with the need and speak the resident's
    // language, then the least booked over the fair-share period.
    QList<Candidate> propose(const Actor &actor, const SessionRequest &request, const QString &needArea,
                             const QString &language) const;

    // Sessions on `day` for residents who are offline (no email address, or no consent to email), to remind
    // by phone or post as they consented.
    ReminderList reminders(const Actor &actor, const QDate &day) const;

    // Volunteers whose DBS needs attention: missing (for those who offer home visits or when every session
    // needs one), expired, or due within the first alert period.
    QList<VolunteerRow> dbsAlerts(const Actor &actor) const;

    QList<WaitlistRow> waitlist(const Actor &actor) const;
    QList<HoursRow> hours(const Actor &actor, const QString &status, const QString &volunteerId = {}) const;
    int approvedMinutes(const QString &volunteerId, const QDate &from, const QDate &to) const;
    QList<EventRow> events(const Actor &actor, const QDate &from, const QDate &to) const;
    QList<AvailabilitySlot> availability(const Actor &actor, const QString &volunteerId) const;
    QList<ExceptionRow> exceptions(const Actor &actor, const QString &volunteerId) const;
    std::optional<VolunteerRecord> volunteer(const Actor &actor, const QString &id) const;
    QList<NamedId> branches() const;
    QString branchName(const QString &id) const;
    // Active loans of a resident (tag and due date), for linking a session to a loan.
    QList<NamedId> activeLoans(const Actor &actor, const QString &residentId) const;

    static bool seesAllVolunteers(const Actor &actor);

private:
    VolunteerRow volunteerRow(const VolunteerRecord &v, const QString &branch, int upcoming,
                              bool showCertificate, const BookingSettings &settings) const;

    QSqlDatabase m_db;
    const Clock &m_clock;
};
