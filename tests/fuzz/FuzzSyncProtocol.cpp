// Sync protocol JSON from the server (docs/sync.md): a pull page, a push answer's outcomes, an op. Every
// parse must refuse bad input with a message and never crash; what parses must survive a round trip; a page
// that parses is applied to a store (ChangeApplier), which must refuse or write it whole.
#include "FuzzSupport.h"
#include "store/StoreError.h"
#include "sync/ChangeApplier.h"
#include "sync/SyncProtocol.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace SyncProtocol;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    TestStore &t = Fuzz::store();
    const QJsonDocument doc = QJsonDocument::fromJson(Fuzz::bytes(data, size));
    if (!doc.isObject()) {
        return 0;
    }
    const QJsonObject json = doc.object();
    QString error;
    if (std::optional<Op> op = opFromJson(json, &error)) {
        const std::optional<Op> again = opFromJson(toJson(*op), &error);
        if (!again || toJson(*again) != toJson(*op)) {
            Fuzz::violated("an op does not survive a round trip", error);
        }
    } else if (error.isEmpty()) {
        Fuzz::violated("an op was refused without a reason");
    }
    error.clear();
    if (std::optional<Outcome> outcome = outcomeFromJson(json, &error)) {
        const std::optional<Outcome> again = outcomeFromJson(toJson(*outcome), &error);
        if (!again || toJson(*again) != toJson(*outcome)) {
            Fuzz::violated("an outcome does not survive a round trip", error);
        }
    } else if (error.isEmpty()) {
        Fuzz::violated("an outcome was refused without a reason");
    }
    // A push answer: {"results": [outcome, …]}, as SyncSession reads it.
    for (const QJsonValue &v : json.value(QLatin1String("results")).toArray()) {
        outcomeFromJson(v.toObject(), &error);
    }
    error.clear();
    if (std::optional<Page> page = pageFromJson(json, &error)) {
        const std::optional<Page> again = pageFromJson(toJson(*page), &error);
        if (!again || toJson(*again) != toJson(*page)) {
            Fuzz::violated("a page does not survive a round trip", error);
        }
        // Start every page from checkpoint 0, so earlier inputs do not shadow later ones.
        ChangeApplier::setState(t.store(), QStringLiteral("pull_seq"), QStringLiteral("0"));
        try {
            ChangeApplier(t.store()).apply(*page);
        } catch (const StoreError &e) {
            if (e.message().isEmpty()) {
                Fuzz::violated("a page was refused without a reason");
            }
        }
    } else if (error.isEmpty()) {
        Fuzz::violated("a page was refused without a reason");
    }
    return 0;
}
