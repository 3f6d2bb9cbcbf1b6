#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// Reads comma-separated values as RFC 4180 describes them: fields in double quotes may hold the delimiter,
// line breaks and doubled quotes (""). Lines may end in CRLF, LF or a lone CR. Blank lines are skipped.
// A malformed record is reported with the line it starts on and reading carries on with the next line,
// so an import can list every bad row at once instead of stopping at the first.
class CsvReader {
public:
    struct Record {
        int line = 0;       // 1-based line of the file where the record starts
        QStringList fields; // empty when error is set
        QString error;      // plain words; empty for a good record
        bool ok() const { return error.isEmpty(); }
    };

    explicit CsvReader(QString text, QChar delimiter = QLatin1Char(','));

    // Decodes a file's bytes as UTF-8, dropping a byte-order mark. Spreadsheets also write other encodings;
    // guessing would silently corrupt names, so anything that is not valid UTF-8 is refused with a hint.
    static bool decode(const QByteArray &bytes, QString *text, QString *error);

    bool atEnd() const;
    Record next(); // call only while !atEnd()
    QList<Record> readAll();

private:
    QChar peek(qsizetype offset = 0) const;
    bool atLineBreak() const;
    void consumeLineBreak();
    void skipToEndOfLine();

    QString m_text;
    QChar m_delimiter;
    qsizetype m_pos = 0;
    int m_line = 1;
};
