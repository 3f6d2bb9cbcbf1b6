// The accredited training pathway (docs/training.md): units and outcomes, enrolment, evidence with files
// copied into the store's folder, sign-offs (never by the evidence's author), units achieved and verified,
// graduation, claims from draft to certificated, and every refusal leaving nothing behind.
#include "ReplayCheck.h"
#include "TestStore.h"
#include "training/ClaimCommands.h"
#include "training/EvidenceStore.h"
#include "training/TrainingCommands.h"
#include "training/TrainingQueries.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Counts {
    int evidence, signoffs, achievements, audit, outbox;
    bool operator==(const Counts &o) const = default;
};

Counts counts(TestStore &t) {
    return {t.count(QStringLiteral("evidence")), t.count(QStringLiteral("outcome_signoffs")),
            t.count(QStringLiteral("unit_achievements")), t.count(QStringLiteral("audit")),
            t.count(QStringLiteral("outbox"))};
}

void loadPathway(TestStore &t) {
    const PathwayFile file = PathwayFile::defaultPathway();
    if (!file.ok()) {
        qFatal("default pathway: %s", qPrintable(file.problems.join(QLatin1Char('\n'))));
    }
    ImportPathwayCommand load(file.pathway);
    const CommandResult r = t.bus().execute(load, t.coordinator());
    if (!r.ok()) {
        qFatal("cannot load the pathway: %s", qPrintable(r.message()));
    }
}

QString writeFile(const QString &dir, const QString &name, const QByteArray &bytes) {
    const QString path = QDir(dir).filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) {
        qFatal("cannot write %s", qPrintable(path));
    }
    return path;
}
} // namespace

class TrainingTest : public QObject {
    Q_OBJECT

    std::unique_ptr<TestStore> m_t;
    QTemporaryDir m_downloads;

    QString vol() const { return m_t->volunteerRecordId(); }
    TrainingUnit unit(const QString &code) { return *TrainingCatalogue(m_t->db()).unitByCode(code); }
    QString outcome(const QString &code, int seq) { return unit(code).outcomes.at(seq - 1).id; }

    CommandResult note(const QString &outcomeId, const QString &text = QStringLiteral("I practised this.")) {
        AddEvidenceCommand cmd({vol(), outcomeId, QStringLiteral("note"), text, {}, false, {}, {}, 0});
        return m_t->bus().execute(cmd, m_t->volunteer());
    }
    CommandResult signOff(const QString &outcomeId, const Actor &assessor) {
        SignOffOutcomeCommand cmd(vol(), outcomeId);
        return m_t->bus().execute(cmd, assessor);
    }
    void completeUnit(const QString &code) {
        for (const TrainingOutcome &o : unit(code).outcomes) {
            QVERIFY(note(o.id).ok());
            const CommandResult r = signOff(o.id, m_t->coordinator());
            QVERIFY2(r.ok(), qPrintable(r.message()));
        }
    }
    QString addVolunteer(const QString &given) {
        const QString id = m_t->ids().newId();
        Sql(m_t->db(),
            QStringLiteral("INSERT INTO volunteers(id, given_name, family_name, status, home_branch_id, "
                           "created_at, updated_at) VALUES (:id, :g, 'Second', 'active', :b, "
                           "'2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')"))
            .bind(QStringLiteral(":id"), id)
            .bind(QStringLiteral(":g"), given)
            .bind(QStringLiteral(":b"), m_t->branchId())
            .exec();
        return id;
    }

private slots:
    void init() {
        m_t = std::make_unique<TestStore>();
        loadPathway(*m_t);
        EnrolCommand enrol(vol(), QStringLiteral("tmap"));
        QVERIFY(m_t->bus().execute(enrol, m_t->coordinator()).ok());
    }

