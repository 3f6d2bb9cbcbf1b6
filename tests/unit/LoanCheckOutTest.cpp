// Check-out: the assessment a desk shows before committing (blocks, warnings, notices, due date, kit, cost,
// terms) and the command that re-runs it inside its transaction. Every refusal writes nothing at all.
#include "LoanFixtures.h"
#include "loans/CheckOutAssessment.h"
#include "loans/LoanAgreement.h"
#include "loans/LoanCommands.h"
#include "store/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using Code = LoanIssue::Code;
using Sev = LoanIssue::Severity;

namespace {
const QString kCard = QStringLiteral("2000123456");
const QString kOther = QStringLiteral("2000999888");

QJsonObject lastPayload(TestStore &t, const char *table) {
    const QString text = Sql(t.db(), QStringLiteral("SELECT payload FROM %1 ORDER BY seq DESC LIMIT 1")
                                         .arg(QString::fromLatin1(table)))
                             .scalar()
                             .toString();
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QVariant loanColumn(TestStore &t, const QString &column) {
    return Sql(t.db(), QStringLiteral("SELECT %1 FROM loans ORDER BY checked_out_at DESC, rowid DESC LIMIT 1")
                           .arg(column))
        .scalar();
}

// The librarian with loan.override granted by an administrator (docs/roles.md).
Actor seniorLibrarian(TestStore &t) {
    const Actor l = t.librarian();
    return Actor(l.userId(), l.username(), l.displayName(), Role::Librarian, l.branchId(), {},
                 {Permission::LoanOverride});
}
} // namespace

class LoanCheckOutTest : public QObject {
    Q_OBJECT

private slots:
    void aLoanRecordsTermsAgreementKitAndDueDate() {
        TestStore t;
        LoanFixtures f(t);
        const QString resident = f.addResident(kCard);
        f.addDevice(QStringLiteral("TAB0001"));
        const int audit = t.count(QStringLiteral("audit"));
        const int outbox = t.count(QStringLiteral("outbox"));

        const CommandResult r = f.checkOut(kCard, QStringLiteral("TAB0001"));
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QVERIFY(r.message().contains(QLatin1String("due 2026-04-27"))); // 2026-03-02 + 56 days
        QCOMPARE(f.deviceStatus(QStringLiteral("TAB0001")), QStringLiteral("on_loan"));
        QCOMPARE(t.count(QStringLiteral("audit")), audit + 1);
        QCOMPARE(t.count(QStringLiteral("outbox")), outbox + 1);
        QCOMPARE(loanColumn(t, QStringLiteral("resident_id")).toString(), resident);
        QCOMPARE(loanColumn(t, QStringLiteral("status")).toString(), QStringLiteral("active"));
        QCOMPARE(loanColumn(t, QStringLiteral("due_on")).toString(), QStringLiteral("2026-04-27"));
        QCOMPARE(loanColumn(t, QStringLiteral("kit_out")).toString(), QStringLiteral("charger,cable,case"));
        QCOMPARE(loanColumn(t, QStringLiteral("signed_name")).toString(), QStringLiteral("Amara Nwosu"));
        QCOMPARE(loanColumn(t, QStringLiteral("agreement")).toString(), QStringLiteral("typed"));
        QCOMPARE(loanColumn(t, QStringLiteral("terms_id")).toString(),
                 QStringLiteral("4b0f3c52-5d1e-5d6a-9a57-2f2b7c1c0b03"));
        QCOMPARE(loanColumn(t, QStringLiteral("checked_out_by")).toString(), t.librarian().userId());
        QCOMPARE(loanColumn(t, QStringLiteral("override_reason")).toString(), QString());

        // The outbox carries everything to apply it again; the permanent audit never the typed name.
        const QJsonObject outboxPayload = lastPayload(t, "outbox");
        QCOMPARE(outboxPayload.value(QStringLiteral("signed_name")).toString(),
                 QStringLiteral("Amara Nwosu"));
        QCOMPARE(outboxPayload.value(QStringLiteral("device_tag")).toString(), QStringLiteral("TAB0001"));
        QCOMPARE(outboxPayload.value(QStringLiteral("id")).toString(), r.entityId());
        const QJsonObject auditPayload = lastPayload(t, "audit");
        QVERIFY(!auditPayload.contains(QStringLiteral("signed_name")));
        QVERIFY(!QJsonDocument(auditPayload).toJson().contains("Nwosu"));
        QCOMPARE(Sql(t.db(), QStringLiteral("SELECT command FROM audit ORDER BY seq DESC LIMIT 1"))
                     .scalar()
                     .toString(),
                 QStringLiteral("loan.checkout"));
    }

