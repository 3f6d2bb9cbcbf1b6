#include "DisplayFormat.h"

#include <QCoreApplication>
#include <QLocale>

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("DisplayFormat", text);
}
} // namespace

namespace DisplayFormat {

QString date(const QDate &date) {
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMM yyyy")) : QString();
}

QString dateTime(const QDateTime &instant) {
    return instant.isValid()
               ? QLocale().toString(instant.toLocalTime(), QStringLiteral("ddd d MMM yyyy, HH:mm"))
               : QString();
}

QString minutes(int minutes) {
    // Sessions are booked in minutes; "90 min" reads the same in the singular and the plural.
    return tr("%1 min").arg(minutes);
}

QString channel(const QString &key) {
    if (key == QLatin1String("phone")) {
        return tr("Phone");
    }
    if (key == QLatin1String("video")) {
        return tr("Video call");
    }
    if (key == QLatin1String("library")) {
        return tr("In the library");
    }
    if (key == QLatin1String("home")) {
        return tr("Home visit");
    }
    if (key == QLatin1String("events")) {
        return tr("Events");
    }
    return key;
}

QString bookingStatus(const QString &key) {
    if (key == QLatin1String("requested")) {
        return tr("Requested");
    }
    if (key == QLatin1String("confirmed")) {
        return tr("Confirmed");
    }
    if (key == QLatin1String("attended")) {
        return tr("Attended");
    }
    if (key == QLatin1String("resident_no_show")) {
        return tr("Resident did not come");
    }
    if (key == QLatin1String("volunteer_no_show")) {
        return tr("Volunteer did not come");
    }
    if (key == QLatin1String("cancelled")) {
        return tr("Cancelled");
    }
    return key;
}

QString deviceStatus(const QString &key) {
    if (key == QLatin1String("available")) {
        return tr("Available");
    }
    if (key == QLatin1String("on_loan")) {
        return tr("On loan");
    }
    if (key == QLatin1String("awaiting_wipe")) {
        return tr("Awaiting wipe");
    }
    if (key == QLatin1String("in_repair")) {
        return tr("In repair");
    }
    if (key == QLatin1String("in_transit")) {
        return tr("In transit");
    }
    if (key == QLatin1String("lost")) {
        return tr("Lost");
    }
    if (key == QLatin1String("retired")) {
        return tr("Retired");
    }
    return key;
}

QStringList borrowerCategoryKeys() {
    return {QStringLiteral("standard"), QStringLiteral("priority"), QStringLiteral("care_leaver"),
            QStringLiteral("older_person"), QStringLiteral("jobseeker")};
}

QString borrowerCategory(const QString &key) {
    if (key == QLatin1String("standard")) {
        return tr("Standard");
    }
    if (key == QLatin1String("priority")) {
        return tr("Priority");
    }
    if (key == QLatin1String("care_leaver")) {
        return tr("Care leaver");
    }
    if (key == QLatin1String("older_person")) {
        return tr("Older person");
    }
    if (key == QLatin1String("jobseeker")) {
        return tr("Jobseeker");
    }
    return key;
}

QString learnerKind(const QString &key) {
    if (key == QLatin1String("resident")) {
        return tr("Resident");
    }
    if (key == QLatin1String("volunteer")) {
        return tr("Volunteer");
    }
    if (key == QLatin1String("staff")) {
        return tr("Staff");
    }
    return key;
}

QString branchKind(const QString &key) {
    if (key == QLatin1String("library")) {
        return tr("Library");
    }
    if (key == QLatin1String("partner")) {
        return tr("Partner");
    }
    return key;
}

} // namespace DisplayFormat