    void thePathwayShipsWithItsUnitsAndOutcomes() {
        const std::optional<Pathway> p = TrainingCatalogue(m_t->db()).pathwayByCode(QStringLiteral("TMAP"));
        QVERIFY(p);
        QCOMPARE(p->units.size(), 6);
        QCOMPARE(p->units.at(1).code, QStringLiteral("TM02"));
        QCOMPARE(p->units.at(1).unlocks, QStringList{QStringLiteral("home")});
        QCOMPARE(p->units.at(1).outcomes.size(), 4);
        QVERIFY(!p->units.at(1).outcomes.first().evidenceNeeded.isEmpty());
        ImportPathwayCommand again(PathwayFile::defaultPathway().pathway);
        QVERIFY(m_t->bus()
                    .execute(again, m_t->coordinator())
                    .message()
                    .contains(QLatin1String("already a pathway")));
        Pathway other = PathwayFile::defaultPathway().pathway;
        other.code = QStringLiteral("TMAP2");
        other.units.first().outcomes.first().wording = QStringLiteral("Something else");
        ImportPathwayCommand clash(other);
        QVERIFY(m_t->bus()
                    .execute(clash, m_t->coordinator())
                    .message()
                    .contains(QLatin1String("different outcomes")));
        other.units.first().outcomes.first().wording =
            PathwayFile::defaultPathway().pathway.units.first().outcomes.first().wording;
        ImportPathwayCommand reuse(other);
        QVERIFY(m_t->bus().execute(reuse, m_t->coordinator()).ok());
        QCOMPARE(m_t->count(QStringLiteral("training_units")), 6);
    }

    void enrolmentIsRefusedTwiceAndForUnknownPathways() {
        EnrolCommand twice(vol(), QStringLiteral("TMAP"));
        QVERIFY(m_t->bus()
                    .execute(twice, m_t->coordinator())
                    .message()
                    .contains(QLatin1String("already enrolled")));
        EnrolCommand unknown(vol(), QStringLiteral("NOPE"));
        QVERIFY(m_t->bus()
                    .execute(unknown, m_t->coordinator())
                    .message()
                    .contains(QLatin1String("no training pathway")));
        EnrolCommand byVolunteer(addVolunteer(QStringLiteral("Sam")), QStringLiteral("TMAP"));
        QCOMPARE(m_t->bus().execute(byVolunteer, m_t->volunteer()).status(), CommandResult::Status::Refused);
    }

    void aVolunteerAddsEvidenceToTheirOwnPortfolioOnly() {
        const CommandResult r = note(outcome(QStringLiteral("TM01"), 1));
        QVERIFY2(r.ok(), qPrintable(r.message()));
        const QString other = addVolunteer(QStringLiteral("Sam"));
        EnrolCommand enrol(other, QStringLiteral("TMAP"));
        QVERIFY(m_t->bus().execute(enrol, m_t->coordinator()).ok());
        const Counts before = counts(*m_t);
        AddEvidenceCommand cmd({other,
                                outcome(QStringLiteral("TM01"), 1),
                                QStringLiteral("note"),
                                QStringLiteral("Sam did it"),
                                {},
                                false,
                                {},
                                {},
                                0});
        const CommandResult refused = m_t->bus().execute(cmd, m_t->volunteer());
        QVERIFY2(refused.message().contains(QLatin1String("only to your own portfolio")),
                 qPrintable(refused.message()));
        QCOMPARE(counts(*m_t), before);
        QVERIFY(note(outcome(QStringLiteral("TM01"), 1), QStringLiteral(" "))
                    .message()
                    .contains(QLatin1String("Write the note")));
        // The audit keeps ids, never the note.
        const QString audit = Sql(m_t->db(), QStringLiteral("SELECT payload FROM audit WHERE command = "
                                                            "'training.evidence.add' LIMIT 1"))
                                  .scalar()
                                  .toString();
        QVERIFY(!audit.contains(QLatin1String("practised")));
    }

