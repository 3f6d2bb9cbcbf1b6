#include "DemoPeople.h"

#include "BulkInsert.h"
#include "DemoContext.h"
#include "DemoNames.h"
#include "DemoTime.h"
#include "core/IdSource.h"
#include "residents/Resident.h"

#include <QDate>

namespace {

const char *const kSkillAreas[] = {"communicating", "handling_information", "transacting", "problem_solving",
                                   "being_safe"};

// An instant during opening hours (09:30–17:00 UK time) on a day.
qint64 duringOpeningHours(DemoContext &ctx, qint64 day) {
    return DemoTime::ukLocal(day, 9 * 60 + 30 + ctx.pick(450));
}

int residentAge(DemoContext &ctx) {
    // Digital exclusion leans old: four in ten borrowers are 65 or over.
    const double roll = ctx.roll();
    if (roll < 0.4) {
        return ctx.between(65, 95);
    }
    return roll < 0.7 ? ctx.between(40, 64) : ctx.between(18, 39);
}

int borrowerCategory(DemoContext &ctx, int age) {
    const double roll = ctx.roll();
    if (age >= 65) {
        return roll < 0.45 ? 2 : roll < 0.5 ? 1 : 0;
    }
    if (age < 26) {
        return roll < 0.12 ? 4 : roll < 0.22 ? 3 : roll < 0.27 ? 1 : 0;
    }
    return roll < 0.12 ? 3 : roll < 0.2 ? 1 : 0;
}

} // namespace

