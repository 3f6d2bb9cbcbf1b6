#include "DemoTraining.h"

#include "BulkInsert.h"
#include "DemoContext.h"
#include "DemoTime.h"

#include <QDate>
#include <algorithm>

namespace {

struct Enrolment {
    int volunteer = 0;
    qint64 enrolledDay = 0;
    qint64 lastDay = 0;      // the latest day of their evidence
    int outcomes = 0;        // outcomes evidenced, in pathway order
    int awaitingSignOff = 0; // of those, the latest ones not yet signed off
    std::vector<int> extra;  // further pieces of evidence per outcome
};

struct Achievement {
    int volunteer = 0;
    int unit = 0;
    qint64 day = 0;
};

const char *const kNotes[] = {
    "I practised this with a learner at Central Library and reflected on it with my coordinator.",
    "I explained this in my own words during the team meeting; notes attached to my file.",
    "I supported a learner through this step by step and wrote up what went well.",
    "Completed the e-learning module and discussed the scenario questions.",
};

const char *const kObservations[] = {
    "Observed during a library session: calm, clear and patient with the learner.",
    "Observed on a phone session: checked understanding and recorded the outcome.",
    "Observed at a tea party: adapted to a learner with low vision.",
};

} // namespace

void DemoTraining::generate(DemoContext &ctx, int fromPercent, int toPercent) {
    const char *const stage = QT_TRANSLATE_NOOP("DemoGenerator", "Training");
    ctx.progress(stage, fromPercent, toPercent);

    // Outcomes in pathway order, each knowing its unit.
    std::vector<QByteArray> outcomes;
    std::vector<int> unitOf;
    std::vector<int> seqInUnit;
    for (int u = 0; u < int(ctx.units.size()); ++u) {
        int seq = 0;
        for (const QByteArray &o : ctx.units[size_t(u)].outcomes) {
            outcomes.push_back(o);
            unitOf.push_back(u);
            seqInUnit.push_back(seq++);
        }
    }
    const int outcomeCount = int(outcomes.size());

    // 1. Who is enrolled, and how far each has got. A quarter of the experienced volunteers have graduated,
    //    as far as the evidence budget allows (a graduate needs evidence for every outcome).
    std::vector<Enrolment> enrolments;
    for (int v = 0; v < int(ctx.volunteers.size()); ++v) {
        const DemoContext::Volunteer &vol = ctx.volunteers[size_t(v)];
        if (vol.status != "applicant" || ctx.chance(0.5)) {
            Enrolment e;
            e.volunteer = v;
            e.enrolledDay = std::min(ctx.today - 1, vol.createdDay + ctx.between(0, 30));
            enrolments.push_back(e);
        }
    }
    const int budget = ctx.counts.evidence;
    const int graduates = std::min(int(enrolments.size()) / 4, budget / (2 * outcomeCount));
    qint64 partialTotal = 0;
    for (int i = 0; i < int(enrolments.size()); ++i) {
        Enrolment &e = enrolments[size_t(i)];
        const bool applicant = ctx.volunteers[size_t(e.volunteer)].status == "applicant";
        // Volunteer 0 (the demo "volunteer" sign-in) is half-way, so their training screen has both kinds.
        e.outcomes = e.volunteer == 0 ? outcomeCount / 2
                     : applicant      ? ctx.between(0, 3)
                                      : ctx.between(0, outcomeCount - 1);
        partialTotal += e.outcomes;
    }
    int graduated = 0;
    for (Enrolment &e : enrolments) {
        if (graduated < graduates && e.volunteer != 0 &&
            ctx.volunteers[size_t(e.volunteer)].status != "applicant" && ctx.chance(0.35)) {
            partialTotal -= e.outcomes;
            e.outcomes = outcomeCount;
            ++graduated;
        }
    }
    // Scale the others down when the evidence budget is smaller than their progress.
    const qint64 room = budget - qint64(graduated) * outcomeCount;
    if (partialTotal > room) {
        for (Enrolment &e : enrolments) {
            if (e.outcomes < outcomeCount) {
                e.outcomes = int(qint64(e.outcomes) * std::max<qint64>(0, room) / partialTotal);
            }
        }
    }
    qint64 evidenced = 0;
    for (Enrolment &e : enrolments) {
        e.extra.assign(size_t(outcomeCount), 0);
        evidenced += e.outcomes;
        // The newest one or two outcomes of someone still training wait for the assessor.
        e.awaitingSignOff = e.outcomes == outcomeCount ? 0 : std::min(e.outcomes, ctx.between(0, 2));
        e.lastDay = e.outcomes == outcomeCount
                        ? std::min(ctx.today - 20, e.enrolledDay + ctx.between(90, 365))
                        : std::max(e.enrolledDay, ctx.today - ctx.between(1, 60));
        e.lastDay = std::max(e.lastDay, e.enrolledDay);
    }
    // Whatever budget is left becomes second and third pieces of evidence for outcomes already evidenced.
    std::vector<int> withEvidence;
    for (int i = 0; i < int(enrolments.size()); ++i) {
        if (enrolments[size_t(i)].outcomes > 0) {
            withEvidence.push_back(i);
        }
    }
    for (qint64 left = budget - evidenced; left > 0 && !withEvidence.empty(); --left) {
        Enrolment &e = enrolments[size_t(ctx.pickFrom(withEvidence))];
        ++e.extra[size_t(ctx.pick(e.outcomes))];
    }

    // 2. Rows.
    BulkInsert enrol(ctx.db,
                     "INSERT INTO enrolments(id, volunteer_id, pathway_id, enrolled_on, graduated_on, "
                     "updated_at, hlc) VALUES (?, ?, ?, ?, ?, ?, ?)");
    BulkInsert evidence(ctx.db, "INSERT INTO evidence(id, volunteer_id, outcome_id, kind, note, author_id, "
                                "created_at, updated_at, hlc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    BulkInsert signoff(ctx.db,
                       "INSERT INTO outcome_signoffs(id, volunteer_id, outcome_id, assessor_id, signed_at, "
                       "updated_at, hlc) VALUES (?, ?, ?, ?, ?, ?, ?)");
    BulkInsert unitAchieved(ctx.db, "INSERT INTO unit_achievements(id, volunteer_id, unit_id, achieved_on, "
                                    "verified_by, updated_at, hlc) VALUES (?, ?, ?, ?, ?, ?, ?)");
    std::vector<Achievement> achievements;
    qint64 done = 0;
    for (const Enrolment &e : enrolments) {
        const DemoContext::Volunteer &vol = ctx.volunteers[size_t(e.volunteer)];
        const int signedCount = e.outcomes - e.awaitingSignOff;
        qint64 unitDay = 0;
        qint64 graduatedDay = 0;
        for (int k = 0; k < e.outcomes; ++k) {
            // Evidence spreads evenly from enrolment to the latest day; sign-off follows within a fortnight.
            const qint64 day =
                e.enrolledDay + (e.lastDay - e.enrolledDay) * (k + 1) / std::max(1, e.outcomes);
            // As DemoReference words them: a unit's 1st and 3rd outcomes ask for an observation.
            const bool observed = seqInUnit[size_t(k)] % 2 == 0;
            for (int piece = 0; piece <= e.extra[size_t(k)]; ++piece) {
                const qint64 at = DemoTime::ukLocal(day, 9 * 60 + 30 + ctx.pick(420));
                // Written by the volunteer when they have a sign-in; otherwise by the librarian who observed
                // or typed it up. Never by the coordinator, who assesses it.
                const QByteArray author =
                    e.volunteer == 0 && !observed ? ctx.volunteerUserId : ctx.librarianId;
                evidence.text(ctx.newId())
                    .text(vol.id)
                    .text(outcomes[size_t(k)])
                    .text(observed ? "observation" : "note")
                    .text(observed ? kObservations[ctx.pick(3)] : kNotes[ctx.pick(4)])
                    .text(author)
                    .text(DemoTime::isoInstant(at))
                    .text(DemoTime::isoInstant(at))
                    .text(DemoTime::hlc(at))
                    .insert();
            }
            if (k >= signedCount) {
                continue;
            }
            const qint64 signedDay = std::min(ctx.today - 1, day + ctx.between(1, 14));
            const qint64 signedAt = DemoTime::ukLocal(signedDay, 18 * 60); // after the day's evidence
            signoff.text(ctx.newId())
                .text(vol.id)
                .text(outcomes[size_t(k)])
                .text(ctx.coordinatorId)
                .text(DemoTime::isoInstant(signedAt))
                .text(DemoTime::isoInstant(signedAt))
                .text(DemoTime::hlc(signedAt))
                .insert();
            unitDay = std::max(unitDay, signedDay);
            const bool unitComplete = k + 1 == outcomeCount || unitOf[size_t(k + 1)] != unitOf[size_t(k)];
            if (unitComplete) {
                const qint64 at = std::min(ctx.now - 3600, DemoTime::ukLocal(unitDay, 18 * 60 + 30));
                unitAchieved.text(ctx.newId())
                    .text(vol.id)
                    .text(ctx.units[size_t(unitOf[size_t(k)])].id)
                    .text(DemoTime::isoDate(unitDay))
                    .text(ctx.coordinatorId)
                    .text(DemoTime::isoInstant(at))
                    .text(DemoTime::hlc(at))
                    .insert();
                achievements.push_back({e.volunteer, unitOf[size_t(k)], unitDay});
                if (k + 1 == outcomeCount) {
                    graduatedDay = unitDay; // every unit of the pathway achieved
                }
                unitDay = 0;
            }
        }
        const qint64 enrolledAt = DemoTime::ukLocal(e.enrolledDay, 10 * 60);
        const qint64 updatedAt = graduatedDay != 0
                                     ? std::min(ctx.now - 3600, DemoTime::ukLocal(graduatedDay, 19 * 60))
                                     : enrolledAt;
        enrol.text(ctx.newId())
            .text(vol.id)
            .text(ctx.pathwayId)
            .text(DemoTime::isoDate(e.enrolledDay))
            .textOrNull(graduatedDay != 0 ? DemoTime::isoDate(graduatedDay) : QByteArray())
            .text(DemoTime::isoInstant(updatedAt))
            .text(DemoTime::hlc(updatedAt))
            .insert();
        ctx.progress(stage, fromPercent, toPercent, ++done, qint64(enrolments.size()));
    }

    // 3. Claims: achieved units in date order, batched; the older batches certificated, then one submitted
    //    and one draft; the newest achievements not yet claimed.
    std::sort(achievements.begin(), achievements.end(), [](const Achievement &a, const Achievement &b) {
        return a.day != b.day               ? a.day < b.day
               : a.volunteer != b.volunteer ? a.volunteer < b.volunteer
                                            : a.unit < b.unit;
    });
    const int claims = ctx.counts.claims;
    const int claimable = int(achievements.size()) * 9 / 10;
    if (claims == 0 || claimable == 0) {
        return;
    }
    BulkInsert claim(ctx.db,
                     "INSERT INTO claims(id, reference, status, created_by, created_at, submitted_at, "
                     "certificated_at, updated_at, hlc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    BulkInsert item(ctx.db,
                    "INSERT INTO claim_items(id, claim_id, volunteer_id, unit_id, certificate_number, "
                    "updated_at, hlc) VALUES (?, ?, ?, ?, ?, ?, ?)");
    int certificate = 1000000 + ctx.pick(1000000);
    for (int c = 0; c < claims; ++c) {
        const int from = claimable * c / claims;
        const int to = claimable * (c + 1) / claims;
        if (from == to) {
            continue;
        }
        const qint64 createdAt = std::min(
            ctx.now - 7200, DemoTime::ukLocal(achievements[size_t(to - 1)].day + ctx.between(1, 7), 10 * 60));
        const qint64 submittedAt = createdAt + 86400 * 7;
        const qint64 certificatedAt = submittedAt + 86400 * ctx.between(28, 42);
        // The last batch is still a draft, the one before it with the awarding body, unless time ran out.
        QByteArray status = c == claims - 1 ? "draft" : c == claims - 2 ? "submitted" : "certificated";
        if (status == "certificated" && certificatedAt >= ctx.now) {
            status = "submitted";
        }
        if (status == "submitted" && submittedAt >= ctx.now) {
            status = "draft";
        }
        const qint64 updatedAt = status == "certificated" ? certificatedAt
                                 : status == "submitted"  ? submittedAt
                                                          : createdAt;
        const QByteArray id = ctx.newId();
        const int year = QDate::fromJulianDay(DemoTime::dayOf(createdAt)).year();
        claim.text(id)
            .text(QStringLiteral("TM-UAS-%1-%2").arg(year).arg(c + 1, 3, 10, QLatin1Char('0')))
            .text(status)
            .text(ctx.coordinatorId)
            .text(DemoTime::isoInstant(createdAt))
            .textOrNull(status != "draft" ? DemoTime::isoInstant(submittedAt) : QByteArray())
            .textOrNull(status == "certificated" ? DemoTime::isoInstant(certificatedAt) : QByteArray())
            .text(DemoTime::isoInstant(updatedAt))
            .text(DemoTime::hlc(updatedAt))
            .insert();
        for (int a = from; a < to; ++a) {
            const Achievement &achievement = achievements[size_t(a)];
            item.text(ctx.newId())
                .text(id)
                .text(ctx.volunteers[size_t(achievement.volunteer)].id)
                .text(ctx.units[size_t(achievement.unit)].id)
                .text(status == "certificated" ? QStringLiteral("UA%1").arg(certificate++).toLatin1()
                                               : QByteArray())
                .text(DemoTime::isoInstant(updatedAt))
                .text(DemoTime::hlc(updatedAt))
                .insert();
        }
    }
}
