// A training pathway file (resources/training/techmates-pathway.json shape) an administrator imports.
#include "FuzzSupport.h"
#include "training/TrainingCatalogue.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    Fuzz::ensureApp();
    const PathwayFile file = PathwayFile::parseJson(Fuzz::bytes(data, size));
    if (file.ok()) {
        if (file.pathway.code.isEmpty() || file.pathway.units.isEmpty()) {
            Fuzz::violated("a pathway without a code or units was accepted");
        }
        for (TrainingUnit unit : file.pathway.units) {
            if (const std::optional<QString> why = PathwayFile::validate(unit)) {
                Fuzz::violated("an accepted unit fails its own check", *why);
            }
        }
    }
    for (const QString &p : file.problems) {
        if (p.trimmed().isEmpty()) {
            Fuzz::violated("a pathway problem without words");
        }
    }
    return 0;
}
