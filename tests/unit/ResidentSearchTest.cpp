// Resident search as a librarian uses it: any part of a name, card, phone or postcode, ignoring accents,
// case and apostrophes, every word typed narrowing the hits.
#include "residents/ResidentSearch.h"
#include "TestStore.h"
#include "residents/ResidentCommands.h"
#include "store/Sql.h"

#include <QTest>

class ResidentSearchTest : public QObject {
    Q_OBJECT

    std::unique_ptr<TestStore> m_t;

    QStringList cardsFor(const QString &query, int limit = 50) {
        QStringList cards;
        for (const ResidentHit &h : ResidentSearch(m_t->db()).find(query, m_t->librarian(), limit)) {
            cards.append(h.card);
        }
        return cards;
    }

private slots:
    void initTestCase() {
        m_t = std::make_unique<TestStore>();
        m_t->addResident(QStringLiteral("Zoë"), QStringLiteral("Kowalski"), QStringLiteral("2000000001"),
                         QStringLiteral("LS6 2AB"), QStringLiteral("07700 900001"));
        m_t->addResident(QStringLiteral("Siobhán"), QStringLiteral("O'Brien"), QStringLiteral("2000000002"),
                         QStringLiteral("LS1 4AB"), QStringLiteral("0113 496 0002"));
        m_t->addResident(QStringLiteral("José"), QStringLiteral("Núñez"), QStringLiteral("2000000003"),
                         QStringLiteral("LS11 5QT"), QStringLiteral("07700 900003"));
        m_t->addResident(QStringLiteral("Łukasz"), QStringLiteral("Nowak"), QStringLiteral("2000000004"),
                         QStringLiteral("LS6 3DF"), QStringLiteral("07700 900004"));
        m_t->addResident(QStringLiteral("Mary-Jane"), QStringLiteral("Smith-Jones"),
                         QStringLiteral("2000000005"), QStringLiteral("LS2 7EF"),
                         QStringLiteral("07700 900005"));
        m_t->addResident(QStringLiteral("Zoe"), QStringLiteral("Brien"), QStringLiteral("2000000006"),
                         QStringLiteral("LS2 7EG"), QStringLiteral("07700 900006"));
        m_t->addResident(QStringLiteral("Priya"), QStringLiteral("D’Souza"), QStringLiteral("2000000007"),
                         QStringLiteral("LS9 8HJ"), QStringLiteral("07700 900007"));
    }

    void finds_data() {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("cards");
        const auto c = [](std::initializer_list<const char *> list) {
            QStringList out;
            for (const char *s : list) {
                out.append(QString::fromLatin1(s));
            }
            return out;
        };
        QTest::newRow("accent typed, none stored")
            << QStringLiteral("Zoë") << c({"2000000006", "2000000001"});
        QTest::newRow("no accent typed, accent stored") << QStringLiteral("zoe kow") << c({"2000000001"});
        QTest::newRow("accented surname") << QStringLiteral("nunez") << c({"2000000003"});
        QTest::newRow("polish l") << QStringLiteral("lukasz") << c({"2000000004"});
        QTest::newRow("apostrophe typed") << QStringLiteral("o'brien") << c({"2000000002"});
        QTest::newRow("curly apostrophe typed") << QStringLiteral("O’Brien") << c({"2000000002"});
        QTest::newRow("apostrophe left out") << QStringLiteral("obrien") << c({"2000000002"});
        QTest::newRow("apostrophe name, typed without") << QStringLiteral("dsouza") << c({"2000000007"});
        QTest::newRow("partial word in the middle") << QStringLiteral("owal") << c({"2000000001"});
        QTest::newRow("partial word matches two")
            << QStringLiteral("brien") << c({"2000000006", "2000000002"});
        QTest::newRow("hyphenated as two words") << QStringLiteral("smith jones") << c({"2000000005"});
        QTest::newRow("hyphenated typed") << QStringLiteral("mary-jane") << c({"2000000005"});
        QTest::newRow("words in any order") << QStringLiteral("kowalski zoe") << c({"2000000001"});
        QTest::newRow("card, exact") << QStringLiteral("2000000004") << c({"2000000004"});
        QTest::newRow("card, part") << QStringLiteral("0000003") << c({"2000000003"});
        QTest::newRow("phone with spaces") << QStringLiteral("0113 496 0002") << c({"2000000002"});
        QTest::newRow("phone tail") << QStringLiteral("900005") << c({"2000000005"});
        QTest::newRow("postcode with space") << QStringLiteral("LS11 5QT") << c({"2000000003"});
        QTest::newRow("postcode without space") << QStringLiteral("ls115qt") << c({"2000000003"});
        QTest::newRow("postcode district") << QStringLiteral("LS6") << c({"2000000001", "2000000004"});
        QTest::newRow("one or two letters: surname starts") << QStringLiteral("no") << c({"2000000004"});
        QTest::newRow("two letters, surname with apostrophe") << QStringLiteral("O'") << c({"2000000002"});
        QTest::newRow("two letters, hyphenated surname") << QStringLiteral("SM") << c({"2000000005"});
        QTest::newRow("two letters in the middle do not match") << QStringLiteral("ow") << QStringList();
        QTest::newRow("short word narrows long one") << QStringLiteral("brien zo") << c({"2000000006"});
        QTest::newRow("nothing matches") << QStringLiteral("xylophone") << QStringList();
        QTest::newRow("only punctuation") << QStringLiteral("'-.") << QStringList();
        QTest::newRow("empty") << QString() << QStringList();
    }

