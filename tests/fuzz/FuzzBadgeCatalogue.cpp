// A badge catalogue file (JSON or CSV) a coordinator loads. Every problem is listed; a catalogue that
// parses must write back out (toJson / toCsv) and read again to the same badges.
#include "FuzzSupport.h"
#include "skills/BadgeCatalogue.h"

namespace {
bool sameBadges(const QList<Badge> &a, const QList<Badge> &b) {
    if (a.size() != b.size()) {
        return false;
    }
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].code != b[i].code || a[i].name != b[i].name || a[i].category != b[i].category ||
            a[i].points != b[i].points || a[i].active != b[i].active) {
            return false;
        }
    }
    return true;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    Fuzz::ensureApp();
    const QByteArray bytes = Fuzz::bytes(data, size);
    const BadgeCatalogueFile json = BadgeCatalogueFile::parseJson(bytes);
    if (json.ok()) {
        const BadgeCatalogueFile again =
            BadgeCatalogueFile::parseJson(BadgeCatalogueFile::toJson(json.badges, json.awardLevels));
        if (!again.ok() || !sameBadges(again.badges, json.badges) ||
            again.awardLevels.size() != json.awardLevels.size()) {
            Fuzz::violated("a JSON catalogue does not survive a round trip",
                           again.problems.join(QLatin1Char('\n')));
        }
    }
    const BadgeCatalogueFile csv = BadgeCatalogueFile::parseCsv(bytes);
    if (csv.ok()) {
        const BadgeCatalogueFile again = BadgeCatalogueFile::parseCsv(BadgeCatalogueFile::toCsv(csv.badges));
        if (!again.ok() || !sameBadges(again.badges, csv.badges)) {
            Fuzz::violated("a CSV catalogue does not survive a round trip",
                           again.problems.join(QLatin1Char('\n')));
        }
    }
    for (const BadgeCatalogueFile *f : {&json, &csv}) {
        for (const QString &p : f->problems) {
            if (p.trimmed().isEmpty()) {
                Fuzz::violated("a catalogue problem without words");
            }
        }
    }
    return 0;
}