    void aFileIsCopiedIntoTheStoresFolderWithItsChecksum() {
        const QByteArray bytes = QByteArrayLiteral("%PDF-1.4 my reflective log");
        const QString source = writeFile(m_downloads.path(), QStringLiteral("My log (final).pdf"), bytes);
        AddEvidenceCommand cmd({vol(),
                                outcome(QStringLiteral("TM01"), 2),
                                QStringLiteral("file"),
                                QString(),
                                source,
                                false,
                                {},
                                {},
                                0});
        const CommandResult r = m_t->bus().execute(cmd, m_t->volunteer());
        QVERIFY2(r.ok(), qPrintable(r.message()));
        Sql q(m_t->db(),
              QStringLiteral("SELECT file_name, file_sha256, file_bytes FROM evidence WHERE id = :id"));
        q.bind(QStringLiteral(":id"), r.entityId()).exec();
        QVERIFY(q.next());
        const QString name = q.value(0).toString();
        QVERIFY2(name.startsWith(vol() + QLatin1Char('/')), qPrintable(name));
        QVERIFY2(name.endsWith(QLatin1String("-My-log-final-.pdf")), qPrintable(name));
        QVERIFY(!name.contains(m_downloads.path()));
        QCOMPARE(q.value(1).toString(),
                 QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(q.value(2).toInt(), bytes.size());
        const EvidenceStore files(m_t->path());
        QCOMPARE(files.folder(), m_t->path() + QStringLiteral(".evidence"));
        QVERIFY(files.verify(name, q.value(1).toString()));
        QCOMPARE(QFileInfo(files.folder()).permissions() & 0x0077, QFileDevice::Permissions());
        QCOMPARE(QFile::permissions(files.absolutePath(name)) & 0x0077, QFileDevice::Permissions());
        // The original can go: the portfolio keeps its copy.
        QVERIFY(QFile::remove(source));
        QVERIFY(QFile::exists(files.absolutePath(name)));
    }

    void badEvidenceFilesAreRefusedAndNothingIsWritten() {
        const Counts before = counts(*m_t);
        auto add = [&](const QString &kind, const QString &path) {
            AddEvidenceCommand cmd(
                {vol(), outcome(QStringLiteral("TM01"), 2), kind, QString(), path, false, {}, {}, 0});
            return m_t->bus().execute(cmd, m_t->volunteer()).message();
        };
        QString big = QDir(m_downloads.path()).filePath(QStringLiteral("video.mp4"));
        {
            QFile f(big);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(EvidenceStore::kMaxBytes + 1));
        }
        QVERIFY2(add(QStringLiteral("file"), big).contains(QLatin1String("too large")),
                 qPrintable(add(QStringLiteral("file"), big)));
        QVERIFY(add(QStringLiteral("file"), m_downloads.filePath(QStringLiteral("gone.pdf")))
                    .contains(QLatin1String("does not exist")));
        QVERIFY(add(QStringLiteral("file"), m_downloads.path()).contains(QLatin1String("is not a file")));
        QVERIFY(add(QStringLiteral("file"), writeFile(m_downloads.path(), QStringLiteral("empty.txt"), {}))
                    .contains(QLatin1String("is empty")));
        QVERIFY(add(QStringLiteral("photo"), writeFile(m_downloads.path(), QStringLiteral("notes.txt"), "x"))
                    .contains(QLatin1String("is not a photo")));
        QVERIFY(add(QStringLiteral("file"), QString()).contains(QLatin1String("Choose the file")));
        const QString locked = writeFile(m_downloads.path(), QStringLiteral("locked.pdf"), "secret");
        QFile::setPermissions(locked, QFileDevice::Permissions());
        // Running as root reads any file whatever its mode; /proc/self/mem is a file that refuses a plain
        // read.
        const QString unreadable =
            QFile(locked).open(QIODevice::ReadOnly) ? QStringLiteral("/proc/self/mem") : locked;
        QVERIFY2(add(QStringLiteral("file"), unreadable).contains(QLatin1String("cannot be read")),
                 qPrintable(add(QStringLiteral("file"), unreadable)));
        QCOMPARE(counts(*m_t), before);
        QVERIFY(!QDir(EvidenceStore(m_t->path()).folder()).exists());
    }

