// iDEA badges (docs/skills.md): recording, the once-per-learner rule, revoking, group sessions, progress
// towards awards, organisation totals, and every refusal leaving nothing behind.
#include "ReplayCheck.h"
#include "SkillsFixture.h"
#include "skills/BadgeCatalogue.h"
#include "skills/Learner.h"
#include "skills/SkillsProgress.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace SkillsFixture;

namespace {
struct Counts {
    int achievements, audit, outbox;
    bool operator==(const Counts &o) const = default;
};

Counts counts(TestStore &t) {
    return {t.count(QStringLiteral("badge_achievements")), t.count(QStringLiteral("audit")),
            t.count(QStringLiteral("outbox"))};
}

QDate today(TestStore &t) {
    return t.clock().today();
}
} // namespace

class SkillsBadgeTest : public QObject {
    Q_OBJECT

    std::unique_ptr<TestStore> m_t;
    People m_p;

    CommandResult record(const QString &resident, const QString &code, const QDate &on, const Actor &actor) {
        RecordBadgeCommand cmd(entry(resident, code, on));
        return m_t->bus().execute(cmd, actor);
    }

private slots:
    void init() {
        m_t = std::make_unique<TestStore>();
        m_p = prepare(*m_t);
    }

    void theDefaultCatalogueShipsFortyBadgesAndBronze() {
        const BadgeCatalogue catalogue(m_t->db());
        QCOMPARE(catalogue.badges().size(), 40);
        QCOMPARE(catalogue.byCode(QStringLiteral("cit-01"))->name, QStringLiteral("Digital Footprint"));
        const BadgeCatalogueFile file = BadgeCatalogueFile::defaultCatalogue();
        QCOMPARE(file.awardLevels.size(), 1);
        QCOMPARE(file.awardLevels.first().name, QStringLiteral("Bronze"));
        QCOMPARE(file.awardLevels.first().threshold, 250);
        QCOMPARE(catalogue.awardLevels().size(), 3); // Bronze from the migration; Silver and Gold set here
    }

