// The loan rules matrix (borrower category × device type × branch; empty = any; the most specific wins)
// and the versioned loan terms.
#include "loans/LoanRules.h"
#include "LoanFixtures.h"
#include "loans/CheckOutAssessment.h"
#include "loans/LoanRuleCommands.h"
#include "loans/LoanTerms.h"
#include "store/Sql.h"

#include <QTest>

namespace {
CommandResult setRule(TestStore &t, const QString &category, const QString &type, const QString &branch,
                      int days, int renewals = 2, int maxLoans = 1, const QDate &hardEnd = {},
                      const Actor *actor = nullptr) {
    SetLoanRuleCommand cmd({category, type, branch, days, renewals, maxLoans, hardEnd});
    return t.bus().execute(cmd, actor ? *actor : t.admin());
}

QString typeId(TestStore &t, const QString &code) {
    return Sql(t.db(), QStringLiteral("SELECT id FROM device_types WHERE code = :c"))
        .bind(QStringLiteral(":c"), code)
        .scalar()
        .toString();
}

QString branchId(TestStore &t, const QString &code) {
    return Sql(t.db(), QStringLiteral("SELECT id FROM branches WHERE code = :c"))
        .bind(QStringLiteral(":c"), code)
        .scalar()
        .toString();
}
} // namespace

class LoanRulesTest : public QObject {
    Q_OBJECT

private slots:
    void theMostSpecificRowWins_data() {
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("branch");
        QTest::addColumn<int>("days");
        QTest::newRow("type and branch")
            << QStringLiteral("standard") << QStringLiteral("TAB") << QStringLiteral("NOR") << 7;
        QTest::newRow("type only") << QStringLiteral("standard") << QStringLiteral("TAB")
                                   << QStringLiteral("CEN") << 28;
        QTest::newRow("branch only") << QStringLiteral("standard") << QStringLiteral("MIFI")
                                     << QStringLiteral("NOR") << 14;
        QTest::newRow("neither") << QStringLiteral("standard") << QStringLiteral("MIFI")
                                 << QStringLiteral("CEN") << 56;
        QTest::newRow("category beats specificity")
            << QStringLiteral("priority") << QStringLiteral("TAB") << QStringLiteral("NOR") << 90;
        QTest::newRow("category's own specific row")
            << QStringLiteral("priority") << QStringLiteral("MIFI") << QStringLiteral("CEN") << 120;
        QTest::newRow("no rows for the category: standard")
            << QStringLiteral("jobseeker") << QStringLiteral("TAB") << QStringLiteral("NOR") << 7;
    }

    void theMostSpecificRowWins() {
        QFETCH(QString, category);
        QFETCH(QString, type);
        QFETCH(QString, branch);
        QFETCH(int, days);
        TestStore t;
        LoanFixtures f(t);
        QVERIFY(setRule(t, QStringLiteral("standard"), QStringLiteral("TAB"), {}, 28).ok());
        QVERIFY(setRule(t, QStringLiteral("standard"), {}, QStringLiteral("NOR"), 14).ok());
        QVERIFY(setRule(t, QStringLiteral("standard"), QStringLiteral("TAB"), QStringLiteral("NOR"), 7).ok());
        QVERIFY(setRule(t, QStringLiteral("priority"), {}, {}, 90).ok());
        QVERIFY(setRule(t, QStringLiteral("priority"), QStringLiteral("MIFI"), {}, 120).ok());
        const std::optional<LoanRule> rule =
            LoanRules(t.db()).resolve(category, typeId(t, type), branchId(t, branch));
        QVERIFY(rule.has_value());
        QCOMPARE(rule->loanDays, days);
    }

