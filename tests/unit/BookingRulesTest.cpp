// The booking rules of docs/bookings.md through the write path: proposals, double-booking with buffers, DBS
// and training gates, availability, outcomes, hours, the waiting list, events, reminders and what a volunteer
// sees. Every refusal is checked to write nothing at all.
#include "BookingFixtures.h"
#include "bookings/BookingQueries.h"
#include "bookings/EventCommands.h"
#include "bookings/HoursCommands.h"
#include "bookings/VolunteerCommands.h"
#include "bookings/WaitlistCommands.h"
#include "store/Sql.h"

#include <QTest>

namespace {
const QString kAmara = QStringLiteral("3000000001");
const QString kBen = QStringLiteral("3000000002");
const QString kChloe = QStringLiteral("3000000003");
const QString kPhone = QStringLiteral("phone");
const QString kHome = QStringLiteral("home");
const QString kLibrary = QStringLiteral("library");
} // namespace

class BookingRulesTest : public QObject {
    Q_OBJECT

    std::unique_ptr<TestStore> m_t;
    std::unique_ptr<BookingFixtures> m_f;

    QString scalar(const QString &sql) { return Sql(m_t->db(), sql).scalar().toString(); }

    // A refusal that names the problem and leaves the store as it was.
    template <typename F> QString refused(F &&attempt) {
        const QString before = m_f->snapshot();
        const CommandResult r = attempt();
        if (r.status() != CommandResult::Status::Refused) {
            qWarning("expected a refusal, got: %s", qPrintable(r.message()));
            return {};
        }
        if (m_f->snapshot() != before) {
            qWarning("a refused command wrote something");
            return {};
        }
        return r.message();
    }

    BookingQueries queries() { return BookingQueries(m_t->db(), m_t->clock()); }

private slots:
    void init() {
        m_t = std::make_unique<TestStore>();
        m_f = std::make_unique<BookingFixtures>(*m_t);
        m_f->addResident(kAmara);
        m_f->addResident(kBen, QStringLiteral("Ben"), QStringLiteral("Okafor"));
        m_f->addResident(kChloe, QStringLiteral("Chloe"), QStringLiteral("Kowalska"), QStringLiteral("pl"));
    }

    void bookingAProposedVolunteer() {
        const QDateTime start = BookingFixtures::at(2026, 3, 9, 10);
        const QString other = m_f->addVolunteer(QStringLiteral("Sam"), QStringLiteral("Patel"), {kPhone});
        QVERIFY(m_f->addWindow(other, 1, 9, 12, kPhone).ok());
        SessionRequest request{
            {},
            m_t->addResident(QStringLiteral("Dee"), QStringLiteral("Ng"), QStringLiteral("3000000009")),
            start,
            60,
            kPhone,
            {},
            {}};
        QList<Candidate> candidates =
            queries().propose(m_t->librarian(), request, QStringLiteral("transacting"), QStringLiteral("en"));
        QCOMPARE(candidates.size(), 2);
        // Val helps with transacting; Sam does not, so Val comes first.
        QCOMPARE(candidates.first().volunteer.id, m_f->val());
        QVERIFY(candidates.first().hasSkill);
        QVERIFY(!candidates.last().hasSkill);

        const CommandResult r = m_f->book(m_f->val(), kAmara, start, 60, kPhone);
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(scalar(QStringLiteral("SELECT status FROM bookings WHERE id = '%1'").arg(r.entityId())),
                 QStringLiteral("requested"));
        QCOMPARE(scalar(QStringLiteral("SELECT command FROM outbox ORDER BY seq DESC LIMIT 1")),
                 QStringLiteral("booking.create"));
        QCOMPARE(scalar(QStringLiteral("SELECT command FROM audit ORDER BY seq DESC LIMIT 1")),
                 QStringLiteral("booking.create"));
        // The need in the resident's words stays out of the permanent audit.
        BookingRequest withText;
        QVERIFY(!scalar(QStringLiteral("SELECT payload FROM audit ORDER BY seq DESC LIMIT 1"))
                     .contains(QStringLiteral("need_text")));

        // Fair share: once Val has an hour booked, Sam (free, same fit for a need nobody named) comes first.
        candidates = queries().propose(m_t->librarian(),
                                       {{}, {}, BookingFixtures::at(2026, 3, 9, 11), 60, kPhone, {}, {}}, {},
                                       QStringLiteral("en"));
        QCOMPARE(candidates.size(), 2);
        QCOMPARE(candidates.first().volunteer.id, other);

        // The volunteer confirms their own session.
        ConfirmBookingCommand confirm(r.entityId(), true);
        QVERIFY(m_t->bus().execute(confirm, m_t->volunteer()).ok());
        QCOMPARE(scalar(QStringLiteral("SELECT status FROM bookings WHERE id = '%1'").arg(r.entityId())),
                 QStringLiteral("confirmed"));
    }

