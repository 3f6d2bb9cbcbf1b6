#include "OverviewSeed.h"

#include "TestStore.h"
#include "commands/CommandBus.h"
#include "residents/ResidentCommands.h"
#include "store/Sql.h"

#include <QHash>
#include <QStringList>
#include <tuple>

void OverviewSeed::insert(TestStore &ts, const QString &table, QVariantMap values) {
    values.insert(QStringLiteral("updated_at"), ts.clock().now().toString(Qt::ISODateWithMs));
    QStringList columns = values.keys();
    QStringList placeholders;
    for (const QString &c : columns) {
        placeholders.append(QLatin1Char(':') + c);
    }
    Sql q(ts.db(),
          QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
              .arg(table, columns.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", "))));
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        q.bind(QLatin1Char(':') + it.key(), it.value());
    }
    q.exec();
}

QString OverviewSeed::addResident(TestStore &ts, const QString &given, const QString &family,
                                  const QString &card, const QString &postcode, const QString &phone) {
    const QString empty(QLatin1String(""));
    auto text = [&empty](const QString &value) { return value.isNull() ? empty : value; };
    Resident r;
    r.givenName = text(given);
    r.familyName = text(family);
    r.card = text(card);
    r.postcode = text(postcode);
    r.phone = text(phone);
    r.email = empty;
    r.address = empty;
    r.eligibilityCriterion = empty;
    r.referralOrg = empty;
    r.notes = empty;
    AddResidentCommand command(r, ts.clock());
    const CommandResult result = ts.bus().execute(command, ts.librarian());
    if (!result.ok()) {
        qFatal("cannot add resident %s: %s", qPrintable(family), qPrintable(result.message()));
    }
    return result.entityId();
}

