#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <stdexcept>

// A payload that cannot be read back into a command: a missing field, a wrong type. The message names the
// field; payloads come from other machines, so nothing in one is trusted.
class PayloadError : public std::runtime_error {
public:
    explicit PayloadError(const QString &message)
        : std::runtime_error(message.toStdString())
        , m_message(message) {}
    QString message() const { return m_message; }

private:
    QString m_message;
};

// Typed reads from a command payload; throws PayloadError instead of silently defaulting.
class PayloadReader {
public:
    explicit PayloadReader(const QJsonObject &payload)
        : m_payload(payload) {}

    QString text(const QString &key) const;                      // required string
    QString optionalText(const QString &key) const;              // absent or null → ""
    int integer(const QString &key) const;                       // required whole number
    int optionalInteger(const QString &key, int fallback) const; // absent or null → fallback
    bool flag(const QString &key) const;                         // required boolean
    bool optionalFlag(const QString &key, bool fallback) const;  // absent → fallback
    QStringList list(const QString &key) const;                  // required array of strings
    QStringList optionalList(const QString &key) const;          // absent → empty
    bool has(const QString &key) const { return m_payload.contains(key); }
    QJsonObject object(const QString &key) const; // required object
    QDate date(const QString &key) const;         // required YYYY-MM-DD
    QDate optionalDate(const QString &key) const; // absent, null or "" → no date
    QDateTime instant(const QString &key) const;  // required ISO 8601 time, as UTC

    const QJsonObject &json() const { return m_payload; }

private:
    [[noreturn]] static void fail(const QString &key, const char *expected);

    QJsonObject m_payload;
};