    void bookingInThePastIsRefused() {
        const QString message = refused(
            [&] { return m_f->book(m_f->val(), kAmara, BookingFixtures::at(2026, 3, 2, 9), 60, kPhone); });
        QVERIFY2(message.contains(QStringLiteral("already passed")), qPrintable(message));
    }

    void residentAlreadyBookedIsRefused() {
        const QString sam = m_f->addVolunteer(QStringLiteral("Sam"), QStringLiteral("Patel"), {kPhone});
        QVERIFY(m_f->addWindow(sam, 1, 9, 12, kPhone).ok());
        QVERIFY(m_f->book(m_f->val(), kAmara, BookingFixtures::at(2026, 3, 9, 10), 60, kPhone).ok());
        const QString message = refused(
            [&] { return m_f->book(sam, kAmara, BookingFixtures::at(2026, 3, 9, 10, 30), 60, kPhone); });
        QVERIFY2(message.contains(QStringLiteral("The resident already has a session")), qPrintable(message));
        // Right after is fine: the resident has no travel buffer.
        QVERIFY(m_f->book(sam, kAmara, BookingFixtures::at(2026, 3, 9, 11), 60, kPhone).ok());
    }

    void volunteerDoubleBookingIncludesBuffers() {
        // Tuesday home visits keep 15 minutes free before and after each one.
        QVERIFY(m_f->book(m_f->val(), kAmara, BookingFixtures::at(2026, 3, 10, 10, 15), 60, kHome).ok());
        QString message = refused(
            [&] { return m_f->book(m_f->val(), kBen, BookingFixtures::at(2026, 3, 10, 10, 45), 60, kHome); });
        QVERIFY2(message.contains(QStringLiteral("already has a session")), qPrintable(message));
        message = refused(
            [&] { return m_f->book(m_f->val(), kBen, BookingFixtures::at(2026, 3, 10, 11, 30), 60, kHome); });
        QVERIFY2(message.contains(QStringLiteral("time kept free")), qPrintable(message));
        // 11:15 end + 15 after + 15 before: 11:45 is the first start that fits.
        QVERIFY(m_f->book(m_f->val(), kBen, BookingFixtures::at(2026, 3, 10, 11, 45), 60, kHome).ok());
    }

    void homeVisitNeedsAValidDbs() {
        // Val's check falls due on 2028-01-15; the day of a visit must come before it.
        QVERIFY(m_f->recordDbs(m_f->val(), QDate(2023, 3, 1), QDate(2026, 3, 10)).ok());
        QString message = refused(
            [&] { return m_f->book(m_f->val(), kAmara, BookingFixtures::at(2026, 3, 10, 11), 60, kHome); });
        QVERIFY2(message.contains(QStringLiteral("needs a current DBS check")) &&
                     message.contains(QStringLiteral("2026-03-10")),
                 qPrintable(message));
        // Phone sessions do not need one, unless the programme says every session does.
        QVERIFY(m_f->book(m_f->val(), kAmara, BookingFixtures::at(2026, 3, 16, 10), 60, kPhone).ok());
        SaveBookingSettingsCommand strict({3, true, {60, 30, 7}, 28});
        QVERIFY(m_t->bus().execute(strict, m_t->admin()).ok());
        message = refused(
            [&] { return m_f->book(m_f->val(), kBen, BookingFixtures::at(2026, 3, 23, 10), 60, kPhone); });
        QVERIFY2(message.contains(QStringLiteral("one-to-one session needs")), qPrintable(message));
        // A volunteer with no check at all, and the proposals leave them out.
        const QString sam = m_f->addVolunteer(QStringLiteral("Sam"), QStringLiteral("Patel"), {kPhone});
        QVERIFY(m_f->addWindow(sam, 1, 9, 12, kPhone).ok());
        message =
            refused([&] { return m_f->book(sam, kBen, BookingFixtures::at(2026, 3, 9, 10), 60, kPhone); });
        QVERIFY2(message.contains(QStringLiteral("has none on record")), qPrintable(message));
        QVERIFY(queries()
                    .propose(m_t->librarian(),
                             {{}, {}, BookingFixtures::at(2026, 3, 23, 10), 60, kPhone, {}, {}}, {}, {})
                    .isEmpty());
    }

