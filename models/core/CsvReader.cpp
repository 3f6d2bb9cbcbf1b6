#include "CsvReader.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("CsvReader", text);
}
} // namespace

CsvReader::CsvReader(QString text, QChar delimiter)
    : m_text(std::move(text))
    , m_delimiter(delimiter) {
    if (m_text.startsWith(QChar(0xFEFF))) {
        m_pos = 1;
    }
}

bool CsvReader::decode(const QByteArray &bytes, QString *text, QString *error) {
    QStringDecoder decoder(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
    QString decoded = decoder.decode(bytes);
    if (decoder.hasError()) {
        *error =
            tr("The file is not UTF-8 text. Save it again as “CSV UTF-8” (in Excel: Save As, CSV UTF-8).");
        return false;
    }
    if (decoded.startsWith(QChar(0xFEFF))) {
        decoded.remove(0, 1);
    }
    *text = std::move(decoded);
    return true;
}

QChar CsvReader::peek(qsizetype offset) const {
    const qsizetype at = m_pos + offset;
    return at < m_text.size() ? m_text.at(at) : QChar();
}

bool CsvReader::atLineBreak() const {
    const QChar c = peek();
    return c == QLatin1Char('\n') || c == QLatin1Char('\r');
}

void CsvReader::consumeLineBreak() {
    if (peek() == QLatin1Char('\r') && peek(1) == QLatin1Char('\n')) {
        m_pos += 2;
    } else {
        ++m_pos;
    }
    ++m_line;
}

void CsvReader::skipToEndOfLine() {
    while (m_pos < m_text.size() && !atLineBreak()) {
        ++m_pos;
    }
    if (m_pos < m_text.size()) {
        consumeLineBreak();
    }
}

bool CsvReader::atEnd() const {
    // Trailing blank lines are not records.
    for (qsizetype i = m_pos; i < m_text.size(); ++i) {
        const QChar c = m_text.at(i);
        if (c != QLatin1Char('\n') && c != QLatin1Char('\r')) {
            return false;
        }
    }
    return true;
}

CsvReader::Record CsvReader::next() {
    while (atLineBreak()) { // blank lines between records
        consumeLineBreak();
    }
    Record record;
    record.line = m_line;
    QString field;
    enum class State { FieldStart, Unquoted, Quoted, AfterQuote } state = State::FieldStart;

    auto fail = [&](const QString &message) {
        record.fields.clear();
        record.error = message;
        skipToEndOfLine();
        return record;
    };

    while (m_pos < m_text.size()) {
        const QChar c = m_text.at(m_pos);
        switch (state) {
        case State::FieldStart:
        case State::Unquoted:
            if (c == m_delimiter) {
                record.fields.append(field);
                field.clear();
                state = State::FieldStart;
                ++m_pos;
            } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
                record.fields.append(field);
                consumeLineBreak();
                return record;
            } else if (c == QLatin1Char('"')) {
                if (state == State::Unquoted) {
                    return fail(
                        tr("A quote mark is inside a field that does not start with one; put the whole "
                           "field in quotes and double the quote mark (\"\")."));
                }
                state = State::Quoted;
                ++m_pos;
            } else {
                field.append(c);
                state = State::Unquoted;
                ++m_pos;
            }
            break;
        case State::Quoted:
            if (c == QLatin1Char('"')) {
                state = State::AfterQuote;
                ++m_pos;
            } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
                // A line break inside quotes belongs to the field; keep it as one \n whatever the file used.
                field.append(QLatin1Char('\n'));
                consumeLineBreak();
            } else {
                field.append(c);
                ++m_pos;
            }
            break;
        case State::AfterQuote:
            if (c == QLatin1Char('"')) {
                field.append(c);
                state = State::Quoted;
                ++m_pos;
            } else if (c == m_delimiter) {
                record.fields.append(field);
                field.clear();
                state = State::FieldStart;
                ++m_pos;
            } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
                record.fields.append(field);
                consumeLineBreak();
                return record;
            } else {
                return fail(
                    tr("There is text after a closing quote mark; a quoted field must end at the comma "
                       "or the end of the line."));
            }
            break;
        }
    }
    if (state == State::Quoted) {
        record.fields.clear();
        record.error = tr("A quoted field is never closed: the quote mark opened here has no partner, so the "
                          "rest of the file was read as part of it.");
        return record;
    }
    record.fields.append(field);
    return record;
}

QList<CsvReader::Record> CsvReader::readAll() {
    QList<Record> records;
    while (!atEnd()) {
        records.append(next());
    }
    return records;
}
