#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Writes RFC 4180 CSV: CRLF line ends; a field is quoted when it holds the delimiter, a quote, a line break
// or leading/trailing spaces, and quotes inside it are doubled. By default a text field that a spreadsheet
// would run as a formula (=, +, -, @, tab, CR first) gets a leading apostrophe, so an exported list opened
// in Excel cannot execute anything a resident typed into a form (OWASP "CSV injection"). Numbers are left
// alone.
class CsvWriter {
public:
    explicit CsvWriter(QChar delimiter = QLatin1Char(','));

    void setGuardFormulas(bool guard) { m_guardFormulas = guard; }
    void addRow(const QStringList &fields);

    QString text() const { return m_text; }
    // UTF-8; with a byte-order mark when the file is meant for Excel, which otherwise guesses the encoding.
    QByteArray toUtf8(bool withByteOrderMark = false) const;

    static QString escape(const QString &field, QChar delimiter = QLatin1Char(','),
                          bool guardFormulas = true);

private:
    QString m_text;
    QChar m_delimiter;
    bool m_guardFormulas = true;
};