    void homeVisitsCannotBeOfferedWithoutDbs() {
        const QString sam = m_f->addVolunteer(QStringLiteral("Sam"), QStringLiteral("Patel"), {kPhone});
        VolunteerProfile p;
        p.id = sam;
        p.givenName = QStringLiteral("Sam");
        p.familyName = QStringLiteral("Patel");
        p.channels = {kPhone, kHome};
        p.skills = {QStringLiteral("communicating")};
        p.status = QStringLiteral("active");
        p.homeBranchId = m_t->branchId();
        const QString message = refused([&] {
            SaveVolunteerCommand cmd(p, false);
            return m_t->bus().execute(cmd, m_t->coordinator());
        });
        QVERIFY2(message.contains(QStringLiteral("DBS")), qPrintable(message));
    }

    void trainingUnitGatesAChannel() {
        const QString now = m_t->clock().now().toString(Qt::ISODateWithMs);
        // No unit unlocks home visits yet: Val may visit.
        QVERIFY(m_f->book(m_f->val(), kAmara, BookingFixtures::at(2026, 3, 10, 10, 15), 60, kHome).ok());
        Sql(m_t->db(),
            QStringLiteral("INSERT INTO training_units(id, code, title, unlocks, updated_at) VALUES "
                           "('unit-safe', 'TM3', 'Safeguarding on home visits', 'home,events', :now)"))
            .bind(QStringLiteral(":now"), now)
            .exec();
        const QString message = refused(
            [&] { return m_f->book(m_f->val(), kBen, BookingFixtures::at(2026, 3, 10, 14), 60, kHome); });
        QVERIFY2(message.contains(QStringLiteral("TM3 Safeguarding on home visits")), qPrintable(message));
        QVERIFY(queries()
                    .propose(m_t->librarian(),
                             {{}, {}, BookingFixtures::at(2026, 3, 10, 14), 60, kHome, {}, {}}, {}, {})
                    .isEmpty());
        // Phone sessions are not gated by that unit.
        QVERIFY(m_f->book(m_f->val(), kBen, BookingFixtures::at(2026, 3, 9, 10), 60, kPhone).ok());
        Sql(m_t->db(),
            QStringLiteral(
                "INSERT INTO unit_achievements(id, volunteer_id, unit_id, achieved_on, updated_at) "
                "VALUES ('ach-1', :v, 'unit-safe', '2026-02-20', :now)"))
            .bind(QStringLiteral(":v"), m_f->val())
            .bind(QStringLiteral(":now"), now)
            .exec();
        QCOMPARE(queries()
                     .propose(m_t->librarian(),
                              {{}, {}, BookingFixtures::at(2026, 3, 10, 14), 60, kHome, {}, {}}, {}, {})
                     .size(),
                 1);
        QVERIFY(m_f->book(m_f->val(), kBen, BookingFixtures::at(2026, 3, 10, 14), 60, kHome).ok());
    }