    void theAssessmentShowsWhatTheDeskNeedsAndWritesNothing() {
        TestStore t;
        LoanFixtures f(t);
        f.addResident(kCard);
        f.addDevice(QStringLiteral("TAB0001"));
        const QString before = f.snapshot();
        const CheckOutAssessment a =
            CheckOutAssessment::assess(t.db(), t.clock().today(), QStringLiteral(" 2000123456\r"),
                                       QStringLiteral("tab0001"), t.librarian());
        QVERIFY(!a.isBlocked());
        QVERIFY(!a.needsOverride());
        QVERIFY(a.issues().all().isEmpty());
        QCOMPARE(a.dueOn(), QDate(2026, 4, 27));
        QCOMPARE(a.kit(),
                 (QStringList{QStringLiteral("charger"), QStringLiteral("cable"), QStringLiteral("case")}));
        QCOMPARE(a.replacementCostPence(), 34900);
        QVERIFY(a.terms().has_value());
        QCOMPARE(a.terms()->termsVersion, 1);
        QVERIFY(a.terms()->body.contains(QLatin1String("wipe the device")));
        QCOMPARE(a.borrower()->displayName(), QStringLiteral("Amara Nwosu"));
        QCOMPARE(a.device()->branch.name, QStringLiteral("Central Library"));
        QCOMPARE(a.toJson().value(QStringLiteral("due")).toString(), QStringLiteral("2026-04-27"));
        QCOMPARE(f.snapshot(), before);
    }

    void blocksRefuseAndWriteNothing_data() {
        QTest::addColumn<QString>("card");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown tag") << kCard << QStringLiteral("TAB9999") << int(Code::DeviceNotFound)
                                     << QStringLiteral("No device has the tag TAB9999");
        QTest::newRow("retired tag") << kCard << QStringLiteral("OLD0001") << int(Code::DeviceRetired)
                                     << QStringLiteral("retired");
        QTest::newRow("lost") << kCard << QStringLiteral("LOST001") << int(Code::DeviceLost)
                              << QStringLiteral("lost");
        QTest::newRow("awaiting wipe") << kCard << QStringLiteral("WIPE001") << int(Code::DeviceAwaitingWipe)
                                       << QStringLiteral("awaiting wipe");
        QTest::newRow("in repair") << kCard << QStringLiteral("FIX0001") << int(Code::DeviceInRepair)
                                   << QStringLiteral("in repair");
        QTest::newRow("in transit") << kCard << QStringLiteral("MOVE001") << int(Code::DeviceInTransit)
                                    << QStringLiteral("in transit");
        QTest::newRow("card where the tag goes")
            << kCard << kOther << int(Code::CardScannedAsTag)
            << QStringLiteral("That is a library card, not a device tag — scan the device.");
        QTest::newRow("tag where the card goes")
            << QStringLiteral("TAB0001") << QStringLiteral("TAB0001") << int(Code::TagScannedAsCard)
            << QStringLiteral("That is a device tag, not a library card");
        QTest::newRow("unknown card")
            << QStringLiteral("2000000000") << QStringLiteral("TAB0001") << int(Code::ResidentNotFound)
            << QStringLiteral("No resident has the card");
        QTest::newRow("nothing scanned") << kCard << QStringLiteral("  ") << int(Code::NothingScanned)
                                         << QStringLiteral("Scan or type the device's asset tag");
        QTest::newRow("anonymised") << QStringLiteral("2000777777") << QStringLiteral("TAB0001")
                                    << int(Code::ResidentAnonymised) << QStringLiteral("anonymised");
    }

