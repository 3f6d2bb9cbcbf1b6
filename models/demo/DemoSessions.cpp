#include "DemoSessions.h"

#include "BulkInsert.h"
#include "DemoContext.h"
#include "DemoTime.h"

#include <unordered_map>
#include <unordered_set>

namespace {

constexpr int kPastDays = 540;  // eighteen months of history
constexpr int kFutureDays = 42; // six weeks booked ahead

struct Need {
    const char *area;
    std::initializer_list<const char *> needs;
    std::initializer_list<const char *> tasks;
};

const Need kNeeds[] = {
    {"communicating",
     {"Wants to video call family abroad", "Set up an email address", "Use WhatsApp with the grandchildren"},
     {"Made a first video call", "Sent an email with a photo attached", "Joined a family WhatsApp group"}},
    {"handling_information",
     {"Find local bus times online", "Store photos safely", "Look up services on the council website"},
     {"Saved photos to cloud storage", "Bookmarked the council website",
      "Searched and compared bus journeys"}},
    {"transacting",
     {"Order a repeat prescription", "Apply for Universal Credit online", "Pay bills online"},
     {"Ordered a repeat prescription with the NHS App", "Updated the Universal Credit journal",
      "Set up a direct debit online"}},
    {"problem_solving",
     {"Tablet keeps running out of storage", "Cannot connect to Wi-Fi at home", "Forgot a password"},
     {"Cleared storage and updated the tablet", "Connected to home Wi-Fi",
      "Reset a password and saved it safely"}},
    {"being_safe",
     {"Worried about scam texts", "Set up a strong password", "Check privacy settings on Facebook"},
     {"Recognised and reported a scam text", "Turned on two-step verification", "Reviewed privacy settings"}},
};

// Keys for "who is busy in which hour": bookings sit on the hour and last at most 60 minutes, so two
// bookings of one person overlap exactly when they share an hour.
quint64 busyKey(int who, int person, qint64 day, int hour) {
    return (quint64(who) << 60) | (quint64(person) << 32) | quint64(day * 24 + hour);
}

} // namespace

