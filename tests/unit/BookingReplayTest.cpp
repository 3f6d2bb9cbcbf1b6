// The replay contract for every bookings command: executed on desk A, its outbox row (command, payload, ids,
// clock stamp, time) rebuilt with CommandRegistry::standard() and replayed on desk B, prepared with the same
// reference rows, writes exactly the same rows. Payloads with a missing or mistyped field are refused by
// build().
#include "BookingFixtures.h"
#include "bookings/EventCommands.h"
#include "bookings/HoursCommands.h"
#include "bookings/VolunteerCommands.h"
#include "bookings/WaitlistCommands.h"
#include "commands/CommandRegistry.h"
#include "store/Sql.h"

#include <QJsonDocument>
#include <QSqlRecord>
#include <QTest>

namespace {
const QString kAmara = QStringLiteral("3000000001");
const QString kBen = QStringLiteral("3000000002");
const QString kChloe = QStringLiteral("3000000003");

struct Desk {
    std::unique_ptr<TestStore> t;
    std::unique_ptr<BookingFixtures> f;
    Desk() {
        t = std::make_unique<TestStore>();
        f = std::make_unique<BookingFixtures>(*t);
        f->addResident(kAmara);
        f->addResident(kBen, QStringLiteral("Ben"), QStringLiteral("Okafor"));
        f->addResident(kChloe, QStringLiteral("Chloe"), QStringLiteral("Kowalska"), QStringLiteral("pl"));
    }
};

const char *const kTables[] = {"volunteers", "availability",     "availability_exceptions",
                               "bookings",   "booking_waitlist", "volunteer_hours",
                               "events",     "event_volunteers", "settings"};

// Every row a command wrote carries its clock stamp.
QString rowsStamped(TestStore &t, const QString &hlc) {
    QStringList out;
    for (const char *table : kTables) {
        Sql q(t.db(), QStringLiteral("SELECT * FROM %1 WHERE hlc = :h ORDER BY 1").arg(QLatin1String(table)));
        q.bind(QStringLiteral(":h"), hlc).exec();
        while (q.next()) {
            QStringList cells{QLatin1String(table)};
            const QSqlRecord record = q.query().record();
            for (int i = 0; i < record.count(); ++i) {
                cells.append(record.fieldName(i) + QLatin1Char('=') + q.value(i).toString());
            }
            out.append(cells.join(QLatin1Char(' ')));
        }
    }
    return out.join(QLatin1Char('\n'));
}
} // namespace

class BookingReplayTest : public QObject {
    Q_OBJECT

    std::unique_ptr<Desk> m_a;
    std::unique_ptr<Desk> m_b;
    QStringList m_replayed;
    QHash<QString, QJsonObject> m_payloads;

    // Runs the command on A, replays its outbox row on B, and compares what both wrote.
    bool roundTrip(Command &command, const Actor &actorA, const Actor &actorB) {
        const CommandResult r = m_a->t->bus().execute(command, actorA);
        if (!r.ok()) {
            qWarning("%s on A: %s", qPrintable(command.name()), qPrintable(r.message()));
            return false;
        }
        Sql q(m_a->t->db(), QStringLiteral("SELECT op_id, command, payload, ids, hlc, created_at FROM outbox "
                                           "ORDER BY seq DESC LIMIT 1"));
        q.exec();
        if (!q.next()) {
            return false;
        }
        const QString name = q.value(1).toString();
        const QJsonObject payload = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
        const QString hlc = q.value(4).toString();
        ReplayStamp stamp{
            q.value(0).toString(), QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs), hlc,
            QStringLiteral("deskA"), q.value(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts)};
        QString error;
        std::unique_ptr<Command> rebuilt = CommandRegistry::standard().build(name, payload, &error);
        if (!rebuilt) {
            qWarning("%s could not be rebuilt: %s", qPrintable(name), qPrintable(error));
            return false;
        }
        const CommandResult onB = m_b->t->bus().replay(*rebuilt, actorB, stamp, false);
        if (!onB.ok()) {
            qWarning("%s on B: %s", qPrintable(name), qPrintable(onB.message()));
            return false;
        }
        const QString rowsA = rowsStamped(*m_a->t, hlc);
        const QString rowsB = rowsStamped(*m_b->t, hlc);
        if (rowsA.isEmpty() || rowsA != rowsB) {
            qWarning("%s wrote different rows:\nA:\n%s\nB:\n%s", qPrintable(name), qPrintable(rowsA),
                     qPrintable(rowsB));
            return false;
        }
        if (onB.entityId() != r.entityId()) {
            qWarning("%s: entity %s on A, %s on B", qPrintable(name), qPrintable(r.entityId()),
                     qPrintable(onB.entityId()));
            return false;
        }
        m_replayed.append(name);
        m_payloads.insert(name, payload);
        return true;
    }

