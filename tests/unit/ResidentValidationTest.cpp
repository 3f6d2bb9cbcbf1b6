// Bad resident details are refused with a message that says what is wrong, and nothing is written.
#include "TestStore.h"
#include "residents/ResidentCommands.h"
#include "residents/ResidentValidator.h"

#include <QTest>

namespace {
Resident valid() {
    Resident r;
    r.givenName = QStringLiteral("Grace");
    r.familyName = QStringLiteral("Hopper");
    r.card = QStringLiteral("2000000100");
    return r;
}
} // namespace

class ResidentValidationTest : public QObject {
    Q_OBJECT

private slots:
    void postcodes_data() {
        QTest::addColumn<QString>("postcode");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("normalised");
        QTest::newRow("A9 9AA") << QStringLiteral("m1 1ae") << true << QStringLiteral("M1 1AE");
        QTest::newRow("A99 9AA") << QStringLiteral("B33 8TH") << true << QStringLiteral("B33 8TH");
        QTest::newRow("AA9 9AA") << QStringLiteral("LS6 2AB") << true << QStringLiteral("LS6 2AB");
        QTest::newRow("AA99 9AA") << QStringLiteral("ls115qt") << true << QStringLiteral("LS11 5QT");
        QTest::newRow("A9A 9AA") << QStringLiteral("W1A 0AX") << true << QStringLiteral("W1A 0AX");
        QTest::newRow("AA9A 9AA") << QStringLiteral("EC1A 1BB") << true << QStringLiteral("EC1A 1BB");
        QTest::newRow("spaces everywhere")
            << QStringLiteral(" s w 1 a 1 a a ") << true << QStringLiteral("SW1A 1AA");
        QTest::newRow("too short") << QStringLiteral("LS6") << false << QString();
        QTest::newRow("digits only") << QStringLiteral("12345") << false << QString();
        QTest::newRow("letters only") << QStringLiteral("ABCDEF") << false << QString();
        QTest::newRow("Q first") << QStringLiteral("QA1 1AA") << false << QString();
        QTest::newRow("inward C") << QStringLiteral("LS6 2CA") << false << QString();
        QTest::newRow("too long") << QStringLiteral("LS116 5QTT") << false << QString();
        QTest::newRow("US zip") << QStringLiteral("90210") << false << QString();
    }

    void postcodes() {
        QFETCH(QString, postcode);
        QFETCH(bool, ok);
        QFETCH(QString, normalised);
        QCOMPARE(ResidentValidator::isValidUkPostcode(postcode), ok);
        if (ok) {
            QCOMPARE(ResidentValidator::normalisePostcode(postcode), normalised);
        }
    }

    void phones_data() {
        QTest::addColumn<QString>("phone");
        QTest::addColumn<bool>("ok");
        QTest::newRow("mobile") << QStringLiteral("07700 900123") << true;
        QTest::newRow("landline") << QStringLiteral("0113 496 0000") << true;
        QTest::newRow("london") << QStringLiteral("(020) 7946-0000") << true;
        QTest::newRow("international") << QStringLiteral("+44 7700 900123") << true;
        QTest::newRow("letters") << QStringLiteral("call me") << false;
        QTest::newRow("too short") << QStringLiteral("01234") << false;
        QTest::newRow("too long") << QStringLiteral("077009001234567") << false;
        QTest::newRow("no leading zero") << QStringLiteral("7700900123") << false;
        QTest::newRow("plus in the middle") << QStringLiteral("0770+0900123") << false;
    }

    void phones() {
        QFETCH(QString, phone);
        QFETCH(bool, ok);
        QCOMPARE(ResidentValidator::isValidPhone(phone), ok);
    }

    void emails_data() {
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("ok");
        QTest::newRow("plain") << QStringLiteral("grace@example.org") << true;
        QTest::newRow("plus and dots") << QStringLiteral("g.hopper+desk@mail.example.co.uk") << true;
        QTest::newRow("no at") << QStringLiteral("grace.example.org") << false;
        QTest::newRow("no domain dot") << QStringLiteral("grace@localhost") << false;
        QTest::newRow("two ats") << QStringLiteral("gr@ce@example.org") << false;
        QTest::newRow("space") << QStringLiteral("grace hopper@example.org") << false;
        QTest::newRow("double dot") << QStringLiteral("grace..h@example.org") << false;
        QTest::newRow("too long") << QString(QString(250, QLatin1Char('a')) + QStringLiteral("@example.org"))
                                  << false;
    }