    void evidenceNeedsAnEnrolment() {
        const QString other = addVolunteer(QStringLiteral("Sam"));
        AddEvidenceCommand cmd({other,
                                outcome(QStringLiteral("TM01"), 1),
                                QStringLiteral("observation"),
                                QStringLiteral("Observed"),
                                {},
                                true,
                                {},
                                {},
                                0});
        QVERIFY(
            m_t->bus().execute(cmd, m_t->coordinator()).message().contains(QLatin1String("not enrolled")));
    }

    void signOffByTheWrongRoleOrTheAuthorIsRefused() {
        const QString o = outcome(QStringLiteral("TM01"), 1);
        QVERIFY2(signOff(o, m_t->coordinator()).message().contains(QLatin1String("no evidence")),
                 qPrintable(signOff(o, m_t->coordinator()).message()));
        QVERIFY(note(o).ok());
        const Counts before = counts(*m_t);
        const CommandResult librarian = signOff(o, m_t->librarian());
        QCOMPARE(librarian.status(), CommandResult::Status::Refused);
        QVERIFY2(librarian.message().contains(QLatin1String("training.assess")),
                 qPrintable(librarian.message()));
        QCOMPARE(signOff(o, m_t->volunteer()).status(), CommandResult::Status::Refused);
        // The coordinator observed the volunteer and wrote that up: another assessor must sign it off.
        AddEvidenceCommand observed({vol(),
                                     o,
                                     QStringLiteral("observation"),
                                     QStringLiteral("Calm and clear."),
                                     {},
                                     true,
                                     {},
                                     {},
                                     0});
        QVERIFY(m_t->bus().execute(observed, m_t->coordinator()).ok());
        const CommandResult own = signOff(o, m_t->coordinator());
        QVERIFY2(own.message().contains(QLatin1String("You wrote evidence for this outcome")),
                 qPrintable(own.message()));
        QCOMPARE(counts(*m_t).signoffs, before.signoffs);
        const CommandResult ok = signOff(o, m_t->admin());
        QVERIFY2(ok.ok(), qPrintable(ok.message()));
        QVERIFY(signOff(o, m_t->admin()).message().contains(QLatin1String("already signed off")));
        QVERIFY(note(o).message().contains(QLatin1String("already signed off")));
    }

    void aUnitIsAchievedOnlyWhenEveryOutcomeIsSignedOff() {
        const TrainingUnit tm02 = unit(QStringLiteral("TM02"));
        for (int i = 0; i < tm02.outcomes.size() - 1; ++i) {
            QVERIFY(note(tm02.outcomes.at(i).id).ok());
            QVERIFY(signOff(tm02.outcomes.at(i).id, m_t->coordinator()).ok());
        }
        QCOMPARE(m_t->count(QStringLiteral("unit_achievements")), 0);
        QVERIFY(TrainingQueries::unlockedChannels(m_t->db(), vol()).isEmpty());
        QCOMPARE(TrainingQueries::gatedChannels(m_t->db()), QStringList{QStringLiteral("home")});
        QVERIFY(note(tm02.outcomes.last().id).ok());
        const CommandResult r = signOff(tm02.outcomes.last().id, m_t->coordinator());
        QVERIFY2(r.message().contains(QLatin1String("Unit TM02 is achieved")), qPrintable(r.message()));
        QVERIFY(r.warnings().join(QLatin1Char(' ')).contains(QLatin1String("home")));
        QCOMPARE(m_t->count(QStringLiteral("unit_achievements")), 1);
        QCOMPARE(TrainingQueries::unlockedChannels(m_t->db(), vol()), QStringList{QStringLiteral("home")});
        const Portfolio p = *TrainingQueries(m_t->db()).portfolio(vol(), m_t->volunteer());
        QCOMPARE(p.achievedUnits(), 1);
        QVERIFY(!p.units.at(1).verified());
        QCOMPARE(p.units.at(1).outcomes.first().signedOffBy, QStringLiteral("Coordinator"));
        // Verification: not by the volunteer, not twice.
        VerifyUnitCommand early(vol(), QStringLiteral("TM01"));
        QVERIFY(m_t->bus()
                    .execute(early, m_t->coordinator())
                    .message()
                    .contains(QLatin1String("not achieved yet")));
        VerifyUnitCommand verify(vol(), QStringLiteral("tm02"));
        QVERIFY(m_t->bus().execute(verify, m_t->coordinator()).ok());
        QVERIFY(m_t->bus()
                    .execute(verify, m_t->coordinator())
                    .message()
                    .contains(QLatin1String("already verified")));
        QVERIFY(TrainingQueries(m_t->db()).portfolio(vol(), m_t->volunteer())->units.at(1).verified());
    }