void DemoSessions::generate(DemoContext &ctx, int fromPercent, int toPercent) {
    const char *const stage = QT_TRANSLATE_NOOP("DemoGenerator", "Sessions");
    ctx.progress(stage, fromPercent, toPercent);
    std::vector<int> bookable;
    for (int v = 0; v < int(ctx.volunteers.size()); ++v) {
        const DemoContext::Volunteer &vol = ctx.volunteers[size_t(v)];
        if (!vol.availability.empty() && vol.availability.front().channel != "events") {
            bookable.push_back(v);
        }
    }
    if (bookable.empty()) {
        return;
    }

    BulkInsert booking(
        ctx.db,
        "INSERT INTO bookings(id, volunteer_id, resident_id, branch_id, channel, starts_at, minutes, "
        "need_area, need_text, status, cancel_reason, skills_covered, tasks_achieved, confidence_before, "
        "confidence_after, referrals, notes, booked_by, updated_at, hlc) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    BulkInsert hours(ctx.db,
                     "INSERT INTO volunteer_hours(id, volunteer_id, worked_on, minutes, source, booking_id, "
                     "status, approved_by, updated_at, hlc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");

    std::unordered_set<quint64> busy;
    busy.reserve(size_t(ctx.counts.bookings) * 2);
    std::unordered_map<quint64, int> weekMinutes; // (volunteer, Monday-based week) → minutes booked
    const qint64 firstDay = ctx.today - kPastDays;
    const qint64 lastDay = ctx.today + kFutureDays;
    const int wanted = ctx.counts.bookings;
    int placed = 0;
    for (qint64 attempt = 0; placed < wanted && attempt < qint64(wanted) * 20; ++attempt) {
        const int v = ctx.pickFrom(bookable);
        const DemoContext::Volunteer &vol = ctx.volunteers[size_t(v)];
        const DemoContext::Slot &slot = vol.availability[size_t(ctx.pick(int(vol.availability.size())))];
        if (slot.channel == "events") {
            continue;
        }
        // Paused volunteers stopped taking sessions a month ago.
        const qint64 lower = std::max(firstDay, vol.createdDay + 14);
        const qint64 upper = vol.status == "paused" ? ctx.today - 30 : lastDay;
        if (lower > upper) {
            continue;
        }
        qint64 day = ctx.between(int(lower), int(upper));
        day += (slot.weekday - DemoTime::isoWeekday(day) + 7) % 7;
        if (day > upper) {
            day -= 7;
        }
        if (day < lower) {
            continue;
        }
        const int hour = ctx.between(slot.startMinute / 60, slot.endMinute / 60 - 1);
        const quint64 volunteerKey = busyKey(0, v, day, hour);
        if (busy.count(volunteerKey)) {
            continue;
        }
        // Half the sessions go to regular learners (one resident in nine) who come back for more.
        const int registered = ctx.residentsRegisteredBefore(day - 1);
        if (registered == 0) {
            continue;
        }
        const int resident = registered > 4 && ctx.chance(0.5) ? 4 + 9 * ctx.pick((registered - 4 + 8) / 9)
                                                               : ctx.pick(registered);
        const quint64 residentKey = busyKey(1, resident, day, hour);
        if (resident >= registered || busy.count(residentKey)) {
            continue;
        }
        static const int lengths[] = {30, 45, 60, 60};
        const int minutes = lengths[ctx.pick(4)];
        // Within the volunteer's weekly limit (Julian day / 7 runs Monday to Sunday). Cancelled sessions
        // count too, which only makes the generated weeks lighter.
        int &bookedThisWeek = weekMinutes[(quint64(v) << 32) | quint64(day / 7)];
        if (bookedThisWeek + minutes > vol.maxMinutesPerWeek) {
            continue;
        }
        bookedThisWeek += minutes;
        busy.insert(volunteerKey);
        busy.insert(residentKey);
        ++placed;

        // Home visits need a DBS check that is current on the day; otherwise the session moves to the phone.
        QByteArray channel = slot.channel;
        if (channel == "home" && vol.dbsRecheckDue <= day) {
            channel = "phone";
        }
        QByteArray branch;
        if (channel == "library" && slot.branch >= 0) {
            branch = ctx.branches[size_t(slot.branch)].id;
        } else if (channel == "home") {
            branch = ctx.branches[size_t(ctx.residents.homeBranch[size_t(resident)])].id;
        }
        const qint64 startsAt = DemoTime::ukLocal(day, hour * 60);
        const qint64 endsAt = startsAt + minutes * 60;
        const bool past = day < ctx.today;

        const char *status = "confirmed";
        const double roll = ctx.roll();
        if (past) {
            status = roll < 0.74   ? "attended"
                     : roll < 0.82 ? "resident_no_show"
                     : roll < 0.85 ? "volunteer_no_show"
                                   : "cancelled";
        } else {
            status = roll < 0.25 ? "requested" : roll < 0.95 ? "confirmed" : "cancelled";
        }
        const bool attended = qstrcmp(status, "attended") == 0;
        const bool cancelled = qstrcmp(status, "cancelled") == 0;

        qint64 bookedDay = day - ctx.between(1, 21);
        if (bookedDay >= ctx.today) {
            bookedDay = ctx.today - ctx.between(1, 3);
        }
        bookedDay = std::max<qint64>(bookedDay, vol.createdDay);
        const qint64 bookedAt =
            std::min(DemoTime::ukLocal(bookedDay, 9 * 60 + ctx.pick(480)), ctx.now - 3600);
        qint64 updatedAt = bookedAt;
        if (attended || qstrcmp(status, "resident_no_show") == 0 ||
            qstrcmp(status, "volunteer_no_show") == 0) {
            updatedAt = endsAt + 60 * ctx.between(5, 240); // the outcome is recorded after the session
        } else if (cancelled) {
            updatedAt = bookedAt + (std::min(startsAt, ctx.now) - bookedAt) * ctx.pick(100) / 100;
        }

        // The need is one the volunteer can help with.
        const QString &area = vol.skills[ctx.pick(int(vol.skills.size()))];
        const Need *need = &kNeeds[0];
        for (const Need &candidate : kNeeds) {
            if (area == QLatin1String(candidate.area)) {
                need = &candidate;
            }
        }
        QByteArray skillsCovered;
        QByteArray tasks;
        QByteArray referrals;
        QByteArray notes;
        int before = 0;
        int after = 0;
        if (attended) {
            skillsCovered = need->area;
            if (ctx.chance(0.3)) {
                const char *other = kNeeds[ctx.pick(5)].area;
                if (qstrcmp(other, need->area) != 0) {
                    skillsCovered += QByteArray(",") + other;
                }
            }
            tasks = ctx.pickFrom(need->tasks);
            before = ctx.between(1, 3);
            after = std::min(5, before + ctx.between(0, 2));
            if (ctx.chance(0.1)) {
                referrals = ctx.pickFrom({"Social tariff broadband", "Library computer course",
                                          "Age UK digital buddy", "Device loan"});
            }
            if (ctx.chance(0.1)) {
                notes = ctx.pickFrom({"Would like a follow-up session.", "Brought their own tablet.",
                                      "Needed a large-print handout."});
            }
        }
        const QByteArray bookedBy = v == 0 && ctx.chance(0.3) ? ctx.volunteerUserId
                                    : ctx.chance(0.5)         ? ctx.coordinatorId
                                                              : ctx.librarianId;
        const QByteArray id = ctx.newId();
        booking.text(id)
            .text(vol.id)
            .text(ctx.residents.ids[size_t(resident)])
            .textOrNull(branch)
            .text(channel)
            .text(DemoTime::isoInstant(startsAt))
            .integer(minutes)
            .text(need->area)
            .text(ctx.pickFrom(need->needs))
            .text(status)
            .text(cancelled
                      ? ctx.pickFrom({"Resident unwell", "Volunteer unavailable",
                                      "Resident found help elsewhere", "Rebooked at the resident's request"})
                      : "")
            .text(skillsCovered);
        booking.text(tasks);
        if (attended) {
            booking.integer(before).integer(after);
        } else {
            booking.null().null();
        }
        booking.text(referrals)
            .text(notes)
            .text(bookedBy)
            .text(DemoTime::isoInstant(updatedAt))
            .text(DemoTime::hlc(updatedAt))
            .insert();

        if (attended) {
            // Hours from the last fortnight still wait for a coordinator's approval.
            const bool approved = day < ctx.today - 14;
            const qint64 approvedAt =
                approved ? std::min(ctx.now - 3600, DemoTime::ukLocal(day + ctx.between(3, 14), 11 * 60))
                         : updatedAt;
            hours.text(ctx.newId())
                .text(vol.id)
                .text(DemoTime::isoDate(day))
                .integer(minutes)
                .text("booking")
                .text(id)
                .text(approved ? "approved" : "pending")
                .textOrNull(approved ? ctx.coordinatorId : QByteArray())
                .text(DemoTime::isoInstant(approvedAt))
                .text(DemoTime::hlc(approvedAt))
                .insert();
        }
        if (placed % 2048 == 0) {
            ctx.progress(stage, fromPercent, toPercent, placed, wanted);
        }
    }
    events(ctx);
}

