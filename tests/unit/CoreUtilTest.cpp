// Small core pieces everything else leans on: text folding, clock stamps, seeded ids.
#include "core/HybridClock.h"
#include "core/IdSource.h"
#include "core/TextFold.h"

#include <QTest>
#include <QUuid>

class CoreUtilTest : public QObject {
    Q_OBJECT

private slots:
    void folding_data() {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("accents") << QStringLiteral("Zoë Núñez") << QStringLiteral("zoe nunez");
        QTest::newRow("apostrophes") << QStringLiteral("O'Brien D’Souza") << QStringLiteral("obrien dsouza");
        QTest::newRow("hyphen") << QStringLiteral("Smith-Jones") << QStringLiteral("smith jones");
        QTest::newRow("special letters")
            << QStringLiteral("Łukasz Straße Ørsted") << QStringLiteral("lukasz strasse orsted");
        QTest::newRow("spaces") << QStringLiteral("  a   b ") << QStringLiteral("a b");
        QTest::newRow("punctuation only") << QStringLiteral("'-.,") << QString();
        QTest::newRow("non-latin kept") << QStringLiteral("Анна محمد") << QStringLiteral("анна محمد");
    }

    void folding() {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(TextFold::fold(in), out);
    }

    void stampsOrderAndSurviveAClockStepBack() {
        HybridClock c(QStringLiteral("deskaaaa"));
        const QString a = c.next(1000);
        const QString b = c.next(1000);
        const QString d = c.next(500); // wall clock stepped back
        const QString e = c.next(2000);
        QVERIFY(a < b);
        QVERIFY(b < d);
        QVERIFY(d < e);
        QCOMPARE(HybridClock::millisOf(e), 2000);

        HybridClock other(QStringLiteral("deskbbbb"));
        other.observe(e);
        QVERIFY(other.next(10) > e); // never behind what it has seen
        // What a desk has observed is remembered, so a restart cannot stamp behind it.
        HybridClock observer(QStringLiteral("deskcccc"));
        observer.observe(e);
        QCOMPARE(HybridClock::millisOf(observer.last()), 2000);
        HybridClock restored(QStringLiteral("deskaaaa"), e);
        QVERIFY(restored.next(0) > e);
    }

    void seededIdsRepeatAndAreValidUuids() {
        IdSource a(7);
        IdSource b(7);
        IdSource c(8);
        const QString first = a.newId();
        QCOMPARE(first, b.newId());
        QVERIFY(first != c.newId());
        const QUuid u = QUuid::fromString(first);
        QVERIFY(!u.isNull());
        QCOMPARE(u.version(), QUuid::Random);
        QCOMPARE(u.variant(), QUuid::DCE);
        QCOMPARE(IdSource::stableId(QStringLiteral("x")), IdSource::stableId(QStringLiteral("x")));
    }
};

QTEST_GUILESS_MAIN(CoreUtilTest)
#include "CoreUtilTest.moc"
