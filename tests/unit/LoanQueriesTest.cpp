// The read side of circulation: on loan, due today, overdue, awaiting wipe, in repair, data offers expiring,
// and the CSV for reminder letters. Lists are filtered by who is asking.
#include "loans/LoanQueries.h"
#include "LoanFixtures.h"
#include "core/CsvReader.h"
#include "loans/DataOfferCommands.h"
#include "loans/LoanCommands.h"
#include "residents/ResidentCommands.h"
#include "store/Sql.h"

#include <QTest>

class LoanQueriesTest : public QObject {
    Q_OBJECT

private slots:
    void circulationLists() {
        TestStore t;
        LoanFixtures f(t);
        for (int i = 1; i <= 5; ++i) {
            f.addResident(QStringLiteral("200000000%1").arg(i), QStringLiteral("Person"),
                          QStringLiteral("Number%1").arg(QChar(u'A' + i)));
            f.addDevice(QStringLiteral("TAB000%1").arg(i));
        }
        // Loan 1 and 2 go out today (due in 56 days); 3 and 4 a week later; 5 is returned.
        QVERIFY(f.checkOut(QStringLiteral("2000000001"), QStringLiteral("TAB0001")).ok());
        QVERIFY(f.checkOut(QStringLiteral("2000000002"), QStringLiteral("TAB0002")).ok());
        QVERIFY(f.checkOut(QStringLiteral("2000000005"), QStringLiteral("TAB0005")).ok());
        t.clock().advanceDays(7);
        QVERIFY(f.checkOut(QStringLiteral("2000000003"), QStringLiteral("TAB0003")).ok());
        QVERIFY(f.checkOut(QStringLiteral("2000000004"), QStringLiteral("TAB0004")).ok());
        QVERIFY(f.checkIn(QStringLiteral("TAB0005"), true).ok());
        t.clock().advanceDays(49); // day 56: loans 1 and 2 are due today

        const LoanQueries q(t.db(), t.librarian());
        const QDate today = t.clock().today();
        QCOMPARE(q.activeLoans(today).size(), 4);
        const QList<LoanRow> due = q.dueOn(today);
        QCOMPARE(due.size(), 2);
        QCOMPARE(due.at(0).deviceTag, QStringLiteral("TAB0001"));
        QCOMPARE(due.at(0).residentCard, QStringLiteral("2000000001"));
        QCOMPARE(due.at(0).daysOverdue, 0);
        QVERIFY(q.overdue(today).isEmpty());

        const QList<LoanRow> overdue = q.overdue(today.addDays(10));
        QCOMPARE(overdue.size(), 4);
        QCOMPARE(overdue.at(0).daysOverdue, 10);
        QCOMPARE(overdue.at(3).daysOverdue, 3);
        QCOMPARE(overdue.at(0).toJson().value(QStringLiteral("device")).toString(),
                 QStringLiteral("TAB0001"));
        QCOMPARE(overdue.at(0).toJson().value(QStringLiteral("resident")).toString(),
                 QStringLiteral("2000000001"));
        QCOMPARE(overdue.at(0).toJson().value(QStringLiteral("due")).toString(),
                 QStringLiteral("2026-04-27"));

        QCOMPARE(q.inRepair().size(), 1);
        QCOMPARE(q.inRepair().first().tag, QStringLiteral("TAB0005"));
        QVERIFY(q.awaitingWipe().isEmpty());
        QVERIFY(f.checkIn(QStringLiteral("TAB0001")).ok());
        QCOMPARE(q.awaitingWipe().size(), 1);
        QCOMPARE(q.devices(DeviceStatus::OnLoan).size(), 3);
        QCOMPARE(q.devices().size(), 5);
        QCOMPARE(q.loansOf(Sql(t.db(), QStringLiteral("SELECT id FROM residents WHERE card = '2000000001'"))
                               .scalar()
                               .toString(),
                           today)
                     .size(),
                 1);

        // Branch filter: everything here is at CEN.
        const QString nor =
            Sql(t.db(), QStringLiteral("SELECT id FROM branches WHERE code = 'NOR'")).scalar().toString();
        QVERIFY(q.activeLoans(today, nor).isEmpty());
    }

    void theOverdueCsvIsForReminderLetters() {
        TestStore t;
        LoanFixtures f(t);
        Resident r;
        r.card = QStringLiteral("2000000001");
        r.givenName = QStringLiteral("Siobhán");
        r.familyName = QStringLiteral("O'Brien");
        r.address = QStringLiteral("Flat 2, 10 Park Row\nLeeds");
        r.postcode = QStringLiteral("LS1 5HD");
        r.eligibilityCriterion = QStringLiteral("Pension Credit");
        r.consentPost = true;
        AddResidentCommand add(r, t.clock());
        QVERIFY(t.bus().execute(add, t.librarian()).ok());
        f.addDevice(QStringLiteral("TAB0001"));
        CheckOutRequest request;
        request.residentCard = QStringLiteral("2000000001");
        request.deviceTag = QStringLiteral("TAB0001");
        request.signedName = QStringLiteral("Siobhan OBrien");
        request.declarationAccepted = true;
        CheckOutCommand lend(request);
        QVERIFY(t.bus().execute(lend, t.librarian()).ok());
        Sql(t.db(), QStringLiteral("UPDATE loans SET due_on = '2026-02-20'")).exec();
        const QString csv =
            LoanQueries::loansCsv(LoanQueries(t.db(), t.librarian()).overdue(t.clock().today()));
        QVERIFY(!csv.isEmpty());
        CsvReader reader(csv);
        const QList<CsvReader::Record> records = reader.readAll();
        QCOMPARE(records.size(), 2);
        QVERIFY(records.at(1).ok());
        const QStringList header = records.at(0).fields;
        const QStringList row = records.at(1).fields;
        QCOMPARE(row.at(header.indexOf(QStringLiteral("name"))), QStringLiteral("Siobhán O'Brien"));
        QCOMPARE(row.at(header.indexOf(QStringLiteral("address"))),
                 QStringLiteral("Flat 2, 10 Park Row\nLeeds"));
        QCOMPARE(row.at(header.indexOf(QStringLiteral("post_ok"))), QStringLiteral("yes"));
        QCOMPARE(row.at(header.indexOf(QStringLiteral("days_overdue"))), QStringLiteral("10"));
    }

