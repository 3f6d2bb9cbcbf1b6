#include "BookingFixtures.h"

#include "bookings/VolunteerCommands.h"
#include "residents/ResidentCommands.h"
#include "store/Sql.h"

#include <QTest>

BookingFixtures::BookingFixtures(TestStore &t, bool setUpVal)
    : m_t(t) {
    if (!setUpVal) {
        return;
    }
    VolunteerProfile p;
    p.id = val();
    p.givenName = QStringLiteral("Val");
    p.familyName = QStringLiteral("Volunteer");
    p.languages = {QStringLiteral("en"), QStringLiteral("pl")};
    p.skills = {QStringLiteral("communicating"), QStringLiteral("transacting")};
    p.channels = {QStringLiteral("phone"), QStringLiteral("video"), QStringLiteral("library")};
    p.homeBranchId = m_t.branchId();
    p.status = QStringLiteral("active");
    p.maxMinutesPerWeek = 600;
    SaveVolunteerCommand save(p, false);
    CommandResult r = m_t.bus().execute(save, m_t.coordinator());
    if (!r.ok()) {
        qFatal("cannot set up Val: %s", qPrintable(r.message()));
    }
    r = recordDbs(val(), QDate(2025, 1, 15));
    if (!r.ok()) {
        qFatal("cannot record Val's DBS: %s", qPrintable(r.message()));
    }
    p.channels.append(QStringLiteral("home"));
    SaveVolunteerCommand home(p, false);
    r = m_t.bus().execute(home, m_t.coordinator());
    if (!r.ok()) {
        qFatal("cannot offer home visits: %s", qPrintable(r.message()));
    }
    for (const CommandResult &w : {addWindow(val(), 1, 10, 13, QStringLiteral("phone")),
                                   addWindow(val(), 2, 10, 16, QStringLiteral("home"), 15, 15),
                                   addWindow(val(), 3, 9, 17, QStringLiteral("library"))}) {
        if (!w.ok()) {
            qFatal("cannot add Val's times: %s", qPrintable(w.message()));
        }
    }
}

QString BookingFixtures::addVolunteer(const QString &given, const QString &family,
                                      const QStringList &channels, const QStringList &skills,
                                      const QStringList &languages) {
    VolunteerProfile p;
    p.givenName = given;
    p.familyName = family;
    p.languages = languages;
    p.skills = skills;
    p.channels = channels;
    p.channels.removeAll(QStringLiteral("home"));
    p.homeBranchId = m_t.branchId();
    p.status = QStringLiteral("active");
    SaveVolunteerCommand add(p, true);
    const CommandResult r = m_t.bus().execute(add, m_t.coordinator());
    if (!r.ok()) {
        qFatal("cannot add volunteer: %s", qPrintable(r.message()));
    }
    if (channels.contains(QStringLiteral("home"))) {
        recordDbs(r.entityId(), QDate(2025, 6, 1));
        p.id = r.entityId();
        p.channels = channels;
        SaveVolunteerCommand home(p, false);
        const CommandResult h = m_t.bus().execute(home, m_t.coordinator());
        if (!h.ok()) {
            qFatal("cannot offer home visits: %s", qPrintable(h.message()));
        }
    }
    return r.entityId();
}

CommandResult BookingFixtures::recordDbs(const QString &volunteerId, const QDate &issued, const QDate &due) {
    RecordDbsCommand cmd({volunteerId, QStringLiteral("001234567890"), issued, false, due});
    return m_t.bus().execute(cmd, m_t.coordinator());
}

CommandResult BookingFixtures::addWindow(const QString &volunteerId, int weekday, int startHour, int endHour,
                                         const QString &channel, int bufferBefore, int bufferAfter,
                                         int noticeHours) {
    AvailabilityRequest a;
    a.volunteerId = volunteerId;
    a.weekday = weekday;
    a.startMinute = startHour * 60;
    a.endMinute = endHour * 60;
    a.channel = channel;
    a.bufferBefore = bufferBefore;
    a.bufferAfter = bufferAfter;
    a.minNoticeHours = noticeHours;
    AddAvailabilityCommand cmd(a);
    return m_t.bus().execute(cmd, m_t.coordinator());
}

QString BookingFixtures::addResident(const QString &card, const QString &given, const QString &family,
                                     const QString &language) {
    Resident r;
    r.card = card;
    r.givenName = given;
    r.familyName = family;
    r.postcode = QStringLiteral("LS6 2AB");
    r.address = QStringLiteral("1 Park Row");
    r.phone = QStringLiteral("0113 496 0000");
    r.preferredLanguage = language;
    r.consentPhone = true;
    AddResidentCommand cmd(r, m_t.clock());
    const CommandResult result = m_t.bus().execute(cmd, m_t.librarian());
    if (!result.ok()) {
        qFatal("cannot add resident: %s", qPrintable(result.message()));
    }
    return result.entityId();
}

CommandResult BookingFixtures::book(const QString &volunteerId, const QString &card, const QDateTime &start,
                                    int minutes, const QString &channel, const Actor &actor,
                                    const QString &needArea) {
    BookingRequest b;
    b.volunteerId = volunteerId;
    b.residentCard = card;
    b.start = start;
    b.minutes = minutes;
    b.channel = channel;
    b.needArea = needArea;
    b.own = !actor.can(Permission::BookingManage);
    CreateBookingCommand cmd(b);
    return m_t.bus().execute(cmd, actor);
}

CommandResult BookingFixtures::outcome(const QString &bookingId, const QString &status, const Actor &actor,
                                       const QString &reason) {
    BookingOutcome o;
    o.bookingId = bookingId;
    o.status = status;
    o.cancelReason = reason;
    o.own = !actor.can(Permission::BookingManage);
    RecordOutcomeCommand cmd(o);
    return m_t.bus().execute(cmd, actor);
}

QDateTime BookingFixtures::at(int year, int month, int day, int hour, int minute) {
    return QDateTime(QDate(year, month, day), QTime(hour, minute)).toUTC();
}

QString BookingFixtures::snapshot() const {
    QStringList parts;
    for (const char *table :
         {"volunteers", "availability", "availability_exceptions", "bookings", "booking_waitlist",
          "volunteer_hours", "events", "event_volunteers", "settings"}) {
        parts.append(Sql(m_t.store().database(),
                         QStringLiteral("SELECT count(*) || ':' || COALESCE(sum(version), 0) FROM %1")
                             .arg(QLatin1String(table)))
                         .scalar()
                         .toString());
    }
    parts.append(QString::number(m_t.count(QStringLiteral("outbox"))));
    parts.append(QString::number(m_t.count(QStringLiteral("audit"))));
    return parts.join(QLatin1Char('|'));
}