    void blocksRefuseAndWriteNothing() {
        QFETCH(QString, card);
        QFETCH(QString, tag);
        QFETCH(int, code);
        QFETCH(QString, says);
        TestStore t;
        LoanFixtures f(t);
        f.addResident(kCard);
        f.addResident(kOther, QStringLiteral("Ben"), QStringLiteral("Okafor"));
        const QString gone =
            f.addResident(QStringLiteral("2000777777"), QStringLiteral("Gone"), QStringLiteral("Person"));
        Sql(t.db(), QStringLiteral("UPDATE residents SET anonymised = 1 WHERE id = :id"))
            .bind(QStringLiteral(":id"), gone)
            .exec();
        f.addDevice(QStringLiteral("TAB0001"));
        f.addDevice(QStringLiteral("OLD0001"), QStringLiteral("TAB"), QStringLiteral("CEN"),
                    DeviceStatus::Retired);
        f.addDevice(QStringLiteral("LOST001"), QStringLiteral("TAB"), QStringLiteral("CEN"),
                    DeviceStatus::Lost);
        f.addDevice(QStringLiteral("WIPE001"), QStringLiteral("TAB"), QStringLiteral("CEN"),
                    DeviceStatus::AwaitingWipe);
        f.addDevice(QStringLiteral("FIX0001"), QStringLiteral("TAB"), QStringLiteral("CEN"),
                    DeviceStatus::InRepair);
        f.addDevice(QStringLiteral("MOVE001"), QStringLiteral("TAB"), QStringLiteral("CEN"),
                    DeviceStatus::InTransit);

        const CheckOutAssessment a =
            CheckOutAssessment::assess(t.db(), t.clock().today(), card, tag, t.admin());
        QVERIFY(a.isBlocked());
        QVERIFY2(a.issues().has(Code(code)),
                 qPrintable(a.issues().messages(Sev::Block).join(QLatin1Char('|'))));

        const QString before = f.snapshot();
        // Not even an administrator with a reason gets past a block.
        const CommandResult r = f.checkOut(card, tag, t.admin(), QStringLiteral("please"));
        QCOMPARE(r.status(), CommandResult::Status::Refused);
        QVERIFY2(r.message().contains(says), qPrintable(r.message()));
        QCOMPARE(f.snapshot(), before);
    }

    void aDoubleScanSaysSo() {
        TestStore t;
        LoanFixtures f(t);
        f.addResident(kCard);
        f.addResident(kOther, QStringLiteral("Ben"), QStringLiteral("Okafor"));
        f.addDevice(QStringLiteral("TAB0001"));
        QVERIFY(f.checkOut(kCard, QStringLiteral("TAB0001")).ok());
        const QString before = f.snapshot();

        const CommandResult again = f.checkOut(kCard, QStringLiteral("TAB0001"));
        QCOMPARE(again.status(), CommandResult::Status::Refused);
        QVERIFY2(again.message().contains(QLatin1String("already on loan to this resident")),
                 qPrintable(again.message()));
        QVERIFY(again.message().contains(QLatin1String("scanned twice")));

        const CommandResult other = f.checkOut(kOther, QStringLiteral("TAB0001"));
        QCOMPARE(other.status(), CommandResult::Status::Refused);
        QVERIFY2(other.message().contains(QLatin1String("on loan to someone else")),
                 qPrintable(other.message()));
        QCOMPARE(f.snapshot(), before);
    }