    void recordingABadgeKeepsWhoWhenAndWhoSupported() {
        BadgeEntry e = entry(m_p.amara, QStringLiteral("CIT-02"), today(*m_t).addDays(-3));
        e.supportedBy = m_t->volunteerRecordId();
        RecordBadgeCommand cmd(e);
        const CommandResult r = m_t->bus().execute(cmd, m_t->librarian());
        QVERIFY2(r.ok(), qPrintable(r.message()));
        Sql q(m_t->db(),
              QStringLiteral("SELECT learner_kind, learner_id, achieved_on, recorded_by, supported_by, "
                             "source, branch_id FROM badge_achievements WHERE id = :id"));
        q.bind(QStringLiteral(":id"), r.entityId()).exec();
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("resident"));
        QCOMPARE(q.value(1).toString(), m_p.amara);
        QCOMPARE(q.value(2).toString(), today(*m_t).addDays(-3).toString(Qt::ISODate));
        QCOMPARE(q.value(3).toString(), m_t->librarian().userId());
        QCOMPARE(q.value(4).toString(), m_t->volunteerRecordId());
        QCOMPARE(q.value(5).toString(), QStringLiteral("desk"));
        QCOMPARE(q.value(6).toString(), m_t->branchId());
        // The audit keeps ids and codes, never the learner's name.
        const QString audit =
            Sql(m_t->db(), QStringLiteral("SELECT payload FROM audit ORDER BY seq DESC LIMIT 1"))
                .scalar()
                .toString();
        QVERIFY(audit.contains(QLatin1String("CIT-02")));
        QVERIFY(!audit.contains(QLatin1String("Nwosu")));
    }

    void theSameBadgeTwiceIsRefused() {
        QVERIFY(record(m_p.amara, QStringLiteral("CIT-01"), today(*m_t), m_t->librarian()).ok());
        const Counts before = counts(*m_t);
        const CommandResult r = record(m_p.amara, QStringLiteral("cit-01"), today(*m_t), m_t->coordinator());
        QCOMPARE(r.status(), CommandResult::Status::Refused);
        QVERIFY2(r.message().contains(QLatin1String("already holds the badge CIT-01")),
                 qPrintable(r.message()));
        QCOMPARE(counts(*m_t), before);
        // Another learner may earn it.
        QVERIFY(record(m_p.ben, QStringLiteral("CIT-01"), today(*m_t), m_t->librarian()).ok());
    }

    void aDateInTheFutureIsRefused() {
        const Counts before = counts(*m_t);
        const CommandResult r =
            record(m_p.amara, QStringLiteral("CIT-01"), today(*m_t).addDays(1), m_t->librarian());
        QCOMPARE(r.status(), CommandResult::Status::Refused);
        QVERIFY2(r.message().contains(QLatin1String("in the future")), qPrintable(r.message()));
        QCOMPARE(counts(*m_t), before);
        const CommandResult old =
            record(m_p.amara, QStringLiteral("CIT-01"), QDate(1926, 3, 2), m_t->librarian());
        QVERIFY2(old.message().contains(QLatin1String("check the year")), qPrintable(old.message()));
        QCOMPARE(counts(*m_t), before);
    }

    void anUnknownOrRetiredBadgeIsRefused() {
        const Counts before = counts(*m_t);
        CommandResult r = record(m_p.amara, QStringLiteral("XYZ-99"), today(*m_t), m_t->librarian());
        QCOMPARE(r.status(), CommandResult::Status::Refused);
        QVERIFY2(r.message().contains(QLatin1String("no badge with the code XYZ-99")),
                 qPrintable(r.message()));
        Badge retired = *BadgeCatalogue(m_t->db()).byCode(QStringLiteral("GAM-03"));
        retired.active = false;
        SaveBadgeCommand save(retired);
        QVERIFY(m_t->bus().execute(save, m_t->admin()).ok());
        r = record(m_p.amara, QStringLiteral("GAM-03"), today(*m_t), m_t->librarian());
        QVERIFY2(r.message().contains(QLatin1String("no longer offered")), qPrintable(r.message()));
        QCOMPARE(counts(*m_t).achievements, before.achievements);
    }

    void aVolunteerRecordsOnlyForResidentsTheyWorkWith() {
        const Counts before = counts(*m_t);
        CommandResult r = record(m_p.amara, QStringLiteral("CIT-01"), today(*m_t), m_t->volunteer());
        QCOMPARE(r.status(), CommandResult::Status::Refused);
        QVERIFY2(r.message().contains(QLatin1String("residents you have a booking with")),
                 qPrintable(r.message()));
        QCOMPARE(counts(*m_t), before);
        Sql(m_t->db(),
            QStringLiteral("INSERT INTO bookings(id, volunteer_id, resident_id, channel, starts_at, minutes, "
                           "updated_at) VALUES ('b1', :v, :r, 'library', '2026-03-01T10:00:00.000Z', 60, "
                           "'2026-03-01T10:00:00.000Z')"))
            .bind(QStringLiteral(":v"), m_t->volunteerRecordId())
            .bind(QStringLiteral(":r"), m_p.amara)
            .exec();
        r = record(m_p.amara, QStringLiteral("CIT-01"), today(*m_t), m_t->volunteer());
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QString error;
        QVERIFY(!LearnerDirectory(m_t->db()).resolve(kBenCard, m_t->volunteer(), &error));
        QVERIFY2(error.contains(QLatin1String("booking")), qPrintable(error));
    }

    void learnersAreFoundByCardIdOrUserName() {
        const LearnerDirectory d(m_t->db());
        QString error;
        QCOMPARE(d.resolve(QStringLiteral(" 2000 000001 "), m_t->librarian(), &error)->id, m_p.amara);
        QCOMPARE(d.resolve(m_p.ben, m_t->librarian(), &error)->kind, QStringLiteral("resident"));
        QCOMPARE(d.resolve(m_t->volunteerRecordId(), m_t->librarian(), &error)->kind,
                 QStringLiteral("volunteer"));
        const std::optional<Learner> staff =
            d.resolve(QStringLiteral("Coordinator"), m_t->librarian(), &error);
        QVERIFY(staff);
        QCOMPARE(staff->kind, QStringLiteral("staff"));
        QCOMPARE(staff->id, m_t->coordinator().userId());
        QVERIFY(!d.resolve(QStringLiteral("9999999999"), m_t->librarian(), &error));
        QVERIFY2(error.contains(QLatin1String("No learner")), qPrintable(error));
        QCOMPARE(d.search(QStringLiteral("nwo"), m_t->librarian()).size(), 1);
    }

    void revokingIsItsOwnAuditedStep() {
        const CommandResult recorded =
            record(m_p.amara, QStringLiteral("CIT-05"), today(*m_t), m_t->librarian());
        QVERIFY(recorded.ok());
        // Someone else at the same level may not take it back.
        TestStore &t = *m_t;
        RevokeBadgeCommand byVolunteer(recorded.entityId(), QStringLiteral("wrong learner"));
        QCOMPARE(t.bus().execute(byVolunteer, t.volunteer()).status(), CommandResult::Status::Refused);
        RevokeBadgeCommand noReason(recorded.entityId(), QStringLiteral(" "));
        QVERIFY(t.bus().execute(noReason, t.librarian()).message().contains(QLatin1String("Say why")));
        RevokeBadgeCommand revoke(recorded.entityId(), QStringLiteral("Recorded against the wrong learner"));
        const CommandResult r = t.bus().execute(revoke, t.librarian());
        QVERIFY2(r.ok(), qPrintable(r.message()));
        Sql audit(t.db(), QStringLiteral("SELECT command, payload FROM audit ORDER BY seq DESC LIMIT 1"));
        audit.exec();
        QVERIFY(audit.next());
        QCOMPARE(audit.value(0).toString(), QStringLiteral("badge.revoke"));
        QVERIFY(!audit.value(1).toString().contains(QLatin1String("wrong learner")));
        QVERIFY(t.bus().execute(revoke, t.librarian()).message().contains(QLatin1String("already revoked")));
        // Revoked badges no longer count, and the badge may be recorded again.
        QCOMPARE(
            SkillsProgress(t.db()).progress(QStringLiteral("resident"), m_p.amara, t.librarian())->points, 0);
        QVERIFY(record(m_p.amara, QStringLiteral("CIT-05"), today(*m_t), t.librarian()).ok());
    }

    void progressShowsPointsAwardsWithDatesAndWhatIsNext() {
        // Coding Basics 50, Build a Website 60, 3D Design 60, Make a Game 70, Starting a Business 70 = 310.
        const QStringList codes{QStringLiteral("MAK-01"), QStringLiteral("MAK-02"), QStringLiteral("MAK-07"),
                                QStringLiteral("GAM-06"), QStringLiteral("ENT-04")};
        for (int i = 0; i < codes.size(); ++i) {
            QVERIFY(record(m_p.amara, codes.at(i), QDate(2026, 2, 1 + i), m_t->librarian()).ok());
        }
        LearnerProgress p =
            *SkillsProgress(m_t->db()).progress(QStringLiteral("resident"), m_p.amara, m_t->librarian());
        QCOMPARE(p.points, 310);
        QCOMPARE(p.pointsByCategory.value(QStringLiteral("Maker")), 170);
        QCOMPARE(p.pointsByCategory.value(QStringLiteral("Gamer")), 70);
        QCOMPARE(p.award, QStringLiteral("Bronze"));
        QCOMPARE(p.awards.first().reachedOn, QDate(2026, 2, 5)); // 240 after four, 310 after the fifth
        QCOMPARE(p.nextAward, QStringLiteral("Silver"));
        QCOMPARE(p.pointsNeeded, 190);
        // Points are the council's data: changing a badge's points changes progress.
        Badge b = *BadgeCatalogue(m_t->db()).byCode(QStringLiteral("MAK-01"));
        b.points = 250;
        SaveBadgeCommand save(b);
        QVERIFY(m_t->bus().execute(save, m_t->admin()).ok());
        p = *SkillsProgress(m_t->db()).progress(QStringLiteral("resident"), m_p.amara, m_t->librarian());
        QCOMPARE(p.points, 510);
        QCOMPARE(p.awards.first().reachedOn, QDate(2026, 2, 1));
        QCOMPARE(p.award, QStringLiteral("Silver"));
        QCOMPARE(p.nextAward, QStringLiteral("Gold"));
        QCOMPARE(p.pointsNeeded, 490);
        const QString html = SkillsProgress::summaryHtml(p, QDate(2026, 3, 2), QStringLiteral("Kirkbeck"));
        QVERIFY(html.contains(QLatin1String("Amara Nwosu")));
        QVERIFY(html.contains(QLatin1String("490 more points for Gold")));
    }

    void aGroupSessionRecordsEveryoneOrNobody() {
        QVERIFY(record(m_p.ben, QStringLiteral("CIT-03"), today(*m_t), m_t->librarian()).ok());
        const Counts before = counts(*m_t);
        QList<BadgeEntry> entries{entry(m_p.amara, QStringLiteral("CIT-03"), today(*m_t)),
                                  entry(m_p.ben, QStringLiteral("CIT-03"), today(*m_t))};
        RecordBadgesCommand group(RecordBadgesCommand::Kind::GroupSession, entries);
        const CommandResult refused = m_t->bus().execute(group, m_t->librarian());
        QCOMPARE(refused.status(), CommandResult::Status::Refused);
        QVERIFY2(refused.message().contains(QLatin1String("Nothing was recorded")),
                 qPrintable(refused.message()));
        QVERIFY2(refused.message().contains(QLatin1String("entry 2")), qPrintable(refused.message()));
        QCOMPARE(counts(*m_t), before);
        entries.removeLast();
        entries.append(entry(m_p.amara, QStringLiteral("CIT-04"), today(*m_t)));
        RecordBadgesCommand ok(RecordBadgesCommand::Kind::GroupSession, entries);
        const CommandResult r = m_t->bus().execute(ok, m_t->librarian());
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(counts(*m_t), (Counts{before.achievements + 2, before.audit + 1, before.outbox + 1}));
    }

    void awardLevelsAreTheAdminsData() {
        SaveAwardLevelCommand clash({QString(), QStringLiteral("Platinum"), 500, 0});
        const CommandResult r = m_t->bus().execute(clash, m_t->admin());
        QVERIFY2(r.message().contains(QLatin1String("both be reached at 500")), qPrintable(r.message()));
        SaveAwardLevelCommand bySomeoneElse({QString(), QStringLiteral("Silver"), 600, 0});
        QCOMPARE(m_t->bus().execute(bySomeoneElse, m_t->coordinator()).status(),
                 CommandResult::Status::Refused);
        SaveAwardLevelCommand silver({QString(), QStringLiteral("silver"), 600, 0});
        QVERIFY(m_t->bus().execute(silver, m_t->admin()).ok());
        QCOMPARE(BadgeCatalogue(m_t->db()).awardLevel(QStringLiteral("Silver"))->threshold, 600);
        RemoveAwardLevelCommand gold(QStringLiteral("Gold"));
        QVERIFY(m_t->bus().execute(gold, m_t->admin()).ok());
        QCOMPARE(BadgeCatalogue(m_t->db()).awardLevels().size(), 2);
        SaveAwardLevelCommand again({QString(), QStringLiteral("Gold"), 1200, 0});
        QVERIFY(m_t->bus().execute(again, m_t->admin()).ok());
        QCOMPARE(BadgeCatalogue(m_t->db()).awardLevel(QStringLiteral("Gold"))->threshold, 1200);
    }

    void organisationTotalsByMonthBranchAndTeam() {
        QVERIFY(record(m_p.amara, QStringLiteral("MAK-01"), QDate(2026, 1, 10), m_t->librarian()).ok());
        QVERIFY(record(m_p.amara, QStringLiteral("MAK-02"), QDate(2026, 2, 10), m_t->librarian()).ok());
        QVERIFY(record(m_p.amara, QStringLiteral("MAK-07"), QDate(2026, 2, 11), m_t->librarian()).ok());
        QVERIFY(
            record(m_p.amara, QStringLiteral("GAM-06"), QDate(2026, 2, 12), m_t->librarian()).ok());    // 240
        QVERIFY(record(m_p.amara, QStringLiteral("ENT-04"), QDate(2026, 3, 1), m_t->librarian()).ok()); // 310
        BadgeEntry staff;
        staff.learnerKind = QStringLiteral("staff");
        staff.learnerId = m_t->librarian().userId();
        staff.badgeCode = QStringLiteral("WOR-01");
        staff.achievedOn = QDate(2026, 2, 20);
        RecordBadgeCommand own(staff);
        QVERIFY(m_t->bus().execute(own, m_t->coordinator()).ok());

        const SkillsTotals t = SkillsProgress(m_t->db()).totals(m_t->coordinator());
        QCOMPARE(t.totalBadges, 6);
        QCOMPARE(t.totalLearners, 2);
        QCOMPARE(t.target, 26000);
        QCOMPARE(t.byMonth.size(), 3);
        QCOMPARE(t.byMonth.at(1).key, QStringLiteral("2026-02"));
        QCOMPARE(t.byMonth.at(1).badges, 4);
        QCOMPARE(t.byMonth.at(2).awards.value(QStringLiteral("Bronze")), 1);
        QCOMPARE(t.byBranch.size(), 1);
        QCOMPARE(t.byBranch.first().label, QStringLiteral("Central Library"));
        QCOMPARE(t.byTeam.at(0).badges, 5); // residents
        QCOMPARE(t.byTeam.at(2).badges, 1); // staff
        QCOMPARE(t.runningTotal.last().second, 6);
        const SkillsTotals feb =
            SkillsProgress(m_t->db()).totals(m_t->coordinator(), QDate(2026, 2, 1), QDate(2026, 2, 28));
        QCOMPARE(feb.byMonth.size(), 1);
        QCOMPARE(feb.totalBadges, 6); // the running total counts everything
        QVERIFY(SkillsProgress(m_t->db()).totals(m_t->volunteer()).byMonth.isEmpty());
    }

    void everyBadgeCommandReplaysFromItsPayload() {
        TestStore b;
        const People pb = prepare(b);
        QCOMPARE(pb.amara, m_p.amara);
        const QStringList tables{QStringLiteral("badge_achievements"), QStringLiteral("badge_catalogue"),
                                 QStringLiteral("award_levels")};
        struct Step {
            std::unique_ptr<Command> cmd;
            bool admin;
        };
        BadgeEntry supported = entry(m_p.amara, QStringLiteral("CIT-01"), QDate(2026, 2, 2));
        supported.supportedBy = m_t->volunteerRecordId();
        std::vector<Step> steps;
        steps.push_back({std::make_unique<RecordBadgeCommand>(supported), false});
        steps.push_back({std::make_unique<RecordBadgesCommand>(
                             RecordBadgesCommand::Kind::GroupSession,
                             QList<BadgeEntry>{entry(m_p.amara, QStringLiteral("CIT-02"), QDate(2026, 2, 3)),
                                               entry(m_p.ben, QStringLiteral("CIT-02"), QDate(2026, 2, 3))}),
                         false});
        BadgeEntry imported = entry(m_p.ben, QStringLiteral("WOR-02"), QDate(2026, 1, 9));
        imported.line = 2;
        steps.push_back({std::make_unique<RecordBadgesCommand>(RecordBadgesCommand::Kind::Import,
                                                               QList<BadgeEntry>{imported}),
                         false});
        steps.push_back({std::make_unique<SaveBadgeCommand>(Badge{QString(), QStringLiteral("LOC-01"),
                                                                  QStringLiteral("Library Explorer"),
                                                                  QStringLiteral("Citizen"), 15, true, 0}),
                         true});
        steps.push_back(
            {std::make_unique<SaveAwardLevelCommand>(AwardLevel{QString(), QStringLiteral("Gold"), 1100, 0}),
             true});
        steps.push_back({std::make_unique<RemoveAwardLevelCommand>(QStringLiteral("Gold")), true});
        steps.push_back(
            {std::make_unique<ImportBadgeCatalogueCommand>(
                 QList<Badge>{Badge{QString(), QStringLiteral("CIT-01"), QStringLiteral("Digital Footprint"),
                                    QStringLiteral("Citizen"), 25, true, 0}},
                 QList<AwardLevel>{AwardLevel{QString(), QStringLiteral("Platinum"), 2000, 0}}),
             true});
        for (Step &s : steps) {
            const CommandResult r = m_t->bus().execute(*s.cmd, s.admin ? m_t->admin() : m_t->librarian());
            QVERIFY2(r.ok(), qPrintable(s.cmd->name() + QLatin1String(": ") + r.message()));
            const QString problem =
                ReplayCheck::replayLast(*m_t, b, s.admin ? b.admin() : b.librarian(), tables);
            QVERIFY2(problem.isEmpty(), qPrintable(s.cmd->name() + QLatin1String(": ") + problem));
        }
        // Revoke, replayed.
        const QString achievement =
            Sql(m_t->db(), QStringLiteral("SELECT id FROM badge_achievements ORDER BY achieved_on LIMIT 1"))
                .scalar()
                .toString();
        RevokeBadgeCommand revoke(achievement, QStringLiteral("Wrong learner"));
        QVERIFY(m_t->bus().execute(revoke, m_t->librarian()).ok());
        const QString problem = ReplayCheck::replayLast(*m_t, b, b.librarian(), tables);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void aBadPayloadIsRefusedByBuildWithAMessage() {
        QString error;
        QJsonObject p{{QStringLiteral("learner_kind"), QStringLiteral("resident")},
                      {QStringLiteral("learner_id"), m_p.amara},
                      {QStringLiteral("achieved_on"), QStringLiteral("2026-02-02")}};
        QVERIFY(!CommandRegistry::standard().build(QStringLiteral("badge.record"), p, &error));
        QVERIFY2(error.contains(QLatin1String("badge_code")), qPrintable(error));
        p.insert(QStringLiteral("badge_code"), QStringLiteral("CIT-01"));
        p.insert(QStringLiteral("achieved_on"), 20260202);
        QVERIFY(!CommandRegistry::standard().build(QStringLiteral("badge.record"), p, &error));
        QVERIFY2(error.contains(QLatin1String("achieved_on")), qPrintable(error));
        QVERIFY(!CommandRegistry::standard().build(
            QStringLiteral("badge.import"), {{QStringLiteral("entries"), QStringLiteral("x")}}, &error));
        QVERIFY2(error.contains(QLatin1String("entries")), qPrintable(error));
        QVERIFY(!CommandRegistry::standard().build(QStringLiteral("award_level.save"),
                                                   {{QStringLiteral("name"), QStringLiteral("Gold")},
                                                    {QStringLiteral("threshold"), QStringLiteral("lots")}},
                                                   &error));
        QVERIFY2(error.contains(QLatin1String("threshold")), qPrintable(error));
        QVERIFY(!CommandRegistry::standard().build(
            QStringLiteral("badge_catalogue.import"),
            {{QStringLiteral("badges"), QJsonArray{1}}, {QStringLiteral("award_levels"), QJsonArray{}}},
            &error));
        QVERIFY2(error.contains(QLatin1String("badges")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(SkillsBadgeTest)
#include "SkillsBadgeTest.moc"