OverviewSeed::Ids OverviewSeed::seed(TestStore &ts) {
    Ids ids;
    const QString now = ts.clock().now().toString(Qt::ISODateWithMs);
    auto id = [&ts] { return ts.ids().newId(); };
    const QString central = ts.branchId();

    const QString northgate = id();
    insert(ts, QStringLiteral("branches"),
           {{QStringLiteral("id"), northgate},
            {QStringLiteral("code"), QStringLiteral("NTH")},
            {QStringLiteral("name"), QStringLiteral("Northgate Library")},
            {QStringLiteral("kind"), QStringLiteral("library")},
            {QStringLiteral("postcode"), QStringLiteral("LS7 3QD")},
            {QStringLiteral("phone"), QStringLiteral("0113 496 0123")}});
    insert(ts, QStringLiteral("branches"),
           {{QStringLiteral("id"), id()},
            {QStringLiteral("code"), QStringLiteral("HUB")},
            {QStringLiteral("name"), QStringLiteral("Chapeltown Community Hub")},
            {QStringLiteral("kind"), QStringLiteral("partner")},
            {QStringLiteral("postcode"), QStringLiteral("LS7 4BZ")}});

    ids.okafor =
        addResident(ts, QStringLiteral("Amina"), QStringLiteral("Okafor"), QStringLiteral("B1000001"),
                    QStringLiteral("LS7 3AB"), QStringLiteral("07700 900123"));
    ids.kowalski =
        addResident(ts, QStringLiteral("Jan"), QStringLiteral("Kowalski"), QStringLiteral("B1000002"),
                    QStringLiteral("LS8 1DF"), QStringLiteral("07700 900456"));
    ids.obrien =
        addResident(ts, QStringLiteral("Margaret"), QStringLiteral("O'Brien"), QStringLiteral("B1000003"),
                    QStringLiteral("LS6 2AX"), QStringLiteral("0113 496 0456"));
    ids.evans = addResident(ts, QStringLiteral("Dylan"), QStringLiteral("Evans"), QStringLiteral("B1000004"),
                            QStringLiteral("LS7 2HT"), QStringLiteral("07700 900789"));
    ids.shah = addResident(ts, QStringLiteral("Priya"), QStringLiteral("Shah"), QStringLiteral("B1000005"),
                           QStringLiteral("LS17 6PL"), QStringLiteral("07700 900321"));
    ids.nowak = addResident(ts, QStringLiteral("Tomasz"), QStringLiteral("Nowak"), QStringLiteral("B1000006"),
                            QStringLiteral("LS8 4QR"), QString());
    ids.mensah =
        addResident(ts, QStringLiteral("Grace"), QStringLiteral("Mensah"), QStringLiteral("B1000007"),
                    QStringLiteral("LS7 1EW"), QStringLiteral("07700 900654"));
    ids.hassan = addResident(ts, QStringLiteral("Ahmed"), QStringLiteral("Hassan"), QString(),
                             QStringLiteral("LS9 7NP"), QStringLiteral("07700 900987"));

    // Devices and their types.
    auto deviceType = [&](const QString &code, const QString &name, const QString &category) {
        const QString typeId = id();
        insert(ts, QStringLiteral("device_types"),
               {{QStringLiteral("id"), typeId},
                {QStringLiteral("code"), code},
                {QStringLiteral("name"), name},
                {QStringLiteral("category"), category},
                {QStringLiteral("kit_contents"), QStringLiteral("charger,case")}});
        return typeId;
    };
    const QString tablet =
        deviceType(QStringLiteral("IPAD"), QStringLiteral("iPad 10th gen"), QStringLiteral("tablet"));
    const QString chromebook =
        deviceType(QStringLiteral("CHROME"), QStringLiteral("Chromebook 14"), QStringLiteral("chromebook"));
    const QString mifi =
        deviceType(QStringLiteral("MIFI"), QStringLiteral("MiFi hotspot"), QStringLiteral("mifi"));
    QHash<QString, QString> devices;
    auto device = [&](const QString &tag, const QString &type, const QString &branch, const QString &status) {
        const QString deviceId = id();
        insert(ts, QStringLiteral("devices"),
               {{QStringLiteral("id"), deviceId},
                {QStringLiteral("tag"), tag},
                {QStringLiteral("type_id"), type},
                {QStringLiteral("branch_id"), branch},
                {QStringLiteral("status"), status}});
        devices.insert(tag, deviceId);
    };
    device(QStringLiteral("TAB-0001"), tablet, central, QStringLiteral("on_loan"));
    device(QStringLiteral("TAB-0002"), tablet, central, QStringLiteral("on_loan"));
    device(QStringLiteral("TAB-0003"), tablet, central, QStringLiteral("available"));
    device(QStringLiteral("TAB-0004"), tablet, northgate, QStringLiteral("awaiting_wipe"));
    device(QStringLiteral("CHR-0001"), chromebook, central, QStringLiteral("on_loan"));
    device(QStringLiteral("CHR-0002"), chromebook, northgate, QStringLiteral("on_loan"));
    device(QStringLiteral("CHR-0003"), chromebook, northgate, QStringLiteral("available"));
    device(QStringLiteral("CHR-0004"), chromebook, central, QStringLiteral("in_repair"));
    device(QStringLiteral("MIFI-0001"), mifi, central, QStringLiteral("on_loan"));
    device(QStringLiteral("MIFI-0002"), mifi, central, QStringLiteral("available"));
    device(QStringLiteral("MIFI-0003"), mifi, northgate, QStringLiteral("lost"));

    // Loans: two overdue, three running, one returned last month.
    auto loan = [&](const QString &tag, const QString &resident, const QString &branch, const QString &out,
                    const QString &due, const QString &status, int renewals) {
        insert(ts, QStringLiteral("loans"),
               {{QStringLiteral("id"), id()},
                {QStringLiteral("device_id"), devices.value(tag)},
                {QStringLiteral("resident_id"), resident},
                {QStringLiteral("branch_id"), branch},
                {QStringLiteral("status"), status},
                {QStringLiteral("checked_out_at"), out},
                {QStringLiteral("due_on"), due},
                {QStringLiteral("renewals"), renewals},
                {QStringLiteral("checked_out_by"), ts.librarian().userId()}});
    };
    loan(QStringLiteral("TAB-0001"), ids.okafor, central, QStringLiteral("2025-12-26T10:15:00.000Z"),
         QStringLiteral("2026-02-20"), QStringLiteral("active"), 0);
    loan(QStringLiteral("CHR-0002"), ids.kowalski, northgate, QStringLiteral("2026-01-02T14:00:00.000Z"),
         QStringLiteral("2026-02-27"), QStringLiteral("active"), 1);
    loan(QStringLiteral("TAB-0002"), ids.obrien, central, QStringLiteral("2026-02-02T11:30:00.000Z"),
         QStringLiteral("2026-03-30"), QStringLiteral("active"), 0);
    loan(QStringLiteral("CHR-0001"), ids.evans, central, QStringLiteral("2026-02-16T09:45:00.000Z"),
         QStringLiteral("2026-04-13"), QStringLiteral("active"), 0);
    loan(QStringLiteral("MIFI-0001"), ids.shah, central, QStringLiteral("2026-03-02T09:05:00.000Z"),
         QStringLiteral("2026-04-27"), QStringLiteral("active"), 0);
    loan(QStringLiteral("TAB-0004"), ids.mensah, northgate, QStringLiteral("2025-12-01T10:00:00.000Z"),
         QStringLiteral("2026-01-26"), QStringLiteral("returned"), 0);

    // Volunteers: Val (the test store's volunteer, who signs in), Sam and Ruth.
    ids.sam = id();
    ids.ruth = id();
    for (const auto &[vid, given, family] :
         {std::tuple{ids.sam, QStringLiteral("Sam"), QStringLiteral("Patel")},
          std::tuple{ids.ruth, QStringLiteral("Ruth"), QStringLiteral("Green")}}) {
        insert(ts, QStringLiteral("volunteers"),
               {{QStringLiteral("id"), vid},
                {QStringLiteral("given_name"), given},
                {QStringLiteral("family_name"), family},
                {QStringLiteral("status"), QStringLiteral("active")},
                {QStringLiteral("home_branch_id"), central},
                {QStringLiteral("created_at"), now}});
    }
    const QString val = ts.volunteerRecordId();

    // Sessions: Val works with Amina and Jan, so a signed-in volunteer sees exactly those two residents.
    auto booking = [&](const QString &volunteer, const QString &resident, const QString &start, int minutes,
                       const QString &channel, const QString &status) {
        insert(ts, QStringLiteral("bookings"),
               {{QStringLiteral("id"), id()},
                {QStringLiteral("volunteer_id"), volunteer},
                {QStringLiteral("resident_id"), resident},
                {QStringLiteral("branch_id"), central},
                {QStringLiteral("channel"), channel},
                {QStringLiteral("starts_at"), start},
                {QStringLiteral("minutes"), minutes},
                {QStringLiteral("status"), status},
                {QStringLiteral("booked_by"), ts.librarian().userId()}});
    };
    booking(val, ids.okafor, QStringLiteral("2026-02-23T10:00:00.000Z"), 60, QStringLiteral("library"),
            QStringLiteral("attended"));
    booking(val, ids.okafor, QStringLiteral("2026-03-02T14:00:00.000Z"), 60, QStringLiteral("library"),
            QStringLiteral("confirmed"));
    booking(val, ids.kowalski, QStringLiteral("2026-03-04T10:30:00.000Z"), 45, QStringLiteral("phone"),
            QStringLiteral("confirmed"));
    booking(val, ids.okafor, QStringLiteral("2026-03-09T14:00:00.000Z"), 60, QStringLiteral("library"),
            QStringLiteral("requested"));
    booking(ids.sam, ids.obrien, QStringLiteral("2026-03-02T08:30:00.000Z"), 60, QStringLiteral("library"),
            QStringLiteral("attended"));
    booking(ids.sam, ids.nowak, QStringLiteral("2026-03-03T15:00:00.000Z"), 60, QStringLiteral("video"),
            QStringLiteral("confirmed"));
    booking(ids.ruth, ids.hassan, QStringLiteral("2026-03-05T11:00:00.000Z"), 90, QStringLiteral("home"),
            QStringLiteral("requested"));
    booking(ids.ruth, ids.mensah, QStringLiteral("2026-03-06T13:00:00.000Z"), 60, QStringLiteral("phone"),
            QStringLiteral("cancelled"));

    // iDEA badges: a slice of the catalogue and what was earned.
    QHash<QString, QString> badges;
    auto badge = [&](const QString &code, const QString &name, const QString &category, int points) {
        const QString badgeId = id();
        insert(ts, QStringLiteral("badge_catalogue"),
               {{QStringLiteral("id"), badgeId},
                {QStringLiteral("code"), code},
                {QStringLiteral("name"), name},
                {QStringLiteral("category"), category},
                {QStringLiteral("points"), points}});
        badges.insert(code, badgeId);
    };
    badge(QStringLiteral("CIT-FOOT"), QStringLiteral("Digital footprint"), QStringLiteral("Citizen"), 20);
    badge(QStringLiteral("CIT-SAFE"), QStringLiteral("Staying safe online"), QStringLiteral("Citizen"), 30);
    badge(QStringLiteral("WRK-MAIL"), QStringLiteral("Email essentials"), QStringLiteral("Worker"), 25);
    badge(QStringLiteral("WRK-JOBS"), QStringLiteral("Searching for work online"), QStringLiteral("Worker"),
          40);
    badge(QStringLiteral("MAK-WEB"), QStringLiteral("Build a web page"), QStringLiteral("Maker"), 50);
    badge(QStringLiteral("ENT-IDEA"), QStringLiteral("From idea to plan"), QStringLiteral("Entrepreneur"),
          60);
    badge(QStringLiteral("GAM-DESIGN"), QStringLiteral("Game design basics"), QStringLiteral("Gamer"), 40);
    auto achievement = [&](const QString &kind, const QString &learner, const QString &code,
                           const QString &on, const QVariant &supportedBy) {
        insert(ts, QStringLiteral("badge_achievements"),
               {{QStringLiteral("id"), id()},
                {QStringLiteral("learner_kind"), kind},
                {QStringLiteral("learner_id"), learner},
                {QStringLiteral("badge_id"), badges.value(code)},
                {QStringLiteral("achieved_on"), on},
                {QStringLiteral("branch_id"), central},
                {QStringLiteral("recorded_by"), ts.librarian().userId()},
                {QStringLiteral("supported_by"), supportedBy}});
    };
    const QVariant nobody(QMetaType(QMetaType::QString));
    achievement(QStringLiteral("resident"), ids.okafor, QStringLiteral("CIT-SAFE"),
                QStringLiteral("2026-02-23"), val);
    achievement(QStringLiteral("resident"), ids.okafor, QStringLiteral("CIT-FOOT"),
                QStringLiteral("2026-02-23"), val);
    achievement(QStringLiteral("resident"), ids.obrien, QStringLiteral("WRK-MAIL"),
                QStringLiteral("2026-03-02"), ids.sam);
    achievement(QStringLiteral("resident"), ids.kowalski, QStringLiteral("WRK-JOBS"),
                QStringLiteral("2026-02-10"), nobody);
    achievement(QStringLiteral("volunteer"), ids.sam, QStringLiteral("MAK-WEB"), QStringLiteral("2026-01-19"),
                nobody);
    achievement(QStringLiteral("resident"), ids.evans, QStringLiteral("GAM-DESIGN"),
                QStringLiteral("2025-11-14"), nobody);

    // The training pathway: four units; Sam has them all, Val two, Ruth has just started.
    const QString pathway = id();
    insert(ts, QStringLiteral("pathways"),
           {{QStringLiteral("id"), pathway},
            {QStringLiteral("code"), QStringLiteral("TM-VOL")},
            {QStringLiteral("name"), QStringLiteral("TechMates volunteer pathway")}});
    QStringList units;
    const QStringList titles{QStringLiteral("Supporting digital learners"),
                             QStringLiteral("Staying safe online"), QStringLiteral("Safeguarding adults"),
                             QStringLiteral("Helping at home and by phone")};
    for (int i = 0; i < titles.size(); ++i) {
        const QString unit = id();
        units.append(unit);
        insert(ts, QStringLiteral("training_units"),
               {{QStringLiteral("id"), unit},
                {QStringLiteral("code"), QStringLiteral("TM%1").arg(i + 1)},
                {QStringLiteral("title"), titles.at(i)},
                {QStringLiteral("level"), QStringLiteral("Entry 3")}});
        insert(ts, QStringLiteral("pathway_units"),
               {{QStringLiteral("id"), id()},
                {QStringLiteral("pathway_id"), pathway},
                {QStringLiteral("unit_id"), unit},
                {QStringLiteral("seq"), i + 1}});
    }
    auto enrol = [&](const QString &volunteer, const QString &on, int achieved) {
        insert(ts, QStringLiteral("enrolments"),
               {{QStringLiteral("id"), id()},
                {QStringLiteral("volunteer_id"), volunteer},
                {QStringLiteral("pathway_id"), pathway},
                {QStringLiteral("enrolled_on"), on}});
        for (int i = 0; i < achieved; ++i) {
            insert(ts, QStringLiteral("unit_achievements"),
                   {{QStringLiteral("id"), id()},
                    {QStringLiteral("volunteer_id"), volunteer},
                    {QStringLiteral("unit_id"), units.at(i)},
                    {QStringLiteral("achieved_on"), on},
                    {QStringLiteral("verified_by"), ts.coordinator().userId()}});
        }
    };
    enrol(val, QStringLiteral("2025-10-06"), 2);
    enrol(ids.sam, QStringLiteral("2025-06-02"), 4);
    enrol(ids.ruth, QStringLiteral("2026-02-16"), 0);
    return ids;
}