    void emails() {
        QFETCH(QString, email);
        QFETCH(bool, ok);
        QCOMPARE(ResidentValidator::isValidEmail(email), ok);
    }

    void refusedAndNothingWritten_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty given name")
            << QStringLiteral("given") << QString() << QStringLiteral("Given name is missing");
        QTest::newRow("blank family name")
            << QStringLiteral("family") << QStringLiteral("   ") << QStringLiteral("Family name is missing");
        QTest::newRow("overlong name")
            << QStringLiteral("family") << QString(81, QLatin1Char('x')) << QStringLiteral("too long");
        QTest::newRow("name of digits")
            << QStringLiteral("given") << QStringLiteral("12345") << QStringLiteral("written in letters");
        QTest::newRow("control character") << QStringLiteral("given")
                                           << QStringLiteral("Gr\x07"
                                                             "ace")
                                           << QStringLiteral("written in letters");
        QTest::newRow("bad postcode")
            << QStringLiteral("postcode") << QStringLiteral("LS6 2CA") << QStringLiteral("not a UK postcode");
        QTest::newRow("bad phone") << QStringLiteral("phone") << QStringLiteral("not a number")
                                   << QStringLiteral("not a phone number");
        QTest::newRow("bad email") << QStringLiteral("email") << QStringLiteral("grace@")
                                   << QStringLiteral("not an email address");
        QTest::newRow("bad card") << QStringLiteral("card") << QStringLiteral("12-34")
                                  << QStringLiteral("4 to 20 letters and digits");
        QTest::newRow("future birth")
            << QStringLiteral("dob") << QStringLiteral("2030-01-01") << QStringLiteral("in the future");
        QTest::newRow("ancient birth")
            << QStringLiteral("dob") << QStringLiteral("1850-01-01") << QStringLiteral("more than 120 years");
        QTest::newRow("unknown category") << QStringLiteral("category") << QStringLiteral("vip")
                                          << QStringLiteral("Unknown borrower category");
    }

    void refusedAndNothingWritten() {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, message);
        TestStore t;
        Resident r = valid();
        if (field == QLatin1String("given"))
            r.givenName = value;
        if (field == QLatin1String("family"))
            r.familyName = value;
        if (field == QLatin1String("postcode"))
            r.postcode = value;
        if (field == QLatin1String("phone"))
            r.phone = value;
        if (field == QLatin1String("email"))
            r.email = value;
        if (field == QLatin1String("card"))
            r.card = value;
        if (field == QLatin1String("dob"))
            r.dateOfBirth = QDate::fromString(value, Qt::ISODate);
        if (field == QLatin1String("category"))
            r.borrowerCategory = value;
        const int residents = t.count(QStringLiteral("residents"));
        const int audit = t.count(QStringLiteral("audit"));
        const int outbox = t.count(QStringLiteral("outbox"));
        AddResidentCommand cmd(r, t.clock());
        const CommandResult result = t.bus().execute(cmd, t.librarian());
        QCOMPARE(result.status(), CommandResult::Status::Refused);
        QVERIFY2(result.message().contains(message), qPrintable(result.message()));
        QCOMPARE(t.count(QStringLiteral("residents")), residents);
        QCOMPARE(t.count(QStringLiteral("audit")), audit);
        QCOMPARE(t.count(QStringLiteral("outbox")), outbox);
    }

    void everyProblemIsReportedAgainstItsField() {
        FakeClock clock;
        Resident r;
        r.postcode = QStringLiteral("nope");
        r.email = QStringLiteral("nope");
        const auto problems = ResidentValidator(clock).validate(r);
        QStringList fields;
        for (const auto &p : problems) {
            fields.append(p.field);
        }
        QCOMPARE(fields, (QStringList{QStringLiteral("given_name"), QStringLiteral("family_name"),
                                      QStringLiteral("postcode"), QStringLiteral("email")}));
    }

    void aBlankCardGetsAGeneratedNumber() {
        TestStore t;
        Resident r = valid();
        r.card.clear();
        AddResidentCommand cmd(r, t.clock());
        QVERIFY(t.bus().execute(cmd, t.librarian()).ok());
        QVERIFY(cmd.resident().card.startsWith(QLatin1String("TM")));
        QCOMPARE(cmd.resident().card.size(), 10);
    }
};

QTEST_GUILESS_MAIN(ResidentValidationTest)
#include "ResidentValidationTest.moc"