    void availabilityRules() {
        // Outside the volunteer's times, on a holiday, without enough notice, over the weekly limit.
        QString message = refused(
            [&] { return m_f->book(m_f->val(), kAmara, BookingFixtures::at(2026, 3, 9, 14), 60, kPhone); });
        QVERIFY2(message.contains(QStringLiteral("Mon 10:00–13:00")), qPrintable(message));
        message = refused(
            [&] { return m_f->book(m_f->val(), kAmara, BookingFixtures::at(2026, 3, 3, 9), 60, kHome); });
        QVERIFY2(message.contains(QStringLiteral("Tue 10:00–16:00")), qPrintable(message));
        message = refused([&] {
            return m_f->book(m_f->val(), kAmara, BookingFixtures::at(2026, 3, 2, 10, 30), 60, kPhone);
        });
        QVERIFY2(message.contains(QStringLiteral("24 hours' notice")), qPrintable(message));
        AddAvailabilityExceptionCommand away(
            {m_f->val(), QDate(2026, 3, 9), QDate(2026, 3, 13), QStringLiteral("Holiday"), true});
        QVERIFY(m_t->bus().execute(away, m_t->volunteer()).ok());
        message = refused(
            [&] { return m_f->book(m_f->val(), kAmara, BookingFixtures::at(2026, 3, 9, 10), 60, kPhone); });
        QVERIFY2(message.contains(QStringLiteral("away from 2026-03-09 to 2026-03-13 (Holiday)")),
                 qPrintable(message));
        RemoveAvailabilityExceptionCommand back(away.exceptionId(), true);
        QVERIFY(m_t->bus().execute(back, m_t->volunteer()).ok());

        VolunteerProfile p;
        p.id = m_f->val();
        p.givenName = QStringLiteral("Val");
        p.familyName = QStringLiteral("Volunteer");
        p.languages = {QStringLiteral("en"), QStringLiteral("pl")};
        p.skills = {QStringLiteral("communicating"), QStringLiteral("transacting")};
        p.channels = {kPhone, QStringLiteral("video"), kLibrary, kHome};
        p.homeBranchId = m_t->branchId();
        p.status = QStringLiteral("active");
        p.maxMinutesPerWeek = 90;
        SaveVolunteerCommand limit(p, false);
        QVERIFY(m_t->bus().execute(limit, m_t->coordinator()).ok());
        QVERIFY(m_f->book(m_f->val(), kAmara, BookingFixtures::at(2026, 3, 9, 10), 60, kPhone).ok());
        message = refused(
            [&] { return m_f->book(m_f->val(), kBen, BookingFixtures::at(2026, 3, 11, 10), 60, kLibrary); });
        QVERIFY2(message.contains(QStringLiteral("at most 90 minutes a week")), qPrintable(message));
        // The next week is a new week.
        QVERIFY(m_f->book(m_f->val(), kBen, BookingFixtures::at(2026, 3, 18, 10), 60, kLibrary).ok());
        QCOMPARE(scalar(QStringLiteral("SELECT branch_id FROM bookings WHERE starts_at LIKE '2026-03-18%'")),
                 m_t->branchId());
    }

    void overlappingAvailabilityIsRefused() {
        QString message =
            refused([&] { return m_f->addWindow(m_f->val(), 1, 12, 15, QStringLiteral("video")); });
        QVERIFY2(message.contains(QStringLiteral("overlaps")) &&
                     message.contains(QStringLiteral("Mon 10:00–13:00")),
                 qPrintable(message));
        // Back to back is fine.
        QVERIFY(m_f->addWindow(m_f->val(), 1, 13, 15, QStringLiteral("video")).ok());
    }

    void slotShorterThanItsBuffersIsRefused() {
        AvailabilityRequest a;
        a.volunteerId = m_f->val();
        a.weekday = 4;
        a.startMinute = 600;
        a.endMinute = 900;
        a.channel = kHome;
        a.slotMinutes = 20;
        a.bufferBefore = 15;
        a.bufferAfter = 15;
        QString message = refused([&] {
            AddAvailabilityCommand cmd(a);
            return m_t->bus().execute(cmd, m_t->coordinator());
        });
        QVERIFY2(message.contains(QStringLiteral("shorter than the 30 minutes kept free")),
                 qPrintable(message));
        // A window that cannot hold one session and its buffers.
        a.slotMinutes = 60;
        a.endMinute = 660;
        message = refused([&] {
            AddAvailabilityCommand cmd(a);
            return m_t->bus().execute(cmd, m_t->coordinator());
        });
        QVERIFY2(message.contains(QStringLiteral("too short")), qPrintable(message));
        // End before start, and a channel the volunteer does not offer.
        a.endMinute = 540;
        message = refused([&] {
            AddAvailabilityCommand cmd(a);
            return m_t->bus().execute(cmd, m_t->coordinator());
        });
        QVERIFY2(message.contains(QStringLiteral("must come after")), qPrintable(message));
    }