void DemoPeople::residents(DemoContext &ctx, int fromPercent, int toPercent) {
    static const char *const criteria[] = {"Universal Credit",
                                           "Pension Credit",
                                           "Jobseeker's Allowance",
                                           "Employment and Support Allowance",
                                           "Personal Independence Payment",
                                           "No internet at home",
                                           "No suitable device",
                                           "Care leaver",
                                           "Refugee resettlement",
                                           "Carer's Allowance"};
    static const char *const referrers[] = {
        "Age UK",         "Jobcentre Plus",    "Citizens Advice", "Social prescribing link worker",
        "Kirkbeck Homes", "Leaving care team", "Refugee Council", "Mind",
        "GP surgery",     "Self-referral"};
    static const char *const notes[] = {
        "Prefers afternoon appointments.", "Hard of hearing: face them when speaking.",
        "Needs the agreement in large print.", "A carer comes to sessions with them.",
        "Prefers a phone call to a text."};

    BulkInsert insert(
        ctx.db,
        "INSERT INTO residents(id, card, given_name, family_name, date_of_birth, phone, email, address, "
        "postcode, preferred_language, home_branch_id, borrower_category, eligibility_criterion, "
        "referral_org, consent_phone, consent_sms, consent_email, consent_post, notes, search_text, "
        "created_at, version, updated_at, hlc) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)");

    const int n = ctx.counts.residents;
    DemoContext::ResidentFacts &facts = ctx.residents;
    facts.ids.reserve(size_t(n));
    facts.createdDay.reserve(size_t(n));
    facts.given.reserve(size_t(n));
    facts.family.reserve(size_t(n));
    facts.homeBranch.reserve(size_t(n));
    facts.category.reserve(size_t(n));

    // Library cards: "2" and nine digits. Multiplying by 3^18 permutes 0…999,999,999, so every index gets a
    // different, unsequential-looking number.
    const qint64 cardOffset = ctx.pick(1000000000);
    // One in twenty residents was signed up when the programme launched; the rest join steadily since, in
    // index order, so "who had registered by day d" is a prefix of the residents.
    const int launchCohort = std::max(1, n / 20);
    const qint64 span = ctx.today - 1 - ctx.historyStart;
    const QList<DemoNames::Locality> &localities = DemoNames::localities();

    for (int i = 0; i < n; ++i) {
        const DemoNames::Person person = DemoNames::person(ctx.ids);
        const qint64 createdDay = i < launchCohort
                                      ? ctx.historyStart - 1
                                      : ctx.historyStart + span * (i - launchCohort) / (n - launchCohort);
        // The programme is for adults: everyone was at least 18 when they registered.
        const int age = std::max(residentAge(ctx), 19 + int((ctx.today - createdDay) / 365));
        const int category = borrowerCategory(ctx, age);
        const int library = ctx.pickFrom(ctx.libraries);
        // Most people live near their library; some use one across the borough.
        const int locality =
            ctx.chance(0.85) ? ctx.branches[size_t(library)].locality : ctx.pick(int(localities.size()));

        Resident r;
        r.id = QString::fromLatin1(ctx.newId());
        r.card = QStringLiteral("2%1").arg((qint64(i) * 387420489 + cardOffset) % 1000000000, 9, 10,
                                           QLatin1Char('0'));
        r.givenName = DemoNames::givenNames()[person.given];
        r.familyName = DemoNames::familyNames()[person.family];
        r.dateOfBirth = QDate::fromJulianDay(ctx.today - qint64((age + ctx.roll()) * 365.2425) - 1);
        const double phoneRoll = ctx.roll();
        const bool mobile = phoneRoll < 0.7;
        r.phone = mobile            ? DemoNames::mobile(ctx.ids)
                  : phoneRoll < 0.9 ? DemoNames::landline(ctx.ids)
                                    : QString();
        r.email = ctx.chance(age >= 65 ? 0.25 : 0.55) ? DemoNames::email(ctx.ids, r.givenName, r.familyName)
                                                      : QString();
        r.address = DemoNames::address(ctx.ids, localities[locality]);
        r.postcode = DemoNames::postcode(ctx.ids, localities[locality].district);
        r.preferredLanguage = person.language;
        r.homeBranchId = QString::fromLatin1(ctx.branches[size_t(library)].id);
        r.borrowerCategory = QString::fromLatin1(DemoContext::kCategories[category]);
        if (category != 0 || ctx.chance(0.5)) {
            r.eligibilityCriterion = QString::fromUtf8(
                category == 4 ? "Care leaver"
                              : ctx.pickFrom({criteria[0], criteria[1], criteria[2], criteria[3], criteria[4],
                                              criteria[5], criteria[6], criteria[8], criteria[9]}));
            r.referralOrg = QString::fromUtf8(category == 4                      ? "Leaving care team"
                                              : category == 2 && ctx.chance(0.5) ? "Age UK"
                                              : category == 3 && ctx.chance(0.6) ? "Jobcentre Plus"
                                                                                 : referrers[ctx.pick(10)]);
        }
        r.consentPhone = !r.phone.isEmpty() && ctx.chance(0.75);
        r.consentSms = mobile && ctx.chance(0.6);
        r.consentEmail = !r.email.isEmpty() && ctx.chance(0.6);
        r.consentPost = ctx.chance(0.35);
        if (ctx.chance(0.05)) {
            r.notes = QString::fromUtf8(notes[ctx.pick(5)]);
        }

        const qint64 created = duringOpeningHours(ctx, createdDay);
        // A few records were edited after registration (a new phone, a new address).
        const qint64 updated =
            ctx.chance(0.1) ? std::min(ctx.now - 3600, created + 86400 * ctx.between(1, 400)) : created;
        insert.text(r.id)
            .text(r.card)
            .text(r.givenName)
            .text(r.familyName)
            .text(r.dateOfBirth.toString(Qt::ISODate))
            .text(r.phone)
            .text(r.email)
            .text(r.address)
            .text(r.postcode)
            .text(r.preferredLanguage)
            .text(r.homeBranchId)
            .text(r.borrowerCategory)
            .text(r.eligibilityCriterion)
            .text(r.referralOrg)
            .integer(r.consentPhone)
            .integer(r.consentSms)
            .integer(r.consentEmail)
            .integer(r.consentPost)
            .text(r.notes)
            .text(r.searchText()) // the desk's own folding, so search finds generated residents
            .text(DemoTime::isoInstant(created))
            .text(DemoTime::isoInstant(std::max(created, updated)))
            .text(DemoTime::hlc(std::max(created, updated)))
            .insert();

        facts.ids.push_back(r.id.toLatin1());
        facts.createdDay.push_back(qint32(createdDay));
        facts.given.push_back(quint16(person.given));
        facts.family.push_back(quint16(person.family));
        facts.homeBranch.push_back(quint8(library));
        facts.category.push_back(quint8(category));
        if (i % 2048 == 0) {
            ctx.progress(QT_TRANSLATE_NOOP("DemoGenerator", "Residents"), fromPercent, toPercent, i, n);
        }
    }
}