    void anOverdueLoanNeedsAnOverrideWithAReason() {
        TestStore t;
        LoanFixtures f(t);
        f.addResident(kCard);
        f.addDevice(QStringLiteral("TAB0001"));
        f.addDevice(QStringLiteral("TAB0002"));
        QVERIFY(f.checkOut(kCard, QStringLiteral("TAB0001")).ok());
        t.clock().advanceDays(60); // due after 56 days: now 4 days overdue

        const CheckOutAssessment a = CheckOutAssessment::assess(t.db(), t.clock().today(), kCard,
                                                                QStringLiteral("TAB0002"), t.librarian());
        QVERIFY(!a.isBlocked());
        QVERIFY(a.needsOverride());
        QVERIFY(a.issues().has(Code::OverdueLoan));
        QVERIFY(a.issues().has(Code::AtLoanLimit));
        QVERIFY(a.issues()
                    .messages(Sev::Warning)
                    .join(QLatin1Char(' '))
                    .contains(QLatin1String("overdue loan (due 2026-04-27)")));

        const QString before = f.snapshot();
        // A librarian cannot override, with or without a reason.
        CommandResult r = f.checkOut(kCard, QStringLiteral("TAB0002"), t.librarian());
        QCOMPARE(r.status(), CommandResult::Status::Refused);
        QVERIFY2(r.message().contains(QLatin1String("loan.override")), qPrintable(r.message()));
        r = f.checkOut(kCard, QStringLiteral("TAB0002"), t.librarian(), QStringLiteral("moving house"));
        QCOMPARE(r.status(), CommandResult::Status::Refused);
        QVERIFY(r.message().contains(QLatin1String("loan.override")));
        // A coordinator may, but only with a reason.
        r = f.checkOut(kCard, QStringLiteral("TAB0002"), t.coordinator());
        QCOMPARE(r.status(), CommandResult::Status::Refused);
        QVERIFY2(r.message().contains(QLatin1String("give a reason")), qPrintable(r.message()));
        r = f.checkOut(kCard, QStringLiteral("TAB0002"), t.coordinator(), QStringLiteral("   "));
        QCOMPARE(r.status(), CommandResult::Status::Refused);
        QCOMPARE(f.snapshot(), before);

        r = f.checkOut(
            kCard, QStringLiteral("TAB0002"), t.coordinator(),
            QStringLiteral("Returning the first tablet on Friday; needs this one for a job interview"));
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QVERIFY(r.warnings().join(QLatin1Char(' ')).contains(QLatin1String("Overridden")));
        QCOMPARE(loanColumn(t, QStringLiteral("override_reason")).toString(),
                 QStringLiteral("Returning the first tablet on Friday; needs this one for a job interview"));
        const QJsonObject audit = lastPayload(t, "audit");
        QCOMPARE(audit.value(QStringLiteral("override_reason")).toString(),
                 QStringLiteral("Returning the first tablet on Friday; needs this one for a job interview"));
        const QStringList overridden = audit.value(QStringLiteral("overridden")).toVariant().toStringList();
        QVERIFY(overridden.contains(QStringLiteral("overdue_loan")));
        QVERIFY(overridden.contains(QStringLiteral("at_loan_limit")));
        QCOMPARE(Sql(t.db(), QStringLiteral("SELECT username FROM audit ORDER BY seq DESC LIMIT 1"))
                     .scalar()
                     .toString(),
                 QStringLiteral("coordinator"));
    }

    void aLibrarianGrantedOverrideMayOverride() {
        TestStore t;
        LoanFixtures f(t);
        f.addResident(kCard, QStringLiteral("Amara"), QStringLiteral("Nwosu"),
                      QString()); // eligibility not recorded
        f.addDevice(QStringLiteral("TAB0001"));
        const CheckOutAssessment a = CheckOutAssessment::assess(t.db(), t.clock().today(), kCard,
                                                                QStringLiteral("TAB0001"), t.librarian());
        QCOMPARE(a.issues().codeKeys(Sev::Warning), QStringList{QStringLiteral("eligibility_not_recorded")});
        QCOMPARE(f.checkOut(kCard, QStringLiteral("TAB0001")).status(), CommandResult::Status::Refused);
        const CommandResult r = f.checkOut(kCard, QStringLiteral("TAB0001"), seniorLibrarian(t),
                                           QStringLiteral("Referral letter seen, to be recorded"));
        QVERIFY2(r.ok(), qPrintable(r.message()));
    }

    void aRepeatBorrowerIsFlaggedButNotStopped() {
        TestStore t;
        LoanFixtures f(t);
        f.addResident(kCard);
        f.addDevice(QStringLiteral("TAB0001"));
        for (int i = 0; i < 2; ++i) {
            QVERIFY(f.checkOut(kCard, QStringLiteral("TAB0001")).ok());
            t.clock().advanceDays(30);
            QVERIFY(f.checkIn(QStringLiteral("TAB0001")).ok());
            t.clock().advanceSeconds(3600);
            QVERIFY(f.wipe(QStringLiteral("TAB0001")).ok());
        }
        // Third loan in 12 months (setting repeat_borrower_loans = 3).
        const CheckOutAssessment a = CheckOutAssessment::assess(t.db(), t.clock().today(), kCard,
                                                                QStringLiteral("TAB0001"), t.librarian());
        QVERIFY(a.issues().has(Code::RepeatBorrower));
        QVERIFY(!a.needsOverride());
        QVERIFY(a.issues()
                    .messages(Sev::Notice)
                    .join(QLatin1Char(' '))
                    .contains(QLatin1String("gifted device or a social tariff")));
        const CommandResult r = f.checkOut(kCard, QStringLiteral("TAB0001"));
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QVERIFY(r.warnings().join(QLatin1Char(' ')).contains(QLatin1String("Repeat borrower")));
        QCOMPARE(lastPayload(t, "audit").value(QStringLiteral("notices")).toVariant().toStringList(),
                 QStringList{QStringLiteral("repeat_borrower")});

        // The window and the count are programme settings.
        Sql(t.db(), QStringLiteral("UPDATE settings SET value = '5' WHERE key = 'repeat_borrower_loans'"))
            .exec();
        QVERIFY(f.checkIn(QStringLiteral("TAB0001")).ok());
        QVERIFY(f.wipe(QStringLiteral("TAB0001")).ok());
        QVERIFY(!CheckOutAssessment::assess(t.db(), t.clock().today(), kCard, QStringLiteral("TAB0001"),
                                            t.librarian())
                     .issues()
                     .has(Code::RepeatBorrower));
    }

