#include "BookingKeys.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace BookingKeys {

QStringList channels() {
    return {QStringLiteral("phone"), QStringLiteral("video"), QStringLiteral("library"),
            QStringLiteral("home")};
}

QStringList availabilityChannels() {
    return channels() << QStringLiteral("events");
}

QStringList skillAreas() {
    return {QStringLiteral("communicating"), QStringLiteral("handling_information"),
            QStringLiteral("transacting"), QStringLiteral("problem_solving"), QStringLiteral("being_safe")};
}

QStringList volunteerStatuses() {
    return {QStringLiteral("applicant"), QStringLiteral("active"), QStringLiteral("paused"),
            QStringLiteral("left")};
}

QStringList outcomeStatuses() {
    return {QStringLiteral("attended"), QStringLiteral("resident_no_show"),
            QStringLiteral("volunteer_no_show"), QStringLiteral("cancelled")};
}

bool isOpenStatus(const QString &status) {
    return status == QLatin1String("requested") || status == QLatin1String("confirmed");
}

QString skillAreaName(const QString &key) {
    if (key == QLatin1String("communicating")) {
        return QCoreApplication::translate("BookingKeys", "Communicating");
    }
    if (key == QLatin1String("handling_information")) {
        return QCoreApplication::translate("BookingKeys", "Handling information and content");
    }
    if (key == QLatin1String("transacting")) {
        return QCoreApplication::translate("BookingKeys", "Transacting");
    }
    if (key == QLatin1String("problem_solving")) {
        return QCoreApplication::translate("BookingKeys", "Problem solving");
    }
    if (key == QLatin1String("being_safe")) {
        return QCoreApplication::translate("BookingKeys", "Being safe and legal online");
    }
    return key;
}

QStringList splitList(const QString &stored) {
    QStringList out;
    for (const QString &part : stored.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString item = part.trimmed().toLower();
        if (!item.isEmpty() && !out.contains(item)) {
            out.append(item);
        }
    }
    return out;
}

QString joinList(const QStringList &items) {
    return splitList(items.join(QLatin1Char(','))).join(QLatin1Char(','));
}

QString isoInstant(const QDateTime &utc) {
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseInstant(const QString &iso) {
    QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!t.isValid()) {
        t = QDateTime::fromString(iso, Qt::ISODate);
    }
    return t.isValid() ? t.toUTC() : QDateTime();
}

QDateTime parseLocalDateTime(const QString &text) {
    QString s = text.trimmed();
    if (s.size() >= 16 && s.at(10) == QLatin1Char(' ')) {
        s[10] = QLatin1Char('T');
    }
    // Only the date-and-time forms: a bare date is not a start time.
    if (s.size() < 16 || s.at(10) != QLatin1Char('T')) {
        return {};
    }
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid()) {
        t = QDateTime::fromString(s, Qt::ISODate);
    }
    if (!t.isValid()) {
        return {};
    }
    return t.toUTC(); // a time without Z or an offset is read as local time
}

int localMinuteOfDay(const QDateTime &instant) {
    const QTime t = instant.toLocalTime().time();
    return t.hour() * 60 + t.minute();
}

} // namespace BookingKeys
