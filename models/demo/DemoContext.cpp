#include "DemoContext.h"

#include "DemoNames.h"
#include "DemoTime.h"
#include "core/IdSource.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <algorithm>
#include <sqlite3.h>

DemoCounts DemoCounts::forScale(DemoOptions::Scale scale) {
    DemoCounts c;
    if (scale == DemoOptions::Scale::Borough) {
        c.residents = 328000;
        c.devices = 5000;
        c.sims = 20000;
        c.pastLoans = 1000000;
        c.activeLoans = 3500;
        c.volunteers = 2000;
        c.bookings = 300000;
        c.events = 400;
        c.badges = 500000;
        c.evidence = 50000;
        c.claims = 40;
        // A million loans of five thousand devices is about two hundred loans each: eight years of
        // short loans (the figure is the benchmark's, see DESIGN.md §5).
        c.historyDays = 8 * 365;
    } else {
        c.residents = 600;
        c.devices = 120;
        c.sims = 200;
        c.pastLoans = 400;
        c.activeLoans = 60;
        c.volunteers = 40;
        c.bookings = 500;
        c.events = 10;
        c.badges = 800;
        c.evidence = 300;
        c.claims = 3;
        c.historyDays = 3 * 365;
    }
    return c;
}

DemoContext::DemoContext(sqlite3 *db_, IdSource &ids_, const DemoOptions &options,
                         DemoGenerator::Progress progress)
    : db(db_)
    , ids(ids_)
    , counts(DemoCounts::forScale(options.scale))
    , today(options.today.toJulianDay())
    , now(DemoTime::utc(options.today.toJulianDay(), 6 * 3600))
    , historyStart(options.today.toJulianDay() - DemoCounts::forScale(options.scale).historyDays)
    , m_progress(std::move(progress)) {}

QByteArray DemoContext::newId() {
    return ids.newId().toLatin1();
}

int DemoContext::pick(int n) {
    return n <= 0 ? 0 : int(ids.bounded(quint32(n)));
}

int DemoContext::between(int lowest, int highest) {
    return highest <= lowest ? lowest : lowest + pick(highest - lowest + 1);
}

bool DemoContext::chance(double probability) {
    return ids.uniform() < probability;
}

double DemoContext::roll() {
    return ids.uniform();
}

const char *DemoContext::pickFrom(std::initializer_list<const char *> items) {
    return *(items.begin() + pick(int(items.size())));
}

void DemoContext::exec(const char *sql) {
    char *err = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
        const QString message = QString::fromUtf8(err ? err : "unknown error");
        sqlite3_free(err);
        throw StoreError(QStringLiteral("The demo generator could not run “%1”: %2")
                             .arg(QString::fromUtf8(sql).simplified().left(120), message));
    }
}

void DemoContext::progress(const char *stage, int fromPercent, int toPercent, qint64 done, qint64 total) {
    if (!m_progress) {
        return;
    }
    const int percent = fromPercent + int((toPercent - fromPercent) * done / std::max<qint64>(total, 1));
    if (percent != m_lastPercent || qstrcmp(stage, m_lastStage) != 0) {
        m_lastPercent = percent;
        m_lastStage = stage;
        m_progress(percent, QCoreApplication::translate("DemoGenerator", stage));
    }
}

int DemoContext::residentsRegisteredBefore(qint64 day) const {
    const auto it = std::lower_bound(residents.createdDay.begin(), residents.createdDay.end(), qint32(day));
    return int(it - residents.createdDay.begin());
}

QString DemoContext::residentName(int index) const {
    return DemoNames::givenNames()[residents.given[size_t(index)]] + QLatin1Char(' ') +
           DemoNames::familyNames()[residents.family[size_t(index)]];
}

int DemoContext::loanDays(int category, int deviceType) const {
    if (deviceTypes[size_t(deviceType)].category == "mifi" && category == 0) {
        return 28; // data hotspots: monthly check-ins
    }
    switch (category) {
    case 1: // priority
    case 2: // older_person
    case 4: // care_leaver
        return 84;
    default:
        return 56;
    }
}

int DemoContext::maxRenewals(int category, int deviceType) const {
    if (deviceTypes[size_t(deviceType)].category == "mifi" && category == 0) {
        return 5;
    }
    return category == 2 || category == 4 ? 3 : 2;
}