    void everyUnitAchievedMakesAGraduate() {
        for (const QString &code : {QStringLiteral("TM01"), QStringLiteral("TM02"), QStringLiteral("TM03"),
                                    QStringLiteral("TM04"), QStringLiteral("TM05")}) {
            completeUnit(code);
        }
        QVERIFY(Sql(m_t->db(), QStringLiteral("SELECT graduated_on FROM enrolments")).scalar().isNull());
        const TrainingUnit last = unit(QStringLiteral("TM06"));
        for (int i = 0; i < last.outcomes.size(); ++i) {
            QVERIFY(note(last.outcomes.at(i).id).ok());
            const CommandResult r = signOff(last.outcomes.at(i).id, m_t->coordinator());
            if (i + 1 == last.outcomes.size()) {
                QVERIFY2(r.message().contains(QLatin1String("a graduate")), qPrintable(r.message()));
            }
        }
        QCOMPARE(Sql(m_t->db(), QStringLiteral("SELECT graduated_on FROM enrolments")).scalar().toString(),
                 QStringLiteral("2026-03-02"));
        const GraduateTotals g = TrainingQueries(m_t->db()).graduates(m_t->coordinator());
        QCOMPARE(g.total, 1);
        QCOMPARE(g.target, 500);
        QCOMPARE(g.byMonth, (QList<QPair<QString, int>>{{QStringLiteral("2026-03"), 1}}));
        QCOMPARE(g.byBranch, (QList<QPair<QString, int>>{{QStringLiteral("Central Library"), 1}}));
        QCOMPARE(TrainingQueries(m_t->db()).graduates(m_t->volunteer()).target, 0);
        const QString html =
            TrainingQueries::portfolioHtml(*TrainingQueries(m_t->db()).portfolio(vol(), m_t->coordinator()),
                                           QDate(2026, 3, 2), QStringLiteral("Kirkbeck"));
        QVERIFY(html.contains(QLatin1String("Val Volunteer")));
        QVERIFY(html.contains(QLatin1String("graduated 2 Mar 2026")));
        QVERIFY(html.contains(QLatin1String("Units achieved: 6 of 6")));
    }

