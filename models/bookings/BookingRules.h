#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

// Programme settings the booking rules read (settings table; 0002 and 0010 seed them).
struct BookingSettings {
    int dbsRecheckYears = 3; // a DBS re-check falls due this long after the certificate's issue date
    bool dbsBlocksAllSessions =
        false; // an expired or missing DBS blocks every one-to-one session, not only home visits
    QList<int> dbsAlertDays{60, 30, 7}; // warn this many days before the re-check, most urgent last
    int fairShareDays = 28; // proposals favour volunteers with fewer minutes booked over this many days

    static BookingSettings load(const QSqlDatabase &db);
};

struct VolunteerRecord {
    QString id;
    QString givenName;
    QString familyName;
    QString email;
    QString phone;
    QStringList languages;
    QStringList skills;
    QStringList channels;
    QString homeBranchId;
    QString status;
    QString dbsCertificate;
    QDate dbsIssuedOn;
    bool dbsUpdateService = false;
    QDate dbsRecheckDue;
    int maxMinutesPerWeek = 600;
    int version = 0;

    QString name() const { return givenName + QLatin1Char(' ') + familyName; }
    // A DBS check counts on a day before its re-check date, and only with a certificate on record.
    bool dbsValidOn(const QDate &day) const {
        return !dbsCertificate.isEmpty() && dbsRecheckDue.isValid() && day < dbsRecheckDue;
    }
};

struct AvailabilitySlot {
    QString id;
    QString volunteerId;
    int weekday = 1; // ISO, 1 = Monday
    int startMinute = 0;
    int endMinute = 0;
    QString channel;
    QString branchId; // empty: any branch (phone, video, home)
    QDate validFrom;  // invalid: open
    QDate validTo;
    int slotMinutes = 60;
    int bufferBefore = 0;
    int bufferAfter = 0;
    int minNoticeHours = 24;

    bool coversDate(const QDate &day) const {
        return day.dayOfWeek() == weekday && (!validFrom.isValid() || day >= validFrom) &&
               (!validTo.isValid() || day <= validTo);
    }
    // "Mon 10:00–13:00"
    QString describe() const;
};

// One session someone wants to book (or test for a proposal).
struct SessionRequest {
    QString volunteerId;
    QString residentId;
    QDateTime start; // UTC
    int minutes = 60;
    QString channel;
    QString branchId;
    QString excludeBookingId; // a booking being moved does not clash with itself
};

// Whether a volunteer can take a session, and if so the availability it falls in (whose buffers it keeps).
struct SessionFit {
    std::optional<QString> refusal;
    AvailabilitySlot slot;
};

// The booking rules of docs/bookings.md, shared by the commands (which refuse) and the proposals (which
// filter). Reads only; everything it answers is about the store as it is inside the caller's transaction.
class BookingRules {
public:
    BookingRules(QSqlDatabase db, QDateTime nowUtc);

    const BookingSettings &settings() const { return m_settings; }

    std::optional<VolunteerRecord> volunteer(const QString &id) const;
    QList<AvailabilitySlot> availability(const QString &volunteerId) const;

    // Everything about the volunteer: status, channel, DBS, training, availability, holidays, notice, clashes
    // (buffers included) and the weekly limit. Not the resident's side (residentClash).
    SessionFit fit(const VolunteerRecord &volunteer, const SessionRequest &request) const;

    // The resident already has a session (still to happen) overlapping this one.
    std::optional<QString> residentClash(const QString &residentId, const QDateTime &start, int minutes,
                                         const QString &excludeBookingId = {}) const;

    // The DBS rule alone: home visits (and, when the setting says so, every session) need a DBS check valid
    // on the day of the session.
    std::optional<QString> dbsRefusal(const VolunteerRecord &volunteer, const QString &channel,
                                      const QDate &day) const;

    // The training hook (issue 5): when any training unit lists the channel in its `unlocks`, only volunteers
    // who achieved such a unit are proposed or booked for that channel.
    std::optional<QString> trainingRefusal(const VolunteerRecord &volunteer, const QString &channel) const;
    bool channelNeedsTraining(const QString &channel) const;
    bool hasUnlockingUnit(const QString &volunteerId, const QString &channel) const;

    // Minutes of open or attended sessions in the ISO week (Monday to Sunday, local time) holding `day`.
    int minutesInWeek(const QString &volunteerId, const QDate &day,
                      const QString &excludeBookingId = {}) const;
    // Minutes of open or attended sessions that started within the last `days` days (fair share).
    int recentMinutes(const QString &volunteerId, int days) const;

    // "from 2026-03-01 to 2026-03-08 (Holiday)" when the volunteer is away on `day`.
    std::optional<QString> awayOn(const QString &volunteerId, const QDate &day) const;

private:
    std::optional<QString> volunteerClash(const VolunteerRecord &volunteer, const SessionRequest &request,
                                          const AvailabilitySlot &slot) const;

    QSqlDatabase m_db;
    QDateTime m_now;
    BookingSettings m_settings;
};