    void dataOffersExpiringWithinFourteenDays() {
        TestStore t;
        LoanFixtures f(t);
        f.addResident(QStringLiteral("2000000001"));
        f.addResident(QStringLiteral("2000000002"), QStringLiteral("Ben"), QStringLiteral("Okafor"));
        f.addResident(QStringLiteral("2000000003"), QStringLiteral("Chloe"), QStringLiteral("Smith"));
        for (int i = 1; i <= 3; ++i) {
            f.addSim(LoanFixtures::iccid(i));
        }
        // 6-month offers activated on different days: one ends in 10 days, one in 20, one ended yesterday.
        const QDate today = t.clock().today();
        const QList<QPair<QString, QDate>> issue{
            {QStringLiteral("2000000001"), today.addDays(10).addMonths(-6)},
            {QStringLiteral("2000000002"), today.addDays(20).addMonths(-6)},
            {QStringLiteral("2000000003"), today.addDays(-1).addMonths(-6)}};
        for (int i = 0; i < issue.size(); ++i) {
            IssueDataOfferCommand cmd({issue.at(i).first, LoanFixtures::iccid(i + 1), issue.at(i).second});
            const CommandResult r = t.bus().execute(cmd, t.librarian());
            QVERIFY2(r.ok(), qPrintable(r.message()));
        }
        const QList<DataOfferRow> rows = LoanQueries(t.db(), t.librarian()).dataOffersExpiring(today);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().residentCard, QStringLiteral("2000000001"));
        QCOMPARE(rows.first().daysLeft, 10);
        QCOMPARE(rows.first().kind, QStringLiteral("sim"));
        QCOMPARE(rows.first().network, QStringLiteral("Vodafone"));
        QCOMPARE(rows.first().gbPerMonth, 20);
        QCOMPARE(LoanQueries(t.db(), t.librarian()).dataOffersExpiring(today, 30).size(), 2);
    }

    void issuingDataTakesItOutOfStock() {
        TestStore t;
        LoanFixtures f(t);
        f.addResident(QStringLiteral("2000000001"));
        AddSimCommand voucher({QStringLiteral("voucher"), QStringLiteral("vf-2026-abcd"),
                               QStringLiteral("Vodafone"), 40, 6, QString()});
        QVERIFY(t.bus().execute(voucher, t.librarian()).ok());
        IssueDataOfferCommand issue({QStringLiteral("2000000001"), QStringLiteral("VF-2026-ABCD"), {}});
        const CommandResult r = t.bus().execute(issue, t.librarian());
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(issue.expiresOn(), t.clock().today().addMonths(6));
        QCOMPARE(Sql(t.db(), QStringLiteral("SELECT status FROM sims")).scalar().toString(),
                 QStringLiteral("issued"));
        const QString before = f.snapshot();
        IssueDataOfferCommand again({QStringLiteral("2000000001"), QStringLiteral("VF-2026-ABCD"), {}});
        const CommandResult twice = t.bus().execute(again, t.librarian());
        QCOMPARE(twice.status(), CommandResult::Status::Refused);
        QVERIFY(twice.message().contains(QLatin1String("not in stock")));
        QCOMPARE(f.snapshot(), before);

        AddSimCommand badIccid(
            {QStringLiteral("sim"), QStringLiteral("8944100000000000001"), QStringLiteral("EE"), 20, 6, {}});
        QCOMPARE(t.bus().execute(badIccid, t.librarian()).status(), CommandResult::Status::Refused);
        QVERIFY(AddSimCommand::isValidIccid(LoanFixtures::iccid(7)));
    }

    void peopleWhoDoNotCirculateSeeNoLists() {
        TestStore t;
        LoanFixtures f(t);
        f.addResident(QStringLiteral("2000000001"));
        f.addDevice(QStringLiteral("TAB0001"));
        QVERIFY(f.checkOut(QStringLiteral("2000000001"), QStringLiteral("TAB0001")).ok());
        const LoanQueries volunteer(t.db(), t.volunteer());
        QVERIFY(!volunteer.allowed());
        QVERIFY(volunteer.activeLoans(t.clock().today()).isEmpty());
        QVERIFY(volunteer.devices().isEmpty());
        QVERIFY(volunteer.waitingList().isEmpty());
        QVERIFY(volunteer.dataOffersExpiring(t.clock().today()).isEmpty());
        QCOMPARE(LoanQueries(t.db(), t.coordinator()).activeLoans(t.clock().today()).size(), 1);
    }
};

QTEST_GUILESS_MAIN(LoanQueriesTest)
#include "LoanQueriesTest.moc"
