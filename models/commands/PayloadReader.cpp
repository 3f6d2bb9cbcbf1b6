#include "PayloadReader.h"

#include <QJsonArray>
#include <cmath>
#include <limits>

void PayloadReader::fail(const QString &key, const char *expected) {
    throw PayloadError(QStringLiteral("the field “%1” should be %2").arg(key, QLatin1String(expected)));
}

QString PayloadReader::text(const QString &key) const {
    const QJsonValue v = m_payload.value(key);
    if (!v.isString()) {
        fail(key, "text");
    }
    return v.toString();
}

QString PayloadReader::optionalText(const QString &key) const {
    const QJsonValue v = m_payload.value(key);
    if (v.isUndefined() || v.isNull()) {
        return {};
    }
    if (!v.isString()) {
        fail(key, "text");
    }
    return v.toString();
}

int PayloadReader::integer(const QString &key) const {
    const QJsonValue v = m_payload.value(key);
    const double d = v.toDouble(std::numeric_limits<double>::quiet_NaN());
    if (!v.isDouble() || std::isnan(d) || d != std::floor(d) || d < std::numeric_limits<int>::min() ||
        d > std::numeric_limits<int>::max()) {
        fail(key, "a whole number");
    }
    return static_cast<int>(d);
}

int PayloadReader::optionalInteger(const QString &key, int fallback) const {
    const QJsonValue v = m_payload.value(key);
    if (v.isUndefined() || v.isNull()) {
        return fallback;
    }
    return integer(key);
}

bool PayloadReader::flag(const QString &key) const {
    const QJsonValue v = m_payload.value(key);
    if (!v.isBool()) {
        fail(key, "true or false");
    }
    return v.toBool();
}

bool PayloadReader::optionalFlag(const QString &key, bool fallback) const {
    return m_payload.contains(key) ? flag(key) : fallback;
}

QStringList PayloadReader::list(const QString &key) const {
    const QJsonValue v = m_payload.value(key);
    if (!v.isArray()) {
        fail(key, "a list of text");
    }
    QStringList out;
    for (const QJsonValue &item : v.toArray()) {
        if (!item.isString()) {
            fail(key, "a list of text");
        }
        out.append(item.toString());
    }
    return out;
}

QStringList PayloadReader::optionalList(const QString &key) const {
    return m_payload.contains(key) ? list(key) : QStringList();
}

QJsonObject PayloadReader::object(const QString &key) const {
    const QJsonValue v = m_payload.value(key);
    if (!v.isObject()) {
        fail(key, "an object");
    }
    return v.toObject();
}

QDate PayloadReader::date(const QString &key) const {
    const QDate d = QDate::fromString(text(key), Qt::ISODate);
    if (!d.isValid()) {
        fail(key, "a date (YYYY-MM-DD)");
    }
    return d;
}

QDate PayloadReader::optionalDate(const QString &key) const {
    return optionalText(key).isEmpty() ? QDate() : date(key);
}

QDateTime PayloadReader::instant(const QString &key) const {
    const QDateTime t = QDateTime::fromString(text(key), Qt::ISODateWithMs);
    if (!t.isValid()) {
        fail(key, "a time (ISO 8601)");
    }
    return t.toUTC();
}
