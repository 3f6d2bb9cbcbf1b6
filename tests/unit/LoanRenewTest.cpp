// Renewals: the rule's loan length from the later of today and the due date, at most the rule's renewals,
// never past its hard end date, and not while others wait for that kind of device unless overridden.
#include "LoanFixtures.h"
#include "loans/LoanRuleCommands.h"
#include "loans/RenewAssessment.h"
#include "store/Sql.h"

#include <QTest>

namespace {
const QString kCard = QStringLiteral("2000123456");
const QString kTag = QStringLiteral("TAB0001");

QString due(TestStore &t) {
    return Sql(t.db(), QStringLiteral("SELECT due_on FROM loans WHERE status = 'active'"))
        .scalar()
        .toString();
}

void setRule(TestStore &t, int days, int renewals, const QDate &hardEnd = {}) {
    SetLoanRuleCommand cmd({QStringLiteral("standard"), {}, {}, days, renewals, 1, hardEnd});
    const CommandResult r = t.bus().execute(cmd, t.admin());
    if (!r.ok()) {
        qFatal("setRule: %s", qPrintable(r.message()));
    }
}
} // namespace

class LoanRenewTest : public QObject {
    Q_OBJECT

private slots:
    void aRenewalAddsTheLoanLengthToTheDueDate() {
        TestStore t;
        LoanFixtures f(t);
        f.addResident(kCard);
        f.addDevice(kTag);
        QVERIFY(f.checkOut(kCard, kTag).ok());
        QCOMPARE(due(t), QStringLiteral("2026-04-27"));
        t.clock().advanceDays(50); // renewing early: from the due date
        const CommandResult r = f.renew(QStringLiteral("tab0001"), t.librarian());
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(due(t), QStringLiteral("2026-06-22"));
        QCOMPARE(Sql(t.db(), QStringLiteral("SELECT renewals FROM loans")).scalar().toInt(), 1);
        QVERIFY(r.warnings().contains(QStringLiteral("1 renewal(s) left.")));

        t.clock().set(QDateTime(QDate(2026, 7, 1), QTime(10, 0), Qt::UTC)); // overdue: from today
        QVERIFY(f.renew(kTag, t.librarian()).ok());
        QCOMPARE(due(t), QStringLiteral("2026-08-26"));
    }

    void theRenewalLimitNeedsAnOverride() {
        TestStore t;
        LoanFixtures f(t);
        f.addResident(kCard);
        f.addDevice(kTag);
        QVERIFY(f.checkOut(kCard, kTag).ok());
        QVERIFY(f.renew(kTag, t.librarian()).ok());
        QVERIFY(f.renew(kTag, t.librarian()).ok());
        const QString before = f.snapshot();
        const RenewAssessment a = RenewAssessment::assess(t.db(), t.clock().today(), kTag);
        QVERIFY(a.issues().has(LoanIssue::Code::RenewalLimitReached));
        CommandResult r = f.renew(kTag, t.librarian());
        QCOMPARE(r.status(), CommandResult::Status::Refused);
        QVERIFY2(r.message().contains(QLatin1String("renewed 2 time(s); the rule allows 2")),
                 qPrintable(r.message()));
        r = f.renew(kTag, t.coordinator());
        QCOMPARE(r.status(), CommandResult::Status::Refused);
        QCOMPARE(f.snapshot(), before);

        r = f.renew(kTag, t.coordinator(), QStringLiteral("Waiting for a social tariff to start"));
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(Sql(t.db(), QStringLiteral("SELECT renewals FROM loans")).scalar().toInt(), 3);
        QCOMPARE(Sql(t.db(), QStringLiteral("SELECT override_reason FROM loans")).scalar().toString(),
                 QStringLiteral("renewal 3: Waiting for a social tariff to start"));
    }

    void theHardEndDateCapsDueDatesAndRenewals() {
        TestStore t;
        LoanFixtures f(t);
        setRule(t, 56, 5, QDate(2026, 5, 15));
        f.addResident(kCard);
        f.addDevice(kTag);
        QVERIFY(f.checkOut(kCard, kTag).ok());
        QCOMPARE(due(t), QStringLiteral("2026-04-27"));
        // The renewal stops at the hard end date…
        QVERIFY(f.renew(kTag, t.librarian()).ok());
        QCOMPARE(due(t), QStringLiteral("2026-05-15"));
        // …and then there is nothing left to renew, even with an override.
        const QString before = f.snapshot();
        const CommandResult r = f.renew(kTag, t.admin(), QStringLiteral("please"));
        QCOMPARE(r.status(), CommandResult::Status::Refused);
        QVERIFY2(r.message().contains(QLatin1String("loans of this kind end on 2026-05-15")),
                 qPrintable(r.message()));
        QCOMPARE(f.snapshot(), before);
    }

    void aCheckOutDueDateNeverPassesTheHardEnd() {
        TestStore t;
        LoanFixtures f(t);
        setRule(t, 56, 2, QDate(2026, 3, 20));
        f.addResident(kCard);
        f.addDevice(kTag);
        QVERIFY(f.checkOut(kCard, kTag).ok());
        QCOMPARE(due(t), QStringLiteral("2026-03-20"));
    }

    void someoneWaitingNeedsAnOverride() {
        TestStore t;
        LoanFixtures f(t);
        f.addResident(kCard);
        f.addResident(QStringLiteral("2000999888"), QStringLiteral("Ben"), QStringLiteral("Okafor"));
        f.addDevice(kTag);
        QVERIFY(f.checkOut(kCard, kTag).ok());
        QVERIFY(f.reserve(QStringLiteral("2000999888")).ok());
        const QString before = f.snapshot();
        const CommandResult r = f.renew(kTag, t.librarian());
        QCOMPARE(r.status(), CommandResult::Status::Refused);
        QVERIFY2(r.message().contains(QLatin1String("1 resident(s) are waiting")), qPrintable(r.message()));
        QCOMPARE(f.snapshot(), before);
        QVERIFY(f.renew(kTag, t.coordinator(),
                        QStringLiteral("Job search; the waiting resident has a TechMate session first"))
                    .ok());
    }

    void onlyALoanCanBeRenewed() {
        TestStore t;
        LoanFixtures f(t);
        f.addResident(kCard);
        f.addDevice(kTag);
        const CommandResult r = f.renew(kTag, t.librarian());
        QCOMPARE(r.status(), CommandResult::Status::Refused);
        QVERIFY2(r.message().contains(QLatin1String("not on loan (it is available)")),
                 qPrintable(r.message()));
        QVERIFY(f.renew(kCard, t.librarian()).message().contains(QLatin1String("library card")));
        QVERIFY(f.renew(QStringLiteral("XX99"), t.librarian())
                    .message()
                    .contains(QLatin1String("No device has the tag")));
    }
};

QTEST_GUILESS_MAIN(LoanRenewTest)
#include "LoanRenewTest.moc"