void DemoSessions::events(DemoContext &ctx) {
    std::vector<int> helpers; // volunteers who help at events
    for (int v = 0; v < int(ctx.volunteers.size()); ++v) {
        for (const DemoContext::Slot &slot : ctx.volunteers[size_t(v)].availability) {
            if (slot.channel == "events") {
                helpers.push_back(v);
            }
        }
    }
    BulkInsert event(ctx.db,
                     "INSERT INTO events(id, branch_id, title, starts_at, minutes, headcount, topics, "
                     "updated_at, hlc) VALUES (?, ?, ?, ?, 120, ?, ?, ?, ?)");
    BulkInsert helper(ctx.db, "INSERT INTO event_volunteers(id, event_id, volunteer_id, updated_at, hlc) "
                              "VALUES (?, ?, ?, ?, ?)");
    BulkInsert hours(ctx.db,
                     "INSERT INTO volunteer_hours(id, volunteer_id, worked_on, minutes, source, status, "
                     "approved_by, updated_at, hlc) VALUES (?, ?, ?, 120, 'event', 'approved', ?, ?, ?)");
    // Helpers are busy for the whole event, so nobody is at two tea parties on one Saturday.
    std::unordered_set<quint64> busy;
    static const char *const topics[] = {"video calls", "online shopping", "scams",         "NHS App",
                                         "photos",      "WhatsApp",        "online banking"};
    for (int e = 0; e < ctx.counts.events; ++e) {
        qint64 day = ctx.today - kPastDays + ctx.pick(kPastDays + kFutureDays);
        day += (6 - DemoTime::isoWeekday(day) + 7) % 7; // Saturdays
        const int library = ctx.pickFrom(ctx.libraries);
        const qint64 startsAt = DemoTime::ukLocal(day, 10 * 60);
        const bool past = day < ctx.today;
        const qint64 createdAt =
            std::min(ctx.now - 3600, DemoTime::ukLocal(day - ctx.between(14, 42), 11 * 60));
        const qint64 updatedAt = past ? std::min(ctx.now - 3600, startsAt + 3 * 3600) : createdAt;
        QStringList chosenTopics;
        for (const char *topic : topics) {
            if (ctx.chance(0.3)) {
                chosenTopics.append(QLatin1String(topic));
            }
        }
        const QByteArray id = ctx.newId();
        event.text(id)
            .text(ctx.branches[size_t(library)].id)
            .text(ctx.pickFrom({"Digital tea party", "Tech and tea", "Silver surfers' tea party",
                                "Bring your device tea party"}))
            .text(DemoTime::isoInstant(startsAt))
            .integer(past ? ctx.between(4, 25) : 0)
            .text(chosenTopics.join(QLatin1Char(',')))
            .text(DemoTime::isoInstant(updatedAt))
            .text(DemoTime::hlc(updatedAt))
            .insert();
        const int wantedHelpers = helpers.empty() ? 0 : ctx.between(1, 3);
        for (int h = 0, tries = 0; h < wantedHelpers && tries < 20; ++tries) {
            const int v = ctx.pickFrom(helpers);
            const DemoContext::Volunteer &vol = ctx.volunteers[size_t(v)];
            const quint64 key = (quint64(v) << 32) | quint64(day);
            if (vol.createdDay >= day || (vol.status != "active" && !past) || busy.count(key)) {
                continue;
            }
            busy.insert(key);
            ++h;
            helper.text(ctx.newId())
                .text(id)
                .text(vol.id)
                .text(DemoTime::isoInstant(createdAt))
                .text(DemoTime::hlc(createdAt))
                .insert();
            if (past) {
                hours.text(ctx.newId())
                    .text(vol.id)
                    .text(DemoTime::isoDate(day))
                    .text(ctx.coordinatorId)
                    .text(DemoTime::isoInstant(updatedAt))
                    .text(DemoTime::hlc(updatedAt))
                    .insert();
            }
        }
    }
}