    void aResidentsCategoryDecidesTheirDueDate() {
        TestStore t;
        LoanFixtures f(t);
        QVERIFY(setRule(t, QStringLiteral("care_leaver"), {}, {}, 90, 3, 2).ok());
        f.addResident(QStringLiteral("2000123456"), QStringLiteral("Amara"), QStringLiteral("Nwosu"),
                      QStringLiteral("Care leaver"), QStringLiteral("care_leaver"));
        f.addDevice(QStringLiteral("TAB0001"));
        f.addDevice(QStringLiteral("TAB0002"));
        const CheckOutAssessment a =
            CheckOutAssessment::assess(t.db(), t.clock().today(), QStringLiteral("2000123456"),
                                       QStringLiteral("TAB0001"), t.librarian());
        QCOMPARE(a.dueOn(), t.clock().today().addDays(90));
        QCOMPARE(a.rule()->maxActiveLoans, 2);
        QVERIFY(f.checkOut(QStringLiteral("2000123456"), QStringLiteral("TAB0001")).ok());
        // Two at once are allowed for this category: no limit warning for the second.
        QVERIFY(f.checkOut(QStringLiteral("2000123456"), QStringLiteral("TAB0002")).ok());
    }

    void settingACellTwiceChangesIt() {
        TestStore t;
        LoanFixtures f(t);
        const int rules = t.count(QStringLiteral("loan_rules"));
        const CommandResult first = setRule(t, QStringLiteral("standard"), QStringLiteral("MIFI"), {}, 28);
        QVERIFY(first.ok());
        const CommandResult second =
            setRule(t, QStringLiteral("standard"), QStringLiteral("mifi"), {}, 42, 1);
        QVERIFY2(second.ok(), qPrintable(second.message()));
        QCOMPARE(second.entityId(), first.entityId());
        QCOMPARE(t.count(QStringLiteral("loan_rules")), rules + 1);
        const std::optional<LoanRule> rule =
            LoanRules(t.db()).resolve(QStringLiteral("standard"), typeId(t, QStringLiteral("MIFI")), {});
        QCOMPARE(rule->loanDays, 42);
        QCOMPARE(rule->maxRenewals, 1);
        QCOMPARE(rule->version, 2);
        // The default row can be changed like any other.
        QVERIFY(setRule(t, QStringLiteral("standard"), {}, {}, 35).ok());
        QCOMPARE(LoanRules(t.db())
                     .resolve(QStringLiteral("standard"), typeId(t, QStringLiteral("TAB")), {})
                     ->loanDays,
                 35);
        QCOMPARE(t.count(QStringLiteral("loan_rules")), rules + 1);
    }

    void badRulesAreRefused_data() {
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("renewals");
        QTest::addColumn<int>("maxLoans");
        QTest::addColumn<QDate>("hardEnd");
        QTest::newRow("zero days") << QStringLiteral("standard") << QString() << 0 << 1 << 1 << QDate();
        QTest::newRow("too long") << QStringLiteral("standard") << QString() << 4000 << 1 << 1 << QDate();
        QTest::newRow("negative renewals")
            << QStringLiteral("standard") << QString() << 10 << -1 << 1 << QDate();
        QTest::newRow("no loans at once")
            << QStringLiteral("standard") << QString() << 10 << 1 << 0 << QDate();
        QTest::newRow("unknown type")
            << QStringLiteral("standard") << QStringLiteral("ZZZ") << 10 << 1 << 1 << QDate();
        QTest::newRow("bad category")
            << QStringLiteral("Standard Users!") << QString() << 10 << 1 << 1 << QDate();
        QTest::newRow("hard end passed")
            << QStringLiteral("standard") << QString() << 10 << 1 << 1 << QDate(2026, 3, 1);
    }

    void badRulesAreRefused() {
        QFETCH(QString, category);
        QFETCH(QString, type);
        QFETCH(int, days);
        QFETCH(int, renewals);
        QFETCH(int, maxLoans);
        QFETCH(QDate, hardEnd);
        TestStore t;
        LoanFixtures f(t);
        const QString before = f.snapshot();
        QCOMPARE(setRule(t, category, type, {}, days, renewals, maxLoans, hardEnd).status(),
                 CommandResult::Status::Refused);
        QCOMPARE(f.snapshot(), before);
    }

