#include "DemoReference.h"

#include "BulkInsert.h"
#include "DemoContext.h"
#include "DemoNames.h"
#include "DemoTime.h"
#include "core/IdSource.h"

namespace {
// Reference data predates the first loan by a month.
qint64 setUpAt(const DemoContext &ctx) {
    return DemoTime::utc(ctx.historyStart - 30, 9 * 3600);
}
} // namespace

void DemoReference::generate(DemoContext &ctx) {
    ctx.progress(QT_TRANSLATE_NOOP("DemoGenerator", "Branches and catalogues"), 1, 2);
    branches(ctx);
    deviceTypes(ctx);
    loanRules(ctx);
    badges(ctx);
    training(ctx);
    // The agreement every loan is signed against comes from migration 0002.
    ctx.loanTermsId = "4b0f3c52-5d1e-5d6a-9a57-2f2b7c1c0b03";
}

void DemoReference::branches(DemoContext &ctx) {
    struct Partner {
        const char *code;
        const char *name;
        int locality;
        const char *address;
    };
    static const Partner partners[] = {
        {"AUK", "Age UK Kirkbeck", 3, "Eastbrook Resource Centre, 2 Canal Street"},
        {"NCC", "Northfield Community Centre", 1, "Chapel Street"},
        {"MFB", "Millbridge Food Bank Hub", 5, "The Old School, Mill Lane"},
        {"SAC", "St Anne's Church Hall", 2, "St Mary's Close"},
        {"RJC", "Riverside Jobs Club", 11, "Unit 4, Wharf Street"},
        {"KRW", "Kirkbeck Refugee Welcome Centre", 0, "31 Victoria Street"},
    };
    BulkInsert insert(ctx.db, "INSERT INTO branches(id, code, name, kind, address, postcode, phone, email, "
                              "updated_at, hlc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    const qint64 at = setUpAt(ctx);
    const QString borough = QLatin1String(DemoNames::kBorough);
    const QList<DemoNames::Locality> &localities = DemoNames::localities();
    for (int i = 0; i < localities.size(); ++i) {
        const DemoNames::Locality &l = localities[i];
        const bool centre = i == 0;
        const QString name = centre ? QStringLiteral("Central Library") : l.name + QStringLiteral(" Library");
        const QString slug = centre ? QStringLiteral("central") : l.name.toLower().remove(QLatin1Char(' '));
        DemoContext::Branch b{ctx.newId(), name, true, i};
        insert.text(b.id)
            .text(l.libraryCode)
            .text(name)
            .text("library")
            .text(centre ? QStringLiteral("Market Square, Kirkbeck")
                         : QStringLiteral("%1 %2, %3, %4")
                               .arg(1 + ctx.pick(120))
                               .arg(DemoNames::street(ctx.ids), l.name, borough))
            .text(DemoNames::postcode(ctx.ids, l.district))
            .text(DemoNames::branchPhone(i))
            .text(QString(slug + QStringLiteral(".library@kirkbeck.example")))
            .text(DemoTime::isoInstant(at))
            .text(DemoTime::hlc(at))
            .insert();
        ctx.libraries.push_back(int(ctx.branches.size()));
        ctx.branches.push_back(b);
    }
    for (const Partner &p : partners) {
        const DemoNames::Locality &l = localities[p.locality];
        DemoContext::Branch b{ctx.newId(), QString::fromUtf8(p.name), false, p.locality};
        insert.text(b.id)
            .text(p.code)
            .text(p.name)
            .text("partner")
            .text(QString(QString::fromUtf8(p.address) + QStringLiteral(", ") + l.name +
                          QStringLiteral(", ") + borough))
            .text(DemoNames::postcode(ctx.ids, l.district))
            .text(DemoNames::branchPhone(int(ctx.branches.size())))
            .text(
                QString(QString::fromLatin1(p.code).toLower() + QStringLiteral("@partners.kirkbeck.example")))
            .text(DemoTime::isoInstant(at))
            .text(DemoTime::hlc(at))
            .insert();
        ctx.branches.push_back(b);
    }
}

void DemoReference::deviceTypes(DemoContext &ctx) {
    struct Type {
        const char *code;
        const char *name;
        const char *category;
        const char *kit;
        int pence;
        const char *make;
        const char *model;
        int share;
    };
    static const Type types[] = {
        {"IPAD10", "Apple iPad (10th generation)", "tablet", "charger,cable,case", 34900, "Apple",
         "iPad (10th generation)", 25},
        {"GTABA9", "Samsung Galaxy Tab A9+", "tablet", "charger,cable,case", 21900, "Samsung",
         "Galaxy Tab A9+", 15},
        {"CHROME", "Lenovo IdeaPad Slim 3 Chromebook", "chromebook", "charger,sleeve", 27900, "Lenovo",
         "IdeaPad Slim 3 Chromebook", 20},
        {"HP250", "HP 250 G9 laptop", "laptop", "charger,sleeve,mouse", 42900, "HP", "250 G9", 15},
        {"MIFI", "TP-Link M7350 MiFi hotspot", "mifi", "charger,cable,pouch", 5900, "TP-Link", "M7350", 15},
        {"GA15", "Samsung Galaxy A15 smartphone", "phone", "charger,cable,case", 15900, "Samsung",
         "Galaxy A15", 10},
    };
    BulkInsert insert(ctx.db, "INSERT INTO device_types(id, code, name, category, kit_contents, "
                              "replacement_cost_pence, updated_at, hlc) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    const qint64 at = setUpAt(ctx);
    for (const Type &t : types) {
        DemoContext::DeviceType d{
            ctx.newId(), t.code, t.category, t.kit, QString::fromUtf8(t.make), QString::fromUtf8(t.model),
            t.share};
        insert.text(d.id)
            .text(t.code)
            .text(t.name)
            .text(t.category)
            .text(t.kit)
            .integer(t.pence)
            .text(DemoTime::isoInstant(at))
            .text(DemoTime::hlc(at))
            .insert();
        ctx.deviceTypes.push_back(d);
    }
}

void DemoReference::loanRules(DemoContext &ctx) {
    // Migration 0002 seeds "standard: 56 days, 2 renewals"; a council refines it like this. Keep
    // DemoContext::loanDays() in step, so generated due dates follow these rules.
    BulkInsert insert(ctx.db,
                      "INSERT INTO loan_rules(id, borrower_category, device_type_id, loan_days, "
                      "max_renewals, max_active_loans, updated_at, hlc) VALUES (?, ?, ?, ?, ?, 1, ?, ?)");
    const qint64 at = setUpAt(ctx);
    QByteArray mifi;
    for (const DemoContext::DeviceType &t : ctx.deviceTypes) {
        if (t.category == "mifi") {
            mifi = t.id;
        }
    }
    const int standard = 0;
    int mifiType = 0;
    while (ctx.deviceTypes[size_t(mifiType)].id != mifi) {
        ++mifiType;
    }
    insert.text(ctx.newId())
        .text("standard")
        .text(mifi)
        .integer(ctx.loanDays(standard, mifiType))
        .integer(ctx.maxRenewals(standard, mifiType))
        .text(DemoTime::isoInstant(at))
        .text(DemoTime::hlc(at))
        .insert();
    for (int category = 1; category < int(std::size(DemoContext::kCategories)); ++category) {
        insert.text(ctx.newId())
            .text(DemoContext::kCategories[category])
            .null()
            .integer(ctx.loanDays(category, 0))
            .integer(ctx.maxRenewals(category, 0))
            .text(DemoTime::isoInstant(at))
            .text(DemoTime::hlc(at))
            .insert();
    }
}

void DemoReference::badges(DemoContext &ctx) {
    struct Badge {
        const char *category;
        const char *name;
        int points;
    };
    static const Badge catalogue[] = {
        {"Citizen", "Digital Footprint", 20},
        {"Citizen", "Staying Safe Online", 30},
        {"Citizen", "Passwords and Passphrases", 10},
        {"Citizen", "Spotting Scams", 20},
        {"Citizen", "Online Banking Basics", 30},
        {"Citizen", "Video Calling", 10},
        {"Citizen", "Using Email", 10},
        {"Citizen", "NHS App and Online Health", 30},
        {"Citizen", "Government Services Online", 40},
        {"Citizen", "Fact or Fake?", 20},
        {"Citizen", "Social Media Privacy", 20},
        {"Citizen", "Digital Wellbeing", 20},
        {"Worker", "Job Searching Online", 30},
        {"Worker", "Writing a CV", 40},
        {"Worker", "Online Interviews", 30},
        {"Worker", "Spreadsheet Basics", 40},
        {"Worker", "Working with Documents", 30},
        {"Worker", "Cloud Storage", 20},
        {"Worker", "Online Collaboration", 30},
        {"Worker", "Professional Email", 20},
        {"Maker", "Coding Basics", 50},
        {"Maker", "Build a Website", 60},
        {"Maker", "Photo Editing", 30},
        {"Maker", "Make a Video", 40},
        {"Maker", "Digital Art", 30},
        {"Maker", "Music Making", 40},
        {"Maker", "3D Design", 60},
        {"Maker", "Introduction to AI", 50},
        {"Entrepreneur", "Selling Online", 50},
        {"Entrepreneur", "Digital Marketing", 40},
        {"Entrepreneur", "Budgeting Tools", 30},
        {"Entrepreneur", "Starting a Business", 70},
        {"Entrepreneur", "Customer Service Online", 30},
        {"Entrepreneur", "Branding", 40},
        {"Gamer", "Game Design", 60},
        {"Gamer", "Esports Basics", 20},
        {"Gamer", "Retro Games", 10},
        {"Gamer", "Games and Wellbeing", 20},
        {"Gamer", "Puzzle Solving", 10},
        {"Gamer", "Make a Game", 70},
    };
    BulkInsert insert(ctx.db,
                      "INSERT INTO badge_catalogue(id, code, name, category, points, updated_at, hlc) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?)");
    const qint64 at = setUpAt(ctx);
    QString lastCategory;
    int number = 0;
    for (const Badge &b : catalogue) {
        const QString category = QString::fromUtf8(b.category);
        number = category == lastCategory ? number + 1 : 1;
        lastCategory = category;
        const QByteArray id = ctx.newId();
        insert.text(id)
            .text(
                QStringLiteral("%1-%2").arg(category.left(3).toUpper()).arg(number, 2, 10, QLatin1Char('0')))
            .text(b.name)
            .text(b.category)
            .integer(b.points)
            .text(DemoTime::isoInstant(at))
            .text(DemoTime::hlc(at))
            .insert();
        ctx.badgeIds.push_back(id);
    }

    // Bronze (250) comes from migration 0002. Silver and Gold get stable ids like Bronze's, so every store
    // that adds them agrees and sync never sees two "Silver" awards.
    BulkInsert award(
        ctx.db, "INSERT INTO award_levels(id, name, threshold, updated_at, hlc) "
                "SELECT ?1, ?2, ?3, ?4, ?5 WHERE NOT EXISTS (SELECT 1 FROM award_levels WHERE name = ?2)");
    const std::pair<const char *, int> levels[] = {{"Silver", 500}, {"Gold", 1000}};
    for (const auto &[name, threshold] : levels) {
        award.text(IdSource::stableId(QStringLiteral("award_levels/") + QLatin1String(name)))
            .text(name)
            .integer(threshold)
            .text(DemoTime::isoInstant(at))
            .text(DemoTime::hlc(at))
            .insert();
    }
}

void DemoReference::training(DemoContext &ctx) {
    struct Unit {
        const char *code;
        const char *title;
        const char *level;
        const char *unlocks;
        std::initializer_list<const char *> outcomes;
    };
    static const Unit units[] = {
        {"TM01",
         "Welcoming learners",
         "Entry 3",
         "",
         {"Greet a learner and agree what they want to achieve",
          "Explain how TechMates sessions work, including confidentiality",
          "Adapt how you communicate to the learner's needs and language"}},
        {"TM02",
         "Safeguarding adults",
         "Level 1",
         "home",
         {"Describe the signs that an adult may be at risk of harm",
          "Explain how to report a safeguarding concern to the council",
          "Follow the lone working procedure for a home visit",
          "Describe the limits of the volunteer role, including money and passwords"}},
        {"TM03",
         "Staying safe online",
         "Level 1",
         "",
         {"Help a learner create and store strong passwords",
          "Show a learner how to recognise scam emails, texts and calls",
          "Set up privacy settings on a learner's device or account"}},
        {"TM04",
         "Supporting learners with devices",
         "Entry 3",
         "",
         {"Set up a borrowed tablet or Chromebook with a learner",
          "Connect a device to Wi-Fi or a MiFi hotspot",
          "Help a learner remove their personal data before returning a device"}},
        {"TM05",
         "Coaching Essential Digital Skills",
         "Level 1",
         "",
         {"Assess a learner's confidence across the Essential Digital Skills",
          "Plan a session around a task that matters to the learner",
          "Record a session's outcome and the learner's confidence",
          "Signpost a learner to further learning or support"}},
        {"TM06",
         "Accessibility and assistive technology",
         "Level 1",
         "",
         {"Adjust text size, contrast and magnification on a device",
          "Demonstrate dictation and screen reading",
          "Recommend an accessibility option that suits a learner's needs"}},
    };
    const qint64 at = setUpAt(ctx);
    const QByteArray stamp = DemoTime::isoInstant(at);
    const QByteArray hlc = DemoTime::hlc(at);
    BulkInsert unit(ctx.db, "INSERT INTO training_units(id, code, title, level, unlocks, updated_at, hlc) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?)");
    BulkInsert outcome(ctx.db, "INSERT INTO training_outcomes(id, unit_id, seq, wording, evidence_needed, "
                               "updated_at, hlc) VALUES (?, ?, ?, ?, ?, ?, ?)");
    BulkInsert pathway(ctx.db,
                       "INSERT INTO pathways(id, code, name, updated_at, hlc) VALUES (?, ?, ?, ?, ?)");
    BulkInsert pathwayUnit(ctx.db, "INSERT INTO pathway_units(id, pathway_id, unit_id, seq, updated_at, hlc) "
                                   "VALUES (?, ?, ?, ?, ?, ?)");
    ctx.pathwayId = ctx.newId();
    pathway.text(ctx.pathwayId)
        .text("TMAP")
        .text("TechMates Accredited Pathway")
        .text(stamp)
        .text(hlc)
        .insert();
    int seq = 0;
    for (const Unit &u : units) {
        DemoContext::Unit facts{ctx.newId(), {}};
        unit.text(facts.id)
            .text(u.code)
            .text(u.title)
            .text(u.level)
            .text(u.unlocks)
            .text(stamp)
            .text(hlc)
            .insert();
        int outcomeSeq = 0;
        for (const char *wording : u.outcomes) {
            const QByteArray id = ctx.newId();
            // Observed practice for the hands-on outcomes, a written reflection for the others.
            const bool observed = outcomeSeq % 2 == 0;
            outcome.text(id)
                .text(facts.id)
                .integer(++outcomeSeq)
                .text(wording)
                .text(observed ? "Observation of a session by a coordinator or librarian"
                               : "A reflective note in your own words")
                .text(stamp)
                .text(hlc)
                .insert();
            facts.outcomes.push_back(id);
        }
        pathwayUnit.text(ctx.newId())
            .text(ctx.pathwayId)
            .text(facts.id)
            .integer(++seq)
            .text(stamp)
            .text(hlc)
            .insert();
        ctx.units.push_back(std::move(facts));
    }
}