    void volunteerActsOnlyForThemself() {
        const QString sam = m_f->addVolunteer(QStringLiteral("Sam"), QStringLiteral("Patel"), {kPhone});
        QVERIFY(m_f->addWindow(sam, 1, 9, 12, kPhone).ok());
        const QString message = refused([&] {
            return m_f->book(sam, kAmara, BookingFixtures::at(2026, 3, 9, 10), 60, kPhone, m_t->volunteer());
        });
        QVERIFY2(message.contains(QStringLiteral("only change their own")), qPrintable(message));
        // Booking themself: confirmed at once.
        const CommandResult own =
            m_f->book(m_f->val(), kAmara, BookingFixtures::at(2026, 3, 9, 10), 60, kPhone, m_t->volunteer());
        QVERIFY2(own.ok(), qPrintable(own.message()));
        QCOMPARE(scalar(QStringLiteral("SELECT status FROM bookings WHERE id = '%1'").arg(own.entityId())),
                 QStringLiteral("confirmed"));
        QVERIFY(m_f->book(sam, kBen, BookingFixtures::at(2026, 3, 9, 10), 60, kPhone).ok());

        // The volunteer's lists: their own session only, the resident's name and number but not the card.
        BookingFilter all;
        const QList<BookingListRow> mine = queries().bookings(m_t->volunteer(), all);
        QCOMPARE(mine.size(), 1);
        QCOMPARE(mine.first().residentName, QStringLiteral("Amara Nwosu"));
        QVERIFY(mine.first().residentCard.isEmpty());
        QCOMPARE(mine.first().residentContact, QStringLiteral("0113 496 0000"));
        QCOMPARE(queries().bookings(m_t->librarian(), all).size(), 2);
        all.volunteerId = sam; // a volunteer cannot widen their view
        QCOMPARE(queries().bookings(m_t->volunteer(), all).size(), 1);
        QCOMPARE(queries().volunteers(m_t->volunteer()).size(), 1);
        QCOMPARE(queries().volunteers(m_t->coordinator()).size(), 2);
        QVERIFY(queries().volunteers(m_t->librarian()).first().dbsCertificate.isEmpty());
        QCOMPARE(queries().volunteers(m_t->coordinator()).last().dbsCertificate,
                 QStringLiteral("001234567890"));
    }

    void outcomesAndHours() {
        const CommandResult b =
            m_f->book(m_f->val(), kAmara, BookingFixtures::at(2026, 3, 9, 10), 60, kPhone);
        QVERIFY(b.ok());
        QString message =
            refused([&] { return m_f->outcome(b.entityId(), QStringLiteral("attended"), m_t->volunteer()); });
        QVERIFY2(message.contains(QStringLiteral("once it has begun")), qPrintable(message));
        message = refused(
            [&] { return m_f->outcome(b.entityId(), QStringLiteral("cancelled"), m_t->volunteer()); });
        QVERIFY2(message.contains(QStringLiteral("reason")), qPrintable(message));

        m_t->clock().set(BookingFixtures::at(2026, 3, 9, 11, 5));
        BookingOutcome o;
        o.bookingId = b.entityId();
        o.status = QStringLiteral("attended");
        o.skillsCovered = {QStringLiteral("transacting"), QStringLiteral("being_safe")};
        o.tasksAchieved = QStringLiteral("Ordered a repeat prescription");
        o.confidenceBefore = 2;
        o.confidenceAfter = 4;
        o.referrals = QStringLiteral("Social tariff broadband");
        o.own = true;
        o.confidenceAfter = 6;
        message = refused([&] {
            RecordOutcomeCommand cmd(o);
            return m_t->bus().execute(cmd, m_t->volunteer());
        });
        QVERIFY2(message.contains(QStringLiteral("1 (not confident) to 5")), qPrintable(message));
        o.confidenceAfter = 4;
        RecordOutcomeCommand attended(o);
        const CommandResult r = m_t->bus().execute(attended, m_t->volunteer());
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(scalar(QStringLiteral(
                            "SELECT status || ' ' || skills_covered || ' ' || confidence_before || '>' || "
                            "confidence_after FROM bookings WHERE id = '%1'")
                            .arg(b.entityId())),
                 QStringLiteral("attended transacting,being_safe 2>4"));
        QCOMPARE(
            scalar(QStringLiteral("SELECT minutes || ' ' || source || ' ' || status || ' ' || worked_on FROM "
                                  "volunteer_hours WHERE booking_id = '%1'")
                       .arg(b.entityId())),
            QStringLiteral("60 booking approved 2026-03-09"));
        // Not twice.
        message = refused(
            [&] { return m_f->outcome(b.entityId(), QStringLiteral("resident_no_show"), m_t->volunteer()); });
        QVERIFY2(message.contains(QStringLiteral("already recorded as attended")), qPrintable(message));
        // Audit keeps no free text about the resident.
        QVERIFY(!scalar(QStringLiteral("SELECT payload FROM audit ORDER BY seq DESC LIMIT 1"))
                     .contains(QStringLiteral("prescription")));

        // Manual hours wait for a coordinator.
        LogHoursCommand log(
            {m_f->val(), QDate(2026, 3, 8), 90, QStringLiteral("Helped at the coding club"), true});
        QVERIFY(m_t->bus().execute(log, m_t->volunteer()).ok());
        QCOMPARE(queries().hours(m_t->coordinator(), QStringLiteral("pending")).size(), 1);
        QCOMPARE(queries().approvedMinutes(m_f->val(), QDate(2026, 3, 1), QDate(2026, 3, 31)), 60);
        DecideHoursCommand self(log.hoursId(), true);
        QCOMPARE(m_t->bus().execute(self, m_t->volunteer()).status(), CommandResult::Status::Refused);
        DecideHoursCommand approve(log.hoursId(), true);
        QVERIFY(m_t->bus().execute(approve, m_t->coordinator()).ok());
        QCOMPARE(queries().approvedMinutes(m_f->val(), QDate(2026, 3, 1), QDate(2026, 3, 31)), 150);
        LogHoursCommand future({m_f->val(), QDate(2026, 3, 12), 60, QStringLiteral("Future"), true});
        QCOMPARE(m_t->bus().execute(future, m_t->volunteer()).status(), CommandResult::Status::Refused);
    }

