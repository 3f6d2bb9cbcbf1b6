#pragma once

// A store ready for badge tests: the default iDEA catalogue, Silver at 500 and Gold at 1,000, two residents.
#include "TestStore.h"
#include "skills/BadgeCatalogueCommands.h"
#include "skills/BadgeCommands.h"

#include <QTest>

namespace SkillsFixture {

inline const QString kAmaraCard = QStringLiteral("2000000001");
inline const QString kBenCard = QStringLiteral("2000000002");

struct People {
    QString amara;
    QString ben;
};

inline People prepare(TestStore &t) {
    const BadgeCatalogueFile file = BadgeCatalogueFile::defaultCatalogue();
    if (!file.ok()) {
        qFatal("default catalogue: %s", qPrintable(file.problems.join(QLatin1Char('\n'))));
    }
    ImportBadgeCatalogueCommand load(file.badges, file.awardLevels);
    if (!t.bus().execute(load, t.admin()).ok()) {
        qFatal("cannot load the catalogue");
    }
    for (const auto &[name, threshold] : {std::pair{"Silver", 500}, std::pair{"Gold", 1000}}) {
        SaveAwardLevelCommand level({QString(), QString::fromLatin1(name), threshold, 0});
        if (!t.bus().execute(level, t.admin()).ok()) {
            qFatal("cannot set an award level");
        }
    }
    return {t.addResident(QStringLiteral("Amara"), QStringLiteral("Nwosu"), kAmaraCard),
            t.addResident(QStringLiteral("Ben"), QStringLiteral("Okafor"), kBenCard)};
}

inline BadgeEntry entry(const QString &residentId, const QString &code, const QDate &on) {
    BadgeEntry e;
    e.learnerKind = QStringLiteral("resident");
    e.learnerId = residentId;
    e.badgeCode = code;
    e.achievedOn = on;
    return e;
}

} // namespace SkillsFixture
