#include "CsvWriter.h"

#include <QRegularExpression>

CsvWriter::CsvWriter(QChar delimiter)
    : m_delimiter(delimiter) {}

QString CsvWriter::escape(const QString &field, QChar delimiter, bool guardFormulas) {
    QString value = field;
    if (guardFormulas && !value.isEmpty()) {
        static const QRegularExpression number(QStringLiteral("^[-+]?[0-9]+([.,][0-9]+)?$"));
        const QChar first = value.at(0);
        const bool formulaStart = first == QLatin1Char('=') || first == QLatin1Char('+') ||
                                  first == QLatin1Char('-') || first == QLatin1Char('@') ||
                                  first == QLatin1Char('\t') || first == QLatin1Char('\r');
        if (formulaStart && !number.match(value).hasMatch()) {
            value.prepend(QLatin1Char('\''));
        }
    }
    const bool needsQuotes = value.contains(delimiter) || value.contains(QLatin1Char('"')) ||
                             value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')) ||
                             (!value.isEmpty() && (value.front().isSpace() || value.back().isSpace()));
    if (!needsQuotes) {
        return value;
    }
    value.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

void CsvWriter::addRow(const QStringList &fields) {
    QStringList escaped;
    escaped.reserve(fields.size());
    for (const QString &f : fields) {
        escaped.append(escape(f, m_delimiter, m_guardFormulas));
    }
    m_text += escaped.join(m_delimiter) + QLatin1String("\r\n");
}

QByteArray CsvWriter::toUtf8(bool withByteOrderMark) const {
    QByteArray bytes = withByteOrderMark ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    bytes += m_text.toUtf8();
    return bytes;
}