void DemoPeople::volunteers(DemoContext &ctx) {
    ctx.progress(QT_TRANSLATE_NOOP("DemoGenerator", "Volunteers"), 30, 31);
    BulkInsert insert(
        ctx.db,
        "INSERT INTO volunteers(id, given_name, family_name, email, phone, languages, skills, channels, "
        "home_branch_id, status, dbs_certificate, dbs_issued_on, dbs_update_service, dbs_recheck_due, "
        "max_minutes_per_week, created_at, version, updated_at, hlc) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)");
    BulkInsert slotInsert(
        ctx.db, "INSERT INTO availability(id, volunteer_id, weekday, start_minute, end_minute, channel, "
                "branch_id, valid_from, slot_minutes, buffer_before, buffer_after, min_notice_hours, "
                "updated_at, hlc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 60, ?, ?, ?, ?, ?)");

    const int n = ctx.counts.volunteers;
    for (int i = 0; i < n; ++i) {
        const DemoNames::Person person = DemoNames::person(ctx.ids);
        DemoContext::Volunteer v;
        v.id = ctx.newId();
        v.givenName = DemoNames::givenNames()[person.given];
        v.familyName = DemoNames::familyNames()[person.family];
        // Volunteer 0 is the demo "volunteer" sign-in: active, checked, with sessions to look at.
        const double statusRoll = i == 0 ? 0.0 : ctx.roll();
        v.status = statusRoll < 0.7    ? "active"
                   : statusRoll < 0.78 ? "applicant"
                   : statusRoll < 0.88 ? "paused"
                                       : "left";
        v.createdDay = v.status == "applicant" ? ctx.today - ctx.between(7, 60)
                                               : ctx.between(int(ctx.historyStart), int(ctx.today - 90));
        v.homeBranch = ctx.pickFrom(ctx.libraries);

        // DBS: most current; one in ten due for a recheck within 60 days; one in ten lapsed.
        QByteArray certificate;
        if (v.status != "applicant") {
            const double dbsRoll = i == 0 ? 0.0 : ctx.roll();
            v.dbsRecheckDue = dbsRoll < 0.8   ? ctx.today + ctx.between(61, 3 * 365 - 1)
                              : dbsRoll < 0.9 ? ctx.today + ctx.between(1, 60)
                                              : ctx.today - ctx.between(1, 200);
            const qint64 number = qint64(ctx.ids.bounded(1000000000)) * 10;
            certificate =
                QStringLiteral("00%1").arg(number + ctx.pick(10), 10, 10, QLatin1Char('0')).toLatin1();
        }
        const bool dbsCurrent = v.dbsRecheckDue > ctx.today;

        QStringList languages{QStringLiteral("en")};
        if (person.language != QLatin1String("en")) {
            languages.append(person.language);
        }
        if (ctx.chance(0.1)) {
            const char *extra = ctx.pickFrom({"fr", "es", "de", "pl", "ur", "ar"});
            if (!languages.contains(QLatin1String(extra))) {
                languages.append(QLatin1String(extra));
            }
        }
        for (const char *area : kSkillAreas) {
            if (ctx.chance(0.6)) {
                v.skills.append(QLatin1String(area));
            }
        }
        if (v.skills.isEmpty()) {
            v.skills.append(QLatin1String(kSkillAreas[ctx.pick(5)]));
        }
        QStringList channels;
        for (const char *channel : {"phone", "video", "library"}) {
            if (i == 0 || ctx.chance(0.55)) {
                channels.append(QLatin1String(channel));
            }
        }
        if (channels.isEmpty()) {
            channels.append(QStringLiteral("library"));
        }
        if (dbsCurrent && ctx.chance(0.35)) {
            channels.append(QStringLiteral("home")); // home visits need a current DBS check
        }
        if (ctx.chance(0.3)) {
            channels.append(QStringLiteral("events"));
        }

        const qint64 created = duringOpeningHours(ctx, v.createdDay);
        const QByteArray stamp = DemoTime::isoInstant(created);
        const QByteArray hlc = DemoTime::hlc(created);
        insert.text(v.id)
            .text(v.givenName)
            .text(v.familyName)
            .text(DemoNames::email(ctx.ids, v.givenName, v.familyName))
            .text(DemoNames::mobile(ctx.ids))
            .text(languages.join(QLatin1Char(',')))
            .text(v.skills.join(QLatin1Char(',')))
            .text(channels.join(QLatin1Char(',')))
            .text(ctx.branches[size_t(v.homeBranch)].id)
            .text(v.status)
            .text(certificate);
        if (v.dbsRecheckDue != 0) {
            const QDate due = QDate::fromJulianDay(v.dbsRecheckDue);
            insert.text(due.addYears(-3).toString(Qt::ISODate))
                .integer(ctx.chance(0.4))
                .text(due.toString(Qt::ISODate));
        } else {
            insert.null().integer(0).null();
        }
        v.maxMinutesPerWeek = 60 * ctx.between(2, 10);
        insert.integer(v.maxMinutesPerWeek).text(stamp).text(stamp).text(hlc).insert();

        // Weekly availability for those who give sessions: one to three weekday blocks, on the hour.
        if (v.status == "active" || v.status == "paused") {
            QStringList sessionChannels = channels;
            sessionChannels.removeAll(QStringLiteral("events"));
            bool usedDay[8] = {};
            const int blocks = ctx.between(1, 3);
            for (int b = 0; b < blocks; ++b) {
                DemoContext::Slot slot;
                slot.weekday = ctx.between(1, 5);
                if (usedDay[slot.weekday]) {
                    continue;
                }
                usedDay[slot.weekday] = true;
                slot.startMinute = 60 * ctx.between(9, 14);
                slot.endMinute = std::min(18 * 60, slot.startMinute + 60 * ctx.between(2, 4));
                slot.channel = sessionChannels[ctx.pick(int(sessionChannels.size()))].toLatin1();
                slot.branch = slot.channel == "library" ? v.homeBranch : -1;
                v.availability.push_back(slot);
            }
            if (channels.contains(QStringLiteral("events"))) {
                v.availability.push_back(
                    {6, 10 * 60, 13 * 60, "events", v.homeBranch}); // Saturday tea parties
            }
            for (const DemoContext::Slot &slot : v.availability) {
                slotInsert.text(ctx.newId())
                    .text(v.id)
                    .integer(slot.weekday)
                    .integer(slot.startMinute)
                    .integer(slot.endMinute)
                    .text(slot.channel)
                    .textOrNull(slot.branch >= 0 ? ctx.branches[size_t(slot.branch)].id : QByteArray())
                    .text(DemoTime::isoDate(v.createdDay))
                    .integer(slot.channel == "home" ? 15 : 0)
                    .integer(slot.channel == "home" ? 15 : 0)
                    .integer(slot.channel == "home" ? 48 : 24)
                    .text(stamp)
                    .text(hlc)
                    .insert();
            }
        }
        ctx.volunteers.push_back(std::move(v));
    }
}