    void claimsGoFromDraftToCertificated() {
        completeUnit(QStringLiteral("TM01"));
        completeUnit(QStringLiteral("TM03"));
        const QString tm01 = unit(QStringLiteral("TM01")).id;
        const QString tm03 = unit(QStringLiteral("TM03")).id;
        CreateClaimCommand unverified({{vol(), tm01}});
        QVERIFY(m_t->bus()
                    .execute(unverified, m_t->coordinator())
                    .message()
                    .contains(QLatin1String("not verified")));
        for (const QString &code : {QStringLiteral("TM01"), QStringLiteral("TM03")}) {
            VerifyUnitCommand v(vol(), code);
            QVERIFY(m_t->bus().execute(v, m_t->coordinator()).ok());
        }
        QCOMPARE(TrainingQueries(m_t->db()).claimable(m_t->coordinator()).size(), 2);
        CreateClaimCommand create({{vol(), tm01}, {vol(), tm03}});
        const CommandResult created = m_t->bus().execute(create, m_t->coordinator());
        QVERIFY2(created.ok(), qPrintable(created.message()));
        QVERIFY(created.message().contains(QLatin1String("TM-UAS-2026-001")));
        QVERIFY(TrainingQueries(m_t->db()).claimable(m_t->coordinator()).isEmpty());
        CreateClaimCommand again({{vol(), tm01}});
        QVERIFY(m_t->bus()
                    .execute(again, m_t->coordinator())
                    .message()
                    .contains(QLatin1String("already in a claim")));
        const QString claim = created.entityId();
        const QList<ClaimItemRow> items = TrainingQueries(m_t->db()).claimItems(claim, m_t->coordinator());
        QCOMPARE(items.size(), 2);
        CertificateClaimCommand early(claim, {});
        QVERIFY(m_t->bus()
                    .execute(early, m_t->coordinator())
                    .message()
                    .contains(QLatin1String("not been submitted")));
        SubmitClaimCommand submit(claim);
        QVERIFY(m_t->bus().execute(submit, m_t->coordinator()).ok());
        QVERIFY(m_t->bus()
                    .execute(submit, m_t->coordinator())
                    .message()
                    .contains(QLatin1String("already submitted")));
        CertificateClaimCommand missing(claim, {{items.at(0).id, QStringLiteral("UA1000001")}});
        QVERIFY(m_t->bus()
                    .execute(missing, m_t->coordinator())
                    .message()
                    .contains(QLatin1String("1 of 2 given")));
        CertificateClaimCommand twice(claim, {{items.at(0).id, QStringLiteral("UA1000001")},
                                              {items.at(1).id, QStringLiteral("UA1000001")}});
        QVERIFY(
            m_t->bus().execute(twice, m_t->coordinator()).message().contains(QLatin1String("given twice")));
        QCOMPARE(Sql(m_t->db(), QStringLiteral("SELECT status FROM claims")).scalar().toString(),
                 QStringLiteral("submitted"));
        CertificateClaimCommand done(claim, {{items.at(0).id, QStringLiteral("UA1000001")},
                                             {items.at(1).id, QStringLiteral("UA1000002")}});
        const CommandResult r = m_t->bus().execute(done, m_t->coordinator());
        QVERIFY2(r.ok(), qPrintable(r.message()));
        const QList<ClaimRow> claims = TrainingQueries(m_t->db()).claims(m_t->coordinator());
        QCOMPARE(claims.first().status, QStringLiteral("certificated"));
        QCOMPARE(
            TrainingQueries(m_t->db()).portfolio(vol(), m_t->volunteer())->units.first().certificateNumber,
            QStringLiteral("UA1000001"));
    }

    void aVolunteerSeesOnlyTheirOwnTraining() {
        const QString other = addVolunteer(QStringLiteral("Sam"));
        EnrolCommand enrol(other, QStringLiteral("TMAP"));
        QVERIFY(m_t->bus().execute(enrol, m_t->coordinator()).ok());
        QCOMPARE(TrainingQueries(m_t->db()).trainees(m_t->volunteer()).size(), 1);
        QCOMPARE(TrainingQueries(m_t->db()).trainees(m_t->coordinator()).size(), 2);
        QVERIFY(!TrainingQueries(m_t->db()).portfolio(other, m_t->volunteer()));
        QVERIFY(TrainingQueries(m_t->db()).portfolio(other, m_t->coordinator()));
        QVERIFY(TrainingQueries(m_t->db()).trainees(m_t->librarian()).isEmpty());
    }