    void theAgreementMustBeAccepted_data() {
        QTest::addColumn<int>("method");
        QTest::addColumn<QString>("signedName");
        QTest::addColumn<bool>("ticked");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("typed, exact")
            << int(LoanAgreement::Method::Typed) << QStringLiteral("Amara Nwosu") << true << true;
        QTest::newRow("typed, case and spacing")
            << int(LoanAgreement::Method::Typed) << QStringLiteral("  AMARA   nwosu ") << true << true;
        QTest::newRow("typed, initial and family name")
            << int(LoanAgreement::Method::Typed) << QStringLiteral("A. Nwosu") << true << true;
        QTest::newRow("typed, no tick")
            << int(LoanAgreement::Method::Typed) << QStringLiteral("Amara Nwosu") << false << false;
        QTest::newRow("typed, empty")
            << int(LoanAgreement::Method::Typed) << QStringLiteral("   ") << true << false;
        QTest::newRow("typed, someone else")
            << int(LoanAgreement::Method::Typed) << QStringLiteral("John Smith") << true << false;
        QTest::newRow("typed, a single letter")
            << int(LoanAgreement::Method::Typed) << QStringLiteral("A") << true << false;
        QTest::newRow("paper") << int(LoanAgreement::Method::Paper) << QString() << false << true;
    }

    void theAgreementMustBeAccepted() {
        QFETCH(int, method);
        QFETCH(QString, signedName);
        QFETCH(bool, ticked);
        QFETCH(bool, accepted);
        TestStore t;
        LoanFixtures f(t);
        f.addResident(kCard);
        f.addDevice(QStringLiteral("TAB0001"));
        const QString before = f.snapshot();
        CheckOutRequest request;
        request.residentCard = kCard;
        request.deviceTag = QStringLiteral("TAB0001");
        request.agreement = LoanAgreement::Method(method);
        request.signedName = signedName;
        request.declarationAccepted = ticked;
        CheckOutCommand cmd(request);
        const CommandResult r = t.bus().execute(cmd, t.librarian());
        QCOMPARE(r.ok(), accepted);
        if (!accepted) {
            QCOMPARE(f.snapshot(), before);
            return;
        }
        QCOMPARE(loanColumn(t, QStringLiteral("agreement")).toString(),
                 LoanAgreement::methodKey(LoanAgreement::Method(method)));
        QCOMPARE(loanColumn(t, QStringLiteral("signed_name")).toString(), signedName.simplified());
    }

    void nameMatchingIgnoresAccentsAndPunctuation() {
        Borrower b;
        b.givenName = QStringLiteral("Siobhán");
        b.familyName = QStringLiteral("O'Brien-Kowalska");
        QVERIFY(LoanAgreement::nameMatches(QStringLiteral("siobhan obrien"), b));
        QVERIFY(LoanAgreement::nameMatches(QStringLiteral("S. Kowalska"), b));
        QVERIFY(LoanAgreement::nameMatches(QStringLiteral("S OBrienKowalska"), b));
        QVERIFY(!LoanAgreement::nameMatches(QStringLiteral("Sean Murphy"), b));
        b.givenName = QStringLiteral("Li");
        b.familyName = QStringLiteral("Ng");
        QVERIFY(LoanAgreement::nameMatches(QStringLiteral("Li Ng"), b));
        QVERIFY(
            !LoanAgreement::nameMatches(QStringLiteral("Alice Long"), b)); // short parts must be whole words
    }