    void cancelledSlotGoesToTheFirstWaiting() {
        JoinWaitlistCommand ben(
            {kBen, kPhone, {}, QStringLiteral("communicating"), QStringLiteral("Video calls")});
        QVERIFY(m_t->bus().execute(ben, m_t->librarian()).ok());
        m_t->clock().advanceSeconds(60);
        JoinWaitlistCommand chloe({kChloe, kPhone, {}, {}, {}});
        QVERIFY(m_t->bus().execute(chloe, m_t->librarian()).ok());
        JoinWaitlistCommand again({kBen, kPhone, {}, {}, {}});
        QVERIFY(refused([&] {
                    return m_t->bus().execute(again, m_t->librarian());
                }).contains(QStringLiteral("already on the waiting list")));

        const CommandResult b =
            m_f->book(m_f->val(), kAmara, BookingFixtures::at(2026, 3, 9, 10), 60, kPhone);
        QVERIFY(b.ok());
        const CommandResult cancel = m_f->outcome(b.entityId(), QStringLiteral("cancelled"), m_t->librarian(),
                                                  QStringLiteral("Resident unwell"));
        QVERIFY(cancel.ok());
        QVERIFY2(cancel.warnings().join(QLatin1Char(' ')).contains(kBen),
                 qPrintable(cancel.warnings().join(QLatin1Char(' '))));
        QList<WaitlistRow> list = queries().waitlist(m_t->librarian());
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.first().status, QStringLiteral("offered"));
        QCOMPARE(list.first().offeredVolunteerId, m_f->val());
        QCOMPARE(list.first().offeredStart, BookingFixtures::at(2026, 3, 9, 10));

