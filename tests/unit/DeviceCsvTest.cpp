// CsvReader and CsvWriter (models/core): RFC 4180 quoting, embedded commas and line breaks, BOM, UTF-8,
// malformed records reported with the line they start on, and the writer's formula guard.
#include "core/CsvReader.h"
#include "core/CsvWriter.h"

#include <QRandomGenerator>
#include <QTest>

namespace {
QList<CsvReader::Record> read(const QString &text) {
    CsvReader reader(text);
    return reader.readAll();
}
} // namespace

class DeviceCsvTest : public QObject {
    Q_OBJECT

private slots:
    void plainAndQuotedFields() {
        const QList<CsvReader::Record> r =
            read(QStringLiteral("a,b,c\r\n1,\"two, with comma\",\"say \"\"hi\"\"\"\r\n,,\r\n"));
        QCOMPARE(r.size(), 3);
        QCOMPARE(r.at(0).fields,
                 (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        QCOMPARE(r.at(1).fields, (QStringList{QStringLiteral("1"), QStringLiteral("two, with comma"),
                                              QStringLiteral("say \"hi\"")}));
        QCOMPARE(r.at(2).fields, (QStringList{QString(), QString(), QString()}));
        QCOMPARE(r.at(2).line, 3);
    }

    void lineBreaksInsideQuotesAndLineNumbers() {
        const QList<CsvReader::Record> r =
            read(QStringLiteral("h1,h2\n\"first\r\nsecond\nthird\",x\n\ny,z\rlast,row"));
        QCOMPARE(r.size(), 4);
        QCOMPARE(r.at(1).fields.first(), QStringLiteral("first\nsecond\nthird"));
        QCOMPARE(r.at(1).line, 2);
        QCOMPARE(r.at(2).line, 6); // after the three-line record and a blank line
        QCOMPARE(r.at(2).fields, (QStringList{QStringLiteral("y"), QStringLiteral("z")}));
        QCOMPARE(r.at(3).line, 7); // a lone CR ends a line too
        QCOMPARE(r.at(3).fields, (QStringList{QStringLiteral("last"), QStringLiteral("row")}));
    }

    void byteOrderMarkAndUtf8() {
        const QByteArray bytes =
            QByteArray("\xEF\xBB\xBF") + QStringLiteral("Tag,Note\nTAB1,\"Łódź, café – ☕\"\n").toUtf8();
        QString text;
        QString error;
        QVERIFY(CsvReader::decode(bytes, &text, &error));
        const QList<CsvReader::Record> r = read(text);
        QCOMPARE(r.at(0).fields.first(), QStringLiteral("Tag"));
        QCOMPARE(r.at(1).fields.at(1), QStringLiteral("Łódź, café – ☕"));
        // A BOM still in the text (decoded elsewhere) is skipped as well.
        QCOMPARE(read(QChar(0xFEFF) + QStringLiteral("a,b")).first().fields.first(), QStringLiteral("a"));
    }

    void textThatIsNotUtf8IsRefused() {
        QString text;
        QString error;
        QVERIFY(!CsvReader::decode(QByteArray("Tag,Note\nTAB1,caf\xE9\n"), &text, &error)); // Windows-1252 é
        QVERIFY(error.contains(QLatin1String("CSV UTF-8")));
    }

    void malformedRecordsAreReportedAndReadingGoesOn() {
        const QList<CsvReader::Record> r = read(QStringLiteral(
            "a,b\nbad\"quote,x\ngood,1\n\"closed\"junk,2\nalso,good\n\"never closed,3\nlost,row\n"));
        QCOMPARE(r.size(), 6);
        QVERIFY(!r.at(1).ok());
        QCOMPARE(r.at(1).line, 2);
        QVERIFY(r.at(1).error.contains(QLatin1String("quote mark is inside a field")));
        QVERIFY(r.at(2).ok());
        QCOMPARE(r.at(2).fields, (QStringList{QStringLiteral("good"), QStringLiteral("1")}));
        QVERIFY(!r.at(3).ok());
        QCOMPARE(r.at(3).line, 4);
        QVERIFY(r.at(3).error.contains(QLatin1String("after a closing quote")));
        QVERIFY(r.at(4).ok());
        QVERIFY(!r.at(5).ok());
        QCOMPARE(r.at(5).line, 6);
        QVERIFY(r.at(5).error.contains(QLatin1String("never closed")));
    }

    void emptyInputAndTrailingBlankLines() {
        QVERIFY(read(QString()).isEmpty());
        QVERIFY(read(QStringLiteral("\r\n\n")).isEmpty());
        QCOMPARE(read(QStringLiteral("a\n\n\n")).size(), 1);
        QCOMPARE(read(QStringLiteral("\"\"")).first().fields, QStringList{QString()});
    }

    void writerQuotesWhatNeedsIt() {
        QCOMPARE(CsvWriter::escape(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(CsvWriter::escape(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(CsvWriter::escape(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(CsvWriter::escape(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
        QCOMPARE(CsvWriter::escape(QStringLiteral(" padded")), QStringLiteral("\" padded\""));
        CsvWriter w;
        w.addRow({QStringLiteral("a"), QStringLiteral("b")});
        QCOMPARE(w.text(), QStringLiteral("a,b\r\n"));
        QVERIFY(w.toUtf8(true).startsWith("\xEF\xBB\xBF"));
    }

    void writerGuardsFormulasButNotNumbers() {
        QCOMPARE(CsvWriter::escape(QStringLiteral("=HYPERLINK(\"http://x\")")),
                 QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\""));
        QCOMPARE(CsvWriter::escape(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
        QCOMPARE(CsvWriter::escape(QStringLiteral("+44 7700 900123")), QStringLiteral("'+44 7700 900123"));
        QCOMPARE(CsvWriter::escape(QStringLiteral("-12")), QStringLiteral("-12"));
        QCOMPARE(CsvWriter::escape(QStringLiteral("-3.5")), QStringLiteral("-3.5"));
        QCOMPARE(CsvWriter::escape(QStringLiteral("=1"), QLatin1Char(','), false), QStringLiteral("=1"));
    }

    void whatTheWriterWritesTheReaderReadsBack() {
        QRandomGenerator rng(7);
        const QString alphabet = QStringLiteral("ab ,\"\n\r;éŁ☕x");
        for (int round = 0; round < 200; ++round) {
            QList<QStringList> rows;
            CsvWriter w;
            w.setGuardFormulas(false);
            const int columns = 1 + int(rng.bounded(5));
            for (int r = 0; r < 1 + int(rng.bounded(4)); ++r) {
                QStringList row;
                for (int c = 0; c < columns; ++c) {
                    QString field;
                    for (int i = 0, n = int(rng.bounded(8)); i < n; ++i) {
                        field += alphabet.at(int(rng.bounded(quint32(alphabet.size()))));
                    }
                    row.append(field);
                }
                if (columns == 1 && row.first().isEmpty()) {
                    row.first() = QStringLiteral("x"); // a lone empty field would be a blank line
                }
                rows.append(row);
                w.addRow(row);
            }
            const QList<CsvReader::Record> back = read(w.text());
            QCOMPARE(back.size(), rows.size());
            for (int r = 0; r < rows.size(); ++r) {
                QVERIFY(back.at(r).ok());
                QStringList expected = rows.at(r);
                for (QString &f : expected) {
                    f.replace(QStringLiteral("\r\n"), QStringLiteral("\n"))
                        .replace(QLatin1Char('\r'), QLatin1Char('\n'));
                }
                QCOMPARE(back.at(r).fields, expected);
            }
        }
    }
};

QTEST_GUILESS_MAIN(DeviceCsvTest)
#include "DeviceCsvTest.moc"