    void everyTrainingCommandReplaysFromItsPayload() {
        TestStore b;
        loadPathway(b);
        const QStringList tables{QStringLiteral("training_units"),   QStringLiteral("training_outcomes"),
                                 QStringLiteral("pathways"),         QStringLiteral("pathway_units"),
                                 QStringLiteral("enrolments"),       QStringLiteral("evidence"),
                                 QStringLiteral("outcome_signoffs"), QStringLiteral("unit_achievements"),
                                 QStringLiteral("claims"),           QStringLiteral("claim_items")};
        auto step = [&](Command &cmd, const Actor &onA, const Actor &onB) {
            const CommandResult r = m_t->bus().execute(cmd, onA);
            QVERIFY2(r.ok(), qPrintable(cmd.name() + QLatin1String(": ") + r.message()));
            const QString problem = ReplayCheck::replayLast(*m_t, b, onB, tables);
            QVERIFY2(problem.isEmpty(), qPrintable(cmd.name() + QLatin1String(": ") + problem));
        };
        // The enrolment of init(), then every other command.
        const ReplayCheck::Op enrolOp = [&] {
            Sql q(m_t->db(), QStringLiteral("SELECT payload FROM outbox WHERE command = 'training.enrol'"));
            q.exec();
            q.next();
            return ReplayCheck::Op{QStringLiteral("training.enrol"),
                                   QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object(),
                                   {},
                                   {},
                                   {},
                                   {}};
        }();
        QString error;
        std::unique_ptr<Command> enrol =
            CommandRegistry::standard().build(enrolOp.command, enrolOp.payload, &error);
        QVERIFY2(enrol, qPrintable(error));
        QVERIFY(b.bus().execute(*enrol, b.coordinator()).ok());
        Sql(b.db(), QStringLiteral("UPDATE enrolments SET id = :id, updated_at = :u, hlc = :h"))
            .bind(QStringLiteral(":id"), Sql(m_t->db(), QStringLiteral("SELECT id FROM enrolments")).scalar())
            .bind(QStringLiteral(":u"),
                  Sql(m_t->db(), QStringLiteral("SELECT updated_at FROM enrolments")).scalar())
            .bind(QStringLiteral(":h"), Sql(m_t->db(), QStringLiteral("SELECT hlc FROM enrolments")).scalar())
            .exec();

        Pathway extra;
        extra.code = QStringLiteral("TMX");
        extra.name = QStringLiteral("TechMates extra");
        extra.units.append(TrainingUnit{{},
                                        QStringLiteral("TMX1"),
                                        QStringLiteral("Extra"),
                                        QStringLiteral("Entry 3"),
                                        {},
                                        {{{}, 0, QStringLiteral("Do a thing"), QStringLiteral("A note")}}});
        extra.units.append(unit(QStringLiteral("TM02")));
        ImportPathwayCommand import(extra);
        step(import, m_t->coordinator(), b.coordinator());
        const QString sam = QStringLiteral("5a3c0f8e-2b1d-4c5e-9f00-000000000001");
        for (TestStore *s : {m_t.get(), &b}) {
            Sql(s->db(),
                QStringLiteral(
                    "INSERT INTO volunteers(id, given_name, family_name, status, created_at, "
                    "updated_at) VALUES (:id, 'Sam', 'Second', 'active', '2026-01-01T00:00:00.000Z', "
                    "'2026-01-01T00:00:00.000Z')"))
                .bind(QStringLiteral(":id"), sam)
                .exec();
        }
        EnrolCommand enrolSam(sam, QStringLiteral("TMX"), QDate(2026, 2, 1));
        step(enrolSam, m_t->coordinator(), b.coordinator());

        const QString source = writeFile(m_downloads.path(), QStringLiteral("photo.png"), "\x89PNG fake");
        AddEvidenceCommand photo({vol(),
                                  outcome(QStringLiteral("TM01"), 1),
                                  QStringLiteral("photo"),
                                  QStringLiteral("At the tea party"),
                                  source,
                                  false,
                                  {},
                                  {},
                                  0});
        step(photo, m_t->volunteer(), b.volunteer());
        AddEvidenceCommand observed({vol(),
                                     outcome(QStringLiteral("TM01"), 2),
                                     QStringLiteral("observation"),
                                     QStringLiteral("Seen"),
                                     {},
                                     true,
                                     {},
                                     {},
                                     0});
        step(observed, m_t->coordinator(), b.coordinator());
        AddEvidenceCommand third({vol(),
                                  outcome(QStringLiteral("TM01"), 3),
                                  QStringLiteral("note"),
                                  QStringLiteral("Mine"),
                                  {},
                                  false,
                                  {},
                                  {},
                                  0});
        step(third, m_t->volunteer(), b.volunteer());
        SignOffOutcomeCommand s1(vol(), outcome(QStringLiteral("TM01"), 1));
        step(s1, m_t->coordinator(), b.coordinator());
        SignOffOutcomeCommand s2(vol(), outcome(QStringLiteral("TM01"), 2));
        step(s2, m_t->admin(), b.admin());
        SignOffOutcomeCommand s3(vol(), outcome(QStringLiteral("TM01"), 3)); // completes TM01
        step(s3, m_t->coordinator(), b.coordinator());
        VerifyUnitCommand verify(vol(), QStringLiteral("TM01"));
        step(verify, m_t->admin(), b.admin());
        CreateClaimCommand claim({{vol(), unit(QStringLiteral("TM01")).id}});
        step(claim, m_t->coordinator(), b.coordinator());
        const QString claimId = Sql(m_t->db(), QStringLiteral("SELECT id FROM claims")).scalar().toString();
        SubmitClaimCommand submit(claimId);
        step(submit, m_t->coordinator(), b.coordinator());
        const QString item = Sql(m_t->db(), QStringLiteral("SELECT id FROM claim_items")).scalar().toString();
        CertificateClaimCommand certificate(claimId, {{item, QStringLiteral("UA77")}});
        step(certificate, m_t->coordinator(), b.coordinator());
    }

