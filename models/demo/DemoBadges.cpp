#include "DemoBadges.h"

#include "BulkInsert.h"
#include "DemoContext.h"
#include "DemoTime.h"

#include <algorithm>

void DemoBadges::generate(DemoContext &ctx, int fromPercent, int toPercent) {
    const char *const stage = QT_TRANSLATE_NOOP("DemoGenerator", "Badges");
    ctx.progress(stage, fromPercent, toPercent);
    BulkInsert insert(
        ctx.db,
        "INSERT INTO badge_achievements(id, learner_kind, learner_id, badge_id, achieved_on, branch_id, "
        "recorded_by, supported_by, source, revoked_at, revoked_by, revoke_reason, updated_at, hlc) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    const int badgeCount = int(ctx.badgeIds.size());
    std::vector<int> deck(static_cast<size_t>(badgeCount));
    for (int b = 0; b < badgeCount; ++b) {
        deck[size_t(b)] = b;
    }
    std::vector<int> activeVolunteers;
    for (int v = 0; v < int(ctx.volunteers.size()); ++v) {
        if (ctx.volunteers[size_t(v)].status == "active") {
            activeVolunteers.push_back(v);
        }
    }
    const qint64 earliest =
        ctx.today - std::min(ctx.counts.historyDays, 3 * 365); // badges of the last 3 years
    const int wanted = ctx.counts.badges;
    int written = 0;
    std::vector<qint64> days;

    // One learner's badges: k different ones, on increasing days between joining and yesterday.
    auto learner = [&](const char *kind, const QByteArray &learnerId, qint64 joinedDay, int branch, int k) {
        const qint64 first = std::max(earliest, joinedDay + 1);
        if (first > ctx.today - 1) {
            return;
        }
        k = std::min({k, badgeCount, wanted - written});
        days.clear();
        for (int i = 0; i < k; ++i) {
            days.push_back(ctx.between(int(first), int(ctx.today - 1)));
            std::swap(deck[size_t(i)],
                      deck[size_t(i + ctx.pick(badgeCount - i))]); // draw without replacement
        }
        std::sort(days.begin(), days.end());
        const bool resident = qstrcmp(kind, "resident") == 0;
        for (int i = 0; i < k; ++i) {
            const qint64 recordedAt = DemoTime::ukLocal(days[size_t(i)], 10 * 60 + ctx.pick(420));
            qint64 updatedAt = recordedAt;
            const bool revoked = ctx.chance(0.003);
            QByteArray supporter;
            if (resident && !activeVolunteers.empty() && ctx.chance(0.4)) {
                const DemoContext::Volunteer &vol = ctx.volunteers[size_t(ctx.pickFrom(activeVolunteers))];
                if (vol.createdDay < days[size_t(i)]) {
                    supporter = vol.id;
                }
            }
            insert.text(ctx.newId())
                .text(kind)
                .text(learnerId)
                .text(ctx.badgeIds[size_t(deck[size_t(i)])])
                .text(DemoTime::isoDate(days[size_t(i)]))
                .text(ctx.branches[size_t(branch)].id)
                .text(ctx.chance(0.75) ? ctx.librarianId : ctx.coordinatorId)
                .textOrNull(supporter)
                .text(ctx.chance(0.95) ? "desk" : "import");
            if (revoked) {
                // Recorded against the wrong learner and revoked by an administrator within a month.
                updatedAt = std::min(ctx.now - 3600, recordedAt + 86400 * ctx.between(1, 30));
                insert.text(DemoTime::isoInstant(updatedAt))
                    .text(ctx.adminId)
                    .text("Recorded against the wrong learner.");
            } else {
                insert.null().null().text("");
            }
            insert.text(DemoTime::isoInstant(updatedAt)).text(DemoTime::hlc(updatedAt)).insert();
            ++written;
        }
    };

    // Staff first (a handful each), then volunteers, then residents take the rest.
    const QByteArray *staff[] = {&ctx.adminId, &ctx.coordinatorId, &ctx.librarianId};
    for (const QByteArray *id : staff) {
        learner("staff", *id, ctx.historyStart - 30, ctx.libraries.front(), ctx.between(3, 10));
    }
    for (const DemoContext::Volunteer &vol : ctx.volunteers) {
        if (vol.status != "applicant" && ctx.chance(0.6)) {
            learner("volunteer", vol.id, vol.createdDay, vol.homeBranch, ctx.between(1, 12));
        }
    }
    const int residentCount = int(ctx.residents.ids.size());
    std::vector<bool> used(size_t(residentCount), false);
    int misses = 0;
    while (written < wanted && misses < residentCount) {
        const int r = ctx.pick(residentCount);
        if (used[size_t(r)]) {
            ++misses;
            continue;
        }
        used[size_t(r)] = true;
        const double roll = ctx.roll();
        const int k = roll < 0.45 ? ctx.between(1, 3) : roll < 0.85 ? ctx.between(4, 8) : ctx.between(9, 20);
        learner("resident", ctx.residents.ids[size_t(r)], ctx.residents.createdDay[size_t(r)],
                ctx.residents.homeBranch[size_t(r)], k);
        ctx.progress(stage, fromPercent, toPercent, written, wanted);
    }
}