    void aMifiGoesOutWithItsSim() {
        TestStore t;
        LoanFixtures f(t);
        f.addResident(kCard);
        const QString iccid = LoanFixtures::iccid(1);
        const QString simId = f.addSim(iccid);
        f.addDevice(QStringLiteral("MIFI001"), QStringLiteral("MIFI"), QStringLiteral("CEN"),
                    DeviceStatus::Available, iccid);
        QCOMPARE(Sql(t.db(), QStringLiteral("SELECT status FROM sims WHERE id = :id"))
                     .bind(QStringLiteral(":id"), simId)
                     .scalar()
                     .toString(),
                 QStringLiteral("in_device"));
        const CommandResult r = f.checkOut(kCard, QStringLiteral("MIFI001"));
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QVERIFY(r.warnings().join(QLatin1Char(' ')).contains(iccid));
        QCOMPARE(lastPayload(t, "outbox").value(QStringLiteral("sim_id")).toString(), simId);
        QCOMPARE(loanColumn(t, QStringLiteral("kit_out")).toString(), QStringLiteral("charger,pouch"));

        // A MiFi without a SIM would not connect: a warning, so a librarian cannot lend it unnoticed.
        f.addDevice(QStringLiteral("MIFI002"), QStringLiteral("MIFI"));
        f.addResident(kOther, QStringLiteral("Ben"), QStringLiteral("Okafor"));
        const CheckOutAssessment a = CheckOutAssessment::assess(t.db(), t.clock().today(), kOther,
                                                                QStringLiteral("MIFI002"), t.librarian());
        QCOMPARE(a.issues().codeKeys(Sev::Warning), QStringList{QStringLiteral("mifi_without_sim")});
    }

    void aDeviceFromAnotherBranchIsLentWithANotice() {
        TestStore t;
        LoanFixtures f(t);
        f.addResident(kCard);
        f.addDevice(QStringLiteral("NOR0001"), QStringLiteral("TAB"), QStringLiteral("NOR"));
        const CheckOutAssessment a = CheckOutAssessment::assess(t.db(), t.clock().today(), kCard,
                                                                QStringLiteral("NOR0001"), t.librarian());
        QVERIFY(!a.needsOverride());
        QCOMPARE(a.issues().codeKeys(Sev::Notice), QStringList{QStringLiteral("other_branch")});
        const CommandResult r = f.checkOut(kCard, QStringLiteral("NOR0001"));
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QVERIFY(r.warnings().join(QLatin1Char(' ')).contains(QLatin1String("registered at North Library")));
        QCOMPARE(
            loanColumn(t, QStringLiteral("branch_id")).toString(),
            Sql(t.db(), QStringLiteral("SELECT id FROM branches WHERE code = 'NOR'")).scalar().toString());
    }

    void kitOutCanBeWhatActuallyWentOut() {
        TestStore t;
        LoanFixtures f(t);
        f.addResident(kCard);
        f.addDevice(QStringLiteral("TAB0001"));
        CheckOutRequest request;
        request.residentCard = kCard;
        request.deviceTag = QStringLiteral("TAB0001");
        request.signedName = QStringLiteral("Amara Nwosu");
        request.declarationAccepted = true;
        request.kitOut = QStringList{QStringLiteral("charger"), QStringLiteral(" case ")};
        CheckOutCommand cmd(request);
        QVERIFY(t.bus().execute(cmd, t.librarian()).ok());
        QCOMPARE(loanColumn(t, QStringLiteral("kit_out")).toString(), QStringLiteral("charger,case"));

        request.kitOut = QStringList{QStringLiteral("charger, cable")};
        request.deviceTag = QStringLiteral("TAB0001");
        CheckOutCommand bad(request);
        QCOMPARE(t.bus().execute(bad, t.librarian()).status(), CommandResult::Status::Refused);
    }

    void onlyPeopleWhoCirculateMayLend() {
        TestStore t;
        LoanFixtures f(t);
        f.addResident(kCard);
        f.addDevice(QStringLiteral("TAB0001"));
        const QString before = f.snapshot();
        const CommandResult r = f.checkOut(kCard, QStringLiteral("TAB0001"), t.volunteer());
        QCOMPARE(r.status(), CommandResult::Status::Refused);
        QVERIFY(r.message().contains(QLatin1String("loan.circulate")));
        QCOMPARE(f.snapshot(), before);
    }
};

QTEST_GUILESS_MAIN(LoanCheckOutTest)
#include "LoanCheckOutTest.moc"
