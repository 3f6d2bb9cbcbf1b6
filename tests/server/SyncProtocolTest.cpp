// The sync protocol's messages: what a desk sends and what the server answers survive a round trip, and
// malformed input from the network is refused with a message naming what is wrong.
#include "sync/SyncProtocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

class SyncProtocolTest : public QObject {
    Q_OBJECT

private slots:
    void opRoundTrip() {
        SyncProtocol::Op op;
        op.opId = QStringLiteral("6f1c1d5e-0000-4000-8000-000000000001");
        op.command = QStringLiteral("loan.checkout");
        op.payload = {{QStringLiteral("device_tag"), QStringLiteral("T1")}};
        op.hlc = QStringLiteral("1772443800000-00000-desk");
        op.at = QStringLiteral("2026-03-02T09:30:00.000Z");
        op.userId = QStringLiteral("u1");
        op.deskId = QStringLiteral("desk");
        op.ids = {QStringLiteral("a"), QStringLiteral("b")};
        op.rows = {QStringLiteral("loans/a")};
        QString error;
        const std::optional<SyncProtocol::Op> back =
            SyncProtocol::opFromJson(SyncProtocol::toJson(op), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->payload, op.payload);
        QCOMPARE(back->ids, op.ids);
        QCOMPARE(back->rows, op.rows);
        QCOMPARE(back->hlc, op.hlc);
    }

    void badOpsAreRefused_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("named");
        QTest::newRow("no op id") << QByteArray(R"({"command":"x","payload":{},"hlc":"h","at":"t"})")
                                  << "op_id";
        QTest::newRow("payload is text")
            << QByteArray(R"({"op_id":"o","command":"x","payload":"{}","hlc":"h","at":"t"})") << "payload";
        QTest::newRow("ids hold a number")
            << QByteArray(R"({"op_id":"o","command":"x","payload":{},"hlc":"h","at":"t","ids":[1]})")
            << "ids";
        QTest::newRow("huge command name")
            << (QByteArray(R"({"op_id":"o","payload":{},"hlc":"h","at":"t","command":")") +
                QByteArray(200, 'x') + "\"}")
            << "command";
    }
    void badOpsAreRefused() {
        QFETCH(QByteArray, json);
        QFETCH(QString, named);
        QString error;
        QVERIFY(!SyncProtocol::opFromJson(QJsonDocument::fromJson(json).object(), &error));
        QVERIFY2(error.contains(named), qPrintable(error));
    }

    void pageRoundTripAndRefusals() {
        SyncProtocol::Page page;
        page.next = 42;
        page.more = true;
        page.changes.append({41, QStringLiteral("devices"), QStringLiteral("d1"),
                             QJsonObject{{QStringLiteral("id"), QStringLiteral("d1")}}});
        page.changes.append({42, QStringLiteral("loans"), QStringLiteral("l1"), std::nullopt});
        QString error;
        const std::optional<SyncProtocol::Page> back =
            SyncProtocol::pageFromJson(SyncProtocol::toJson(page), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->next, 42);
        QVERIFY(back->more);
        QCOMPARE(back->changes.size(), 2);
        QVERIFY(!back->changes.at(1).row);

        // A row whose id differs from its change, a change with neither row nor "gone", a negative position.
        const QByteArray mismatched =
            R"({"next":1,"more":false,"changes":[{"t":"devices","id":"a","row":{"id":"b"}}]})";
        QVERIFY(!SyncProtocol::pageFromJson(QJsonDocument::fromJson(mismatched).object(), &error));
        QVERIFY(error.contains(QLatin1String("id")));
        const QByteArray empty = R"({"next":1,"more":false,"changes":[{"t":"devices","id":"a"}]})";
        QVERIFY(!SyncProtocol::pageFromJson(QJsonDocument::fromJson(empty).object(), &error));
        const QByteArray negative = R"({"next":-1,"more":false,"changes":[]})";
        QVERIFY(!SyncProtocol::pageFromJson(QJsonDocument::fromJson(negative).object(), &error));
    }

    void outcomeStatusesAreChecked() {
        QString error;
        const QByteArray unknown = R"({"op_id":"o","status":"maybe"})";
        QVERIFY(!SyncProtocol::outcomeFromJson(QJsonDocument::fromJson(unknown).object(), &error));
        QVERIFY(error.contains(QLatin1String("status")));
        const QByteArray conflict = R"({"op_id":"o","status":"conflict","reason":"lent twice","rows":[]})";
        const std::optional<SyncProtocol::Outcome> o =
            SyncProtocol::outcomeFromJson(QJsonDocument::fromJson(conflict).object(), &error);
        QVERIFY(o);
        QCOMPARE(o->status, SyncProtocol::Outcome::Status::Conflict);
    }
};

QTEST_GUILESS_MAIN(SyncProtocolTest)
#include "SyncProtocolTest.moc"