    void aBadPayloadIsRefusedByBuildWithAMessage() {
        QString error;
        const CommandRegistry &registry = CommandRegistry::standard();
        QVERIFY(!registry.build(QStringLiteral("training.outcome.signoff"),
                                {{QStringLiteral("volunteer_id"), vol()}}, &error));
        QVERIFY2(error.contains(QLatin1String("outcome_id")), qPrintable(error));
        QVERIFY(!registry.build(QStringLiteral("training.evidence.add"),
                                {{QStringLiteral("volunteer_id"), vol()},
                                 {QStringLiteral("outcome_id"), QStringLiteral("x")},
                                 {QStringLiteral("kind"), QStringLiteral("note")},
                                 {QStringLiteral("by_assessor"), QStringLiteral("yes")}},
                                &error));
        QVERIFY2(error.contains(QLatin1String("by_assessor")), qPrintable(error));
        QVERIFY(!registry.build(QStringLiteral("training.enrol"),
                                {{QStringLiteral("volunteer_id"), vol()},
                                 {QStringLiteral("pathway_code"), QStringLiteral("TMAP")},
                                 {QStringLiteral("enrolled_on"), QStringLiteral("soon")}},
                                &error));
        QVERIFY2(error.contains(QLatin1String("enrolled_on")), qPrintable(error));
        QVERIFY(!registry.build(QStringLiteral("training.claim.certificate"),
                                {{QStringLiteral("claim_id"), QStringLiteral("c")},
                                 {QStringLiteral("certificates"), QJsonObject{{QStringLiteral("i"), 5}}}},
                                &error));
        QVERIFY2(error.contains(QLatin1String("certificates")), qPrintable(error));
        QVERIFY(!registry.build(QStringLiteral("training.claim.create"),
                                {{QStringLiteral("reference"), QStringLiteral("R")}}, &error));
        QVERIFY2(error.contains(QLatin1String("lines")), qPrintable(error));
        // A replayed file op must name a safe, relative file with a real checksum.
        std::unique_ptr<Command> sneaky =
            registry.build(QStringLiteral("training.evidence.add"),
                           {{QStringLiteral("volunteer_id"), vol()},
                            {QStringLiteral("outcome_id"), outcome(QStringLiteral("TM01"), 1)},
                            {QStringLiteral("kind"), QStringLiteral("file")},
                            {QStringLiteral("by_assessor"), false},
                            {QStringLiteral("file_name"), QStringLiteral("../../etc/passwd")},
                            {QStringLiteral("file_sha256"), QString(64, QLatin1Char('a'))},
                            {QStringLiteral("file_bytes"), 10}},
                           &error);
        QVERIFY(sneaky);
        QVERIFY(m_t->bus().execute(*sneaky, m_t->volunteer()).message().contains(QLatin1String("not valid")));
    }
};

QTEST_GUILESS_MAIN(TrainingTest)
#include "TrainingTest.moc"