private slots:
    void initTestCase() {
        m_a = std::make_unique<Desk>();
        m_b = std::make_unique<Desk>();
    }

    void everyCommandReplaysToTheSameRows() {
        TestStore &a = *m_a->t;
        TestStore &b = *m_b->t;
        VolunteerProfile sam;
        sam.givenName = QStringLiteral("Sam");
        sam.familyName = QStringLiteral("Patel");
        sam.email = QStringLiteral("sam@example.org");
        sam.skills = {QStringLiteral("communicating")};
        sam.channels = {QStringLiteral("phone"), QStringLiteral("events")};
        sam.homeBranchId = a.branchId();
        sam.status = QStringLiteral("active");
        SaveVolunteerCommand add(sam, true);
        QVERIFY(roundTrip(add, a.coordinator(), b.coordinator()));
        sam.id = add.volunteerId();
        sam.skills.append(QStringLiteral("being_safe"));
        SaveVolunteerCommand edit(sam, false);
        QVERIFY(roundTrip(edit, a.coordinator(), b.coordinator()));
        RecordDbsCommand dbs({sam.id, QStringLiteral("009876543210"), QDate(2025, 9, 1), true, {}});
        QVERIFY(roundTrip(dbs, a.coordinator(), b.coordinator()));
        SaveBookingSettingsCommand settings({3, false, {60, 30, 14, 7}, 21});
        QVERIFY(roundTrip(settings, a.admin(), b.admin()));

        AvailabilityRequest window;
        window.volunteerId = sam.id;
        window.weekday = 1;
        window.startMinute = 9 * 60;
        window.endMinute = 12 * 60;
        window.channel = QStringLiteral("phone");
        window.validFrom = QDate(2026, 3, 1);
        AddAvailabilityCommand addWindow(window);
        QVERIFY(roundTrip(addWindow, a.coordinator(), b.coordinator()));
        AddAvailabilityExceptionCommand away(
            {m_a->f->val(), QDate(2026, 4, 1), QDate(2026, 4, 7), QStringLiteral("Easter"), true});
        QVERIFY(roundTrip(away, a.volunteer(), b.volunteer()));
        RemoveAvailabilityExceptionCommand back(away.exceptionId(), false);
        QVERIFY(roundTrip(back, a.librarian(), b.librarian()));

        JoinWaitlistCommand wait({kBen, QStringLiteral("phone"), QStringLiteral("CEN"),
                                  QStringLiteral("transacting"), QStringLiteral("Online banking")});
        QVERIFY(roundTrip(wait, a.librarian(), b.librarian()));

        BookingRequest booking;
        booking.volunteerId = m_a->f->val();
        booking.residentCard = kAmara;
        booking.start = BookingFixtures::at(2026, 3, 9, 10);
        booking.minutes = 45;
        booking.channel = QStringLiteral("phone");
        booking.needArea = QStringLiteral("communicating");
        booking.needText = QStringLiteral("Video calls with family");
        CreateBookingCommand create(booking);
        QVERIFY(roundTrip(create, a.librarian(), b.librarian()));
        ConfirmBookingCommand confirm(create.bookingId(), true);
        QVERIFY(roundTrip(confirm, a.volunteer(), b.volunteer()));
        BookingOutcome cancel;
        cancel.bookingId = create.bookingId();
        cancel.status = QStringLiteral("cancelled");
        cancel.cancelReason = QStringLiteral("Resident unwell");
        RecordOutcomeCommand cancelled(cancel);
        QVERIFY(roundTrip(cancelled, a.librarian(), b.librarian())); // offers the slot to Ben
        CancelWaitlistCommand decline(wait.waitlistId(), QStringLiteral("Found help elsewhere"));
        QVERIFY(roundTrip(decline, a.librarian(), b.librarian()));

        booking.volunteerId = sam.id;
        booking.residentCard = kChloe;
        booking.start = BookingFixtures::at(2026, 3, 9, 9);
        booking.own = false;
        CreateBookingCommand second(booking);
        QVERIFY(roundTrip(second, a.coordinator(), b.coordinator()));
        RemoveAvailabilityCommand removeWindow(addWindow.availabilityId(), false);
        QVERIFY(roundTrip(removeWindow, a.coordinator(), b.coordinator()));

        a.clock().set(BookingFixtures::at(2026, 3, 9, 10));
        BookingOutcome attended;
        attended.bookingId = second.bookingId();
        attended.status = QStringLiteral("attended");
        attended.skillsCovered = {QStringLiteral("communicating")};
        attended.tasksAchieved = QStringLiteral("Made a first video call");
        attended.confidenceBefore = 1;
        attended.confidenceAfter = 3;
        attended.notes = QStringLiteral("Would like a follow-up");
        RecordOutcomeCommand outcome(attended);
        QVERIFY(roundTrip(outcome, a.coordinator(), b.coordinator()));

        LogHoursCommand log(
            {m_a->f->val(), QDate(2026, 3, 8), 30, QStringLiteral("Phoned a resident back"), true});
        QVERIFY(roundTrip(log, a.volunteer(), b.volunteer()));
        DecideHoursCommand decide(log.hoursId(), false);
        QVERIFY(roundTrip(decide, a.coordinator(), b.coordinator()));

        EventRequest event;
        event.title = QStringLiteral("Tech and tea");
        event.branchId = QStringLiteral("CEN");
        event.start = BookingFixtures::at(2026, 3, 14, 10);
        event.volunteerIds = {sam.id};
        SaveEventCommand saveEvent(event);
        QVERIFY(roundTrip(saveEvent, a.librarian(), b.librarian()));
        event.id = saveEvent.eventId();
        event.volunteerIds = {m_a->f->val()};
        SaveEventCommand editEvent(event);
        QVERIFY(roundTrip(editEvent, a.librarian(), b.librarian()));
        a.clock().set(BookingFixtures::at(2026, 3, 14, 13));
        RecordEventCommand record(
            {event.id, 9, {QStringLiteral("scams"), QStringLiteral("online shopping")}});
        QVERIFY(roundTrip(record, a.librarian(), b.librarian()));

        // Every bookings command the registry knows was replayed.
        QStringList mine;
        for (const QString &name : CommandRegistry::standard().names()) {
            if (name.startsWith(QLatin1String("booking.")) || name.startsWith(QLatin1String("volunteer.")) ||
                name.startsWith(QLatin1String("availability.")) || name.startsWith(QLatin1String("hours.")) ||
                name.startsWith(QLatin1String("event."))) {
                mine.append(name);
            }
        }
        m_replayed.removeDuplicates();
        m_replayed.sort();
        QCOMPARE(m_replayed, mine);
    }

    void brokenPayloadsAreRefusedByName() {
        QVERIFY(!m_payloads.isEmpty());
        for (auto it = m_payloads.constBegin(); it != m_payloads.constEnd(); ++it) {
            QString error;
            QVERIFY2(!CommandRegistry::standard().build(it.key(), QJsonObject(), &error),
                     qPrintable(it.key()));
            QVERIFY2(error.contains(it.key()) && error.contains(QStringLiteral("field")), qPrintable(error));
        }
        struct Case {
            const char *command;
            const char *field;
            QJsonValue value; // undefined: removed
        };
        const QList<Case> cases{
            {"booking.create", "starts_at", QJsonValue(QStringLiteral("next Tuesday"))},
            {"booking.create", "minutes", QJsonValue(QStringLiteral("60"))},
            {"booking.create", "volunteer_id", QJsonValue(QJsonValue::Undefined)},
            {"booking.outcome", "skills_covered", QJsonValue(QStringLiteral("communicating"))},
            {"booking.outcome", "confidence_after", QJsonValue(2.5)},
            {"availability.add", "weekday", QJsonValue(QJsonValue::Undefined)},
            {"availability.add", "valid_from", QJsonValue(QStringLiteral("March"))},
            {"volunteer.save", "languages", QJsonValue(QStringLiteral("en"))},
            {"volunteer.dbs", "issued_on", QJsonValue(QJsonValue::Undefined)},
            {"hours.log", "worked_on", QJsonValue(QStringLiteral("yesterday"))},
            {"event.save", "volunteer_ids", QJsonValue(QJsonValue::Undefined)},
            {"event.record", "headcount", QJsonValue(true)},
            {"booking.settings", "dbs_alert_days", QJsonValue(QStringLiteral("60,30,7"))},
        };
        for (const Case &c : cases) {
            QJsonObject payload = m_payloads.value(QLatin1String(c.command));
            QVERIFY2(!payload.isEmpty(), c.command);
            if (c.value.isUndefined()) {
                payload.remove(QLatin1String(c.field));
            } else {
                payload.insert(QLatin1String(c.field), c.value);
            }
            QString error;
            QVERIFY2(!CommandRegistry::standard().build(QLatin1String(c.command), payload, &error), c.field);
            QVERIFY2(error.contains(QLatin1String(c.field)), qPrintable(error));
        }
    }
};

QTEST_GUILESS_MAIN(BookingReplayTest)
#include "BookingReplayTest.moc"