    void finds() {
        QFETCH(QString, query);
        QFETCH(QStringList, cards);
        QStringList got = cardsFor(query);
        // Order is by family name except that an exact card number comes first.
        QCOMPARE(got, cards);
    }

    void anExactCardComesFirst() {
        TestStore t;
        t.addResident(QStringLiteral("Aaron"), QStringLiteral("Aardvark"), QStringLiteral("20000001"));
        t.addResident(QStringLiteral("Zed"), QStringLiteral("Zebra"), QStringLiteral("2000000"));
        const QList<ResidentHit> hits = ResidentSearch(t.db()).find(QStringLiteral("2000000"), t.librarian());
        QCOMPARE(hits.size(), 2);
        QCOMPARE(hits.first().card, QStringLiteral("2000000"));
    }

    void returnsAtMostTheLimitInNameOrder() {
        TestStore t;
        for (int i = 0; i < 60; ++i) {
            t.addResident(QStringLiteral("Sam"), QStringLiteral("Taylor%1").arg(QChar(u'a' + i % 26)),
                          QStringLiteral("30000000%1").arg(i, 2, 10, QLatin1Char('0')));
        }
        const QList<ResidentHit> hits = ResidentSearch(t.db()).find(QStringLiteral("taylor"), t.librarian());
        QCOMPARE(hits.size(), 50);
        for (int i = 1; i < hits.size(); ++i) {
            QVERIFY(hits[i - 1].familyName.compare(hits[i].familyName, Qt::CaseInsensitive) <= 0);
        }
        QCOMPARE(ResidentSearch(t.db()).find(QStringLiteral("taylor"), t.librarian(), 5).size(), 5);
    }

    void saysWhenMoreMatchThanItCanList() {
        TestStore t;
        for (int i = 0; i <= ResidentSearch::kCandidateCap; ++i) {
            t.addResident(QStringLiteral("Pat"), QStringLiteral("Patel"),
                          QStringLiteral("5%1").arg(i, 6, 10, QLatin1Char('0')));
        }
        t.addResident(QStringLiteral("Pat"), QStringLiteral("Patterson"), QStringLiteral("6000000001"));
        const ResidentSearch::Result wide =
            ResidentSearch(t.db()).search(QStringLiteral("pat"), t.librarian());
        QCOMPARE(wide.hits.size(), 50);
        QVERIFY(wide.moreThanShown);
        // Another letter or two narrows it to what is really meant, and the list is then complete.
        const ResidentSearch::Result narrow =
            ResidentSearch(t.db()).search(QStringLiteral("patters"), t.librarian());
        QCOMPARE(narrow.hits.size(), 1);
        QVERIFY(!narrow.moreThanShown);
        // An exact card is found however many others match.
        const ResidentSearch::Result card =
            ResidentSearch(t.db()).search(QStringLiteral("5001000"), t.librarian());
        QCOMPARE(card.hits.first().card, QStringLiteral("5001000"));
    }

    void followsEditsAndLeavesOutErasedPeople() {
        TestStore t;
        const QString id =
            t.addResident(QStringLiteral("Ada"), QStringLiteral("Lovelace"), QStringLiteral("4000000001"));
        Resident r;
        r.id = id;
        r.version = 1;
        r.givenName = QStringLiteral("Ada");
        r.familyName = QStringLiteral("Byron");
        r.card = QStringLiteral("4000000001");
        EditResidentCommand edit(r, t.clock());
        QVERIFY(t.bus().execute(edit, t.librarian()).ok());
        QCOMPARE(ResidentSearch(t.db()).find(QStringLiteral("lovelace"), t.librarian()).size(), 0);
        QCOMPARE(ResidentSearch(t.db()).find(QStringLiteral("byron"), t.librarian()).size(), 1);

        Sql(t.db(), QStringLiteral("UPDATE residents SET anonymised = 1 WHERE id = :id"))
            .bind(QStringLiteral(":id"), id)
            .exec();
        QCOMPARE(ResidentSearch(t.db()).find(QStringLiteral("byron"), t.librarian()).size(), 0);
    }
};

QTEST_GUILESS_MAIN(ResidentSearchTest)
#include "ResidentSearchTest.moc"