    void onlyAdministratorsSetRules() {
        TestStore t;
        LoanFixtures f(t);
        const Actor coordinator = t.coordinator();
        const CommandResult r = setRule(t, QStringLiteral("standard"), {}, {}, 10, 1, 1, {}, &coordinator);
        QCOMPARE(r.status(), CommandResult::Status::Refused);
        QVERIFY(r.message().contains(QLatin1String("loan.rules")));
    }

    void theFallbackRuleCannotBeRemoved() {
        TestStore t;
        LoanFixtures f(t);
        RemoveLoanRuleCommand fallback(QStringLiteral("4b0f3c52-5d1e-5d6a-9a57-2f2b7c1c0b02"));
        QCOMPARE(t.bus().execute(fallback, t.admin()).status(), CommandResult::Status::Refused);
        const CommandResult mifi = setRule(t, QStringLiteral("standard"), QStringLiteral("MIFI"), {}, 28);
        RemoveLoanRuleCommand remove(mifi.entityId());
        QVERIFY(t.bus().execute(remove, t.admin()).ok());
        QCOMPARE(LoanRules(t.db())
                     .resolve(QStringLiteral("standard"), typeId(t, QStringLiteral("MIFI")), {})
                     ->loanDays,
                 56);
    }

    void aHardEndTodayStopsLending() {
        TestStore t;
        LoanFixtures f(t);
        QVERIFY(setRule(t, QStringLiteral("standard"), QStringLiteral("TAB"), {}, 28, 2, 1, t.clock().today())
                    .ok());
        f.addResident(QStringLiteral("2000123456"));
        f.addDevice(QStringLiteral("TAB0001"));
        const CommandResult r = f.checkOut(QStringLiteral("2000123456"), QStringLiteral("TAB0001"), t.admin(),
                                           QStringLiteral("try"));
        QCOMPARE(r.status(), CommandResult::Status::Refused);
        QVERIFY2(r.message().contains(QLatin1String("ended on 2026-03-02")), qPrintable(r.message()));
    }

    void newTermsApplyFromTheirDate() {
        TestStore t;
        LoanFixtures f(t);
        f.addResident(QStringLiteral("2000123456"));
        f.addDevice(QStringLiteral("TAB0001"));
        const QString body =
            QStringLiteral("Version two: I will look after the device and return it when asked.");
        PublishLoanTermsCommand later(body, t.clock().today().addDays(7));
        QVERIFY(t.bus().execute(later, t.admin()).ok());
        QCOMPARE(later.termsVersion(), 2);
        QCOMPARE(LoanTerms::current(t.db(), t.clock().today())->termsVersion, 1);
        QCOMPARE(LoanTerms::current(t.db(), t.clock().today().addDays(7))->termsVersion, 2);

        t.clock().advanceDays(7);
        QVERIFY(f.checkOut(QStringLiteral("2000123456"), QStringLiteral("TAB0001")).ok());
        const QString termsId = Sql(t.db(), QStringLiteral("SELECT terms_id FROM loans")).scalar().toString();
        QCOMPARE(LoanTerms::byId(t.db(), termsId)->termsVersion, 2);

        PublishLoanTermsCommand backdated(body, t.clock().today().addDays(-1));
        QCOMPARE(t.bus().execute(backdated, t.admin()).status(), CommandResult::Status::Refused);
        PublishLoanTermsCommand empty(QStringLiteral("short"), {});
        QCOMPARE(t.bus().execute(empty, t.admin()).status(), CommandResult::Status::Refused);
        PublishLoanTermsCommand byLibrarian(body, {});
        QCOMPARE(t.bus().execute(byLibrarian, t.librarian()).status(), CommandResult::Status::Refused);
    }
};

QTEST_GUILESS_MAIN(LoanRulesTest)
#include "LoanRulesTest.moc"