        // Ben declines: the slot passes to Chloe.
        CancelWaitlistCommand decline(ben.waitlistId(), QStringLiteral("Found help elsewhere"));
        const CommandResult d = m_t->bus().execute(decline, m_t->librarian());
        QVERIFY(d.ok());
        QVERIFY(d.warnings().join(QLatin1Char(' ')).contains(kChloe));
        list = queries().waitlist(m_t->librarian());
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().status, QStringLiteral("offered"));

        BookingRequest offer;
        offer.volunteerId = list.first().offeredVolunteerId;
        offer.residentCard = kChloe;
        offer.start = list.first().offeredStart;
        offer.minutes = list.first().offeredMinutes;
        offer.channel = kPhone;
        offer.waitlistId = list.first().id;
        CreateBookingCommand book(offer);
        const CommandResult booked = m_t->bus().execute(book, m_t->librarian());
        QVERIFY2(booked.ok(), qPrintable(booked.message()));
        // Chloe speaks Polish, and so does Val: no language warning.
        QVERIFY(booked.warnings().isEmpty());
        QVERIFY(queries().waitlist(m_t->librarian()).isEmpty());
        QCOMPARE(
            scalar(QStringLiteral("SELECT status || ' ' || booking_id FROM booking_waitlist WHERE id = '%1'")
                       .arg(chloe.waitlistId())),
            QStringLiteral("booked ") + booked.entityId());
    }

    void dropInEventsLogHoursOnce() {
        EventRequest e;
        e.title = QStringLiteral("Digital tea party");
        e.branchId = QStringLiteral("CEN");
        e.start = BookingFixtures::at(2026, 3, 7, 10);
        e.minutes = 120;
        e.volunteerIds = {m_f->val()};
        SaveEventCommand save(e);
        QVERIFY(m_t->bus().execute(save, m_t->coordinator()).ok());
        // Val is helping then, so no session overlaps it... but Saturday is outside her times anyway; the
        // event shows in her list.
        QCOMPARE(queries().events(m_t->volunteer(), QDate(2026, 3, 1), QDate(2026, 3, 31)).size(), 1);
        RecordEventCommand early({save.eventId(), 12, {QStringLiteral("scams")}});
        QVERIFY(refused([&] {
                    return m_t->bus().execute(early, m_t->coordinator());
                }).contains(QStringLiteral("not started")));
        m_t->clock().set(BookingFixtures::at(2026, 3, 7, 13));
        RecordEventCommand record({save.eventId(), 12, {QStringLiteral("scams"), QStringLiteral("NHS App")}});
        QVERIFY(m_t->bus().execute(record, m_t->coordinator()).ok());
        RecordEventCommand correct(
            {save.eventId(), 14, {QStringLiteral("scams"), QStringLiteral("NHS App")}});
        QVERIFY(m_t->bus().execute(correct, m_t->coordinator()).ok());
        QCOMPARE(scalar(QStringLiteral(
                     "SELECT count(*) || ' ' || sum(minutes) FROM volunteer_hours WHERE source = 'event'")),
                 QStringLiteral("1 120"));
        const EventRow row =
            queries().events(m_t->coordinator(), QDate(2026, 3, 7), QDate(2026, 3, 7)).first();
        QCOMPARE(row.headcount, 14);
        QCOMPARE(row.topics, (QStringList{QStringLiteral("scams"), QStringLiteral("NHS App")}));
        QCOMPARE(row.volunteerNames, QStringList{QStringLiteral("Val Volunteer")});
    }

    void dbsAlertsAt60And30And7Days() {
        const QString a = m_f->addVolunteer(QStringLiteral("Ann"), QStringLiteral("Alpha"), {kPhone});
        const QString b = m_f->addVolunteer(QStringLiteral("Bob"), QStringLiteral("Beta"), {kPhone});
        const QString c = m_f->addVolunteer(QStringLiteral("Cat"), QStringLiteral("Gamma"), {kPhone});
        const QString d = m_f->addVolunteer(QStringLiteral("Dan"), QStringLiteral("Delta"), {kPhone});
        const QDate today(2026, 3, 2);
        QVERIFY(m_f->recordDbs(a, QDate(2023, 5, 1), today.addDays(50)).ok());
        QVERIFY(m_f->recordDbs(b, QDate(2023, 5, 1), today.addDays(20)).ok());
        QVERIFY(m_f->recordDbs(c, QDate(2023, 5, 1), today.addDays(5)).ok());
        QVERIFY(m_f->recordDbs(d, QDate(2023, 5, 1), today).ok()); // due today: no longer valid
        const QList<VolunteerRow> alerts = queries().dbsAlerts(m_t->coordinator());
        QCOMPARE(alerts.size(), 4);
        QCOMPARE(alerts.at(0).dbsState, QStringLiteral("expired"));
        QCOMPARE(alerts.at(1).alertDays, 7);
        QCOMPARE(alerts.at(2).alertDays, 30);
        QCOMPARE(alerts.at(3).alertDays, 60);
        // Without a re-check date the check falls due three years after issue, or as the settings say.
        QVERIFY(m_f->recordDbs(a, QDate(2025, 4, 1)).ok());
        QCOMPARE(scalar(QStringLiteral("SELECT dbs_recheck_due FROM volunteers WHERE id = '%1'").arg(a)),
                 QStringLiteral("2028-04-01"));
        SaveBookingSettingsCommand two({2, false, {30, 7}, 28});
        QVERIFY(m_t->bus().execute(two, m_t->admin()).ok());
        QVERIFY(m_f->recordDbs(a, QDate(2025, 4, 1)).ok());
        QCOMPARE(scalar(QStringLiteral("SELECT dbs_recheck_due FROM volunteers WHERE id = '%1'").arg(a)),
                 QStringLiteral("2027-04-01"));
        SaveBookingSettingsCommand notByCoordinator({2, false, {30, 7}, 28});
        QCOMPARE(m_t->bus().execute(notByCoordinator, m_t->coordinator()).status(),
                 CommandResult::Status::Refused);
        // The certificate number stays out of the audit.
        QVERIFY(
            !scalar(QStringLiteral("SELECT group_concat(payload) FROM audit WHERE command = 'volunteer.dbs'"))
                 .contains(QStringLiteral("001234567890")));
    }

    void remindersRespectContactConsent() {
        // Amara: phone consent (fixtures). Ben: no consent to phone or post. Chloe: email and consent to
        // email: online.
        Sql(m_t->db(),
            QStringLiteral("UPDATE residents SET consent_phone = 0, consent_post = 0 WHERE card = :c"))
            .bind(QStringLiteral(":c"), kBen)
            .exec();
        Sql(m_t->db(),
            QStringLiteral("UPDATE residents SET email = 'c@example.org', consent_email = 1 WHERE card = :c"))
            .bind(QStringLiteral(":c"), kChloe)
            .exec();
        const QString dee =
            m_f->addResident(QStringLiteral("3000000004"), QStringLiteral("Dee"), QStringLiteral("Ng"));
        Sql(m_t->db(),
            QStringLiteral("UPDATE residents SET consent_phone = 0, consent_post = 1 WHERE id = :id"))
            .bind(QStringLiteral(":id"), dee)
            .exec();
        const QString sam = m_f->addVolunteer(QStringLiteral("Sam"), QStringLiteral("Patel"), {kLibrary});
        QVERIFY(m_f->addWindow(sam, 3, 9, 17, kLibrary).ok());
        const QString ruth = m_f->addVolunteer(QStringLiteral("Ruth"), QStringLiteral("Adams"), {kLibrary});
        QVERIFY(m_f->addWindow(ruth, 3, 9, 17, kLibrary).ok());
        QVERIFY(m_f->book(m_f->val(), kAmara, BookingFixtures::at(2026, 3, 4, 10), 60, kLibrary).ok());
        QVERIFY(m_f->book(sam, kBen, BookingFixtures::at(2026, 3, 4, 10), 60, kLibrary).ok());
        QVERIFY(m_f->book(ruth, kChloe, BookingFixtures::at(2026, 3, 4, 10), 60, kLibrary).ok());
        QVERIFY(m_f->book(m_f->val(), QStringLiteral("3000000004"), BookingFixtures::at(2026, 3, 4, 12), 60,
                          kLibrary)
                    .ok());
        m_t->clock().set(BookingFixtures::at(2026, 3, 3, 9));
        const ReminderList list = queries().reminders(m_t->librarian(), QDate(2026, 3, 4));
        QCOMPARE(list.rows.size(), 2);
        QCOMPARE(list.rows.at(0).residentName, QStringLiteral("Amara Nwosu"));
        QCOMPARE(list.rows.at(0).how, QStringLiteral("phone"));
        QCOMPARE(list.rows.at(0).contact, QStringLiteral("0113 496 0000"));
        QCOMPARE(list.rows.at(1).how, QStringLiteral("post"));
        QCOMPARE(list.rows.at(1).contact, QStringLiteral("1 Park Row, LS6 2AB"));
        QCOMPARE(list.withoutConsent, 1);
        QVERIFY(queries().reminders(m_t->volunteer(), QDate(2026, 3, 4)).rows.isEmpty());
    }
};

QTEST_GUILESS_MAIN(BookingRulesTest)
#include "BookingRulesTest.moc"
