#include "TrainingCommands.h"

#include "EvidenceStore.h"
#include "commands/CommandContext.h"
#include "commands/PayloadReader.h"
#include "core/IdSource.h"
#include "store/Sql.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("TrainingCommands", text);
}

bool exists(const QSqlDatabase &db, const QString &sql, const QString &a, const QString &b = {}) {
    Sql q(db, sql);
    q.bind(QStringLiteral(":a"), a);
    if (sql.contains(QLatin1String(":b"))) {
        q.bind(QStringLiteral(":b"), b);
    }
    return q.scalar().toBool();
}

// Is the volunteer enrolled on a pathway that holds this unit?
bool enrolledFor(const QSqlDatabase &db, const QString &volunteerId, const QString &unitId) {
    return exists(
        db,
        QStringLiteral("SELECT EXISTS(SELECT 1 FROM enrolments e JOIN pathway_units pu ON pu.pathway_id = "
                       "e.pathway_id AND pu.deleted = 0 WHERE e.volunteer_id = :a AND pu.unit_id = :b "
                       "AND e.deleted = 0)"),
        volunteerId, unitId);
}

std::optional<QString> volunteerName(const QSqlDatabase &db, const QString &id) {
    const QVariant v =
        Sql(db, QStringLiteral("SELECT given_name || ' ' || family_name FROM volunteers WHERE id = :v "
                               "AND deleted = 0"))
            .bind(QStringLiteral(":v"), id)
            .scalar();
    if (!v.isValid()) {
        return std::nullopt;
    }
    return v.toString();
}
} // namespace

// ---- pathway import ----

ImportPathwayCommand::ImportPathwayCommand(Pathway pathway)
    : m_pathway(std::move(pathway)) {}

QJsonObject ImportPathwayCommand::pathwayJson(const Pathway &p) {
    QJsonArray units;
    for (const TrainingUnit &u : p.units) {
        QJsonArray outcomes;
        for (const TrainingOutcome &o : u.outcomes) {
            outcomes.append(QJsonObject{{QStringLiteral("wording"), o.wording},
                                        {QStringLiteral("evidence_needed"), o.evidenceNeeded}});
        }
        units.append(QJsonObject{{QStringLiteral("code"), u.code},
                                 {QStringLiteral("title"), u.title},
                                 {QStringLiteral("level"), u.level},
                                 {QStringLiteral("unlocks"), QJsonArray::fromStringList(u.unlocks)},
                                 {QStringLiteral("outcomes"), outcomes}});
    }
    return {
        {QStringLiteral("code"), p.code}, {QStringLiteral("name"), p.name}, {QStringLiteral("units"), units}};
}

Pathway ImportPathwayCommand::pathwayFromJson(const QJsonObject &o) {
    const PayloadReader r(o);
    Pathway p;
    p.code = r.text(QStringLiteral("code"));
    p.name = r.text(QStringLiteral("name"));
    const QJsonValue units = o.value(QStringLiteral("units"));
    if (!units.isArray()) {
        throw PayloadError(QStringLiteral("the field “units” should be a list"));
    }
    for (const QJsonValue &uv : units.toArray()) {
        const PayloadReader ur(uv.toObject());
        TrainingUnit u;
        u.code = ur.text(QStringLiteral("code"));
        u.title = ur.text(QStringLiteral("title"));
        u.level = ur.optionalText(QStringLiteral("level"));
        u.unlocks = ur.optionalList(QStringLiteral("unlocks"));
        const QJsonValue outcomes = uv.toObject().value(QStringLiteral("outcomes"));
        if (!outcomes.isArray()) {
            throw PayloadError(QStringLiteral("the field “outcomes” should be a list"));
        }
        for (const QJsonValue &ov : outcomes.toArray()) {
            const PayloadReader orr(ov.toObject());
            u.outcomes.append({QString(), 0, orr.text(QStringLiteral("wording")),
                               orr.optionalText(QStringLiteral("evidence_needed"))});
        }
        p.units.append(u);
    }
    return p;
}

std::optional<QString> ImportPathwayCommand::check(CommandContext &ctx) {
    m_pathway.code = m_pathway.code.simplified().toUpper();
    m_pathway.name = m_pathway.name.simplified();
    static const QRegularExpression codeRe(QStringLiteral("^[A-Z0-9][A-Z0-9_-]{1,15}$"));
    if (!codeRe.match(m_pathway.code).hasMatch() || m_pathway.name.isEmpty() || m_pathway.name.size() > 160) {
        return tr(
            "A pathway needs a code (2 to 16 letters and digits) and a name of at most 160 characters.");
    }
    if (m_pathway.units.isEmpty()) {
        return tr("A pathway needs at least one unit.");
    }
    const TrainingCatalogue catalogue(ctx.db);
    if (catalogue.pathwayByCode(m_pathway.code)) {
        return tr("There is already a pathway with the code %1.").arg(m_pathway.code);
    }
    m_unitExists.clear();
    QSet<QString> codes;
    for (TrainingUnit &u : m_pathway.units) {
        if (std::optional<QString> why = PathwayFile::validate(u)) {
            return why->at(0).toUpper() + why->mid(1) + QLatin1Char('.');
        }
        if (codes.contains(u.code)) {
            return tr("The unit %1 appears twice in the pathway.").arg(u.code);
        }
        codes.insert(u.code);
        const std::optional<TrainingUnit> existing = catalogue.unitByCode(u.code);
        if (existing) {
            bool same = existing->outcomes.size() == u.outcomes.size();
            for (int i = 0; same && i < u.outcomes.size(); ++i) {
                same = existing->outcomes.at(i).wording == u.outcomes.at(i).wording;
            }
            if (!same) {
                return tr("The unit %1 is already on record with different outcomes; give the new unit its "
                          "own "
                          "code.")
                    .arg(u.code);
            }
            u.id = existing->id;
        }
        m_unitExists.append(existing.has_value());
    }
    return std::nullopt;
}

Command::Applied ImportPathwayCommand::apply(CommandContext &ctx) {
    // Stable ids, as for the badge catalogue: two desks loading the same pathway agree on every row.
    m_pathway.id = IdSource::stableId(QStringLiteral("pathways/") + m_pathway.code);
    Sql(ctx.db, QStringLiteral(
                    "INSERT INTO pathways(id, code, name, updated_at, hlc) VALUES (:id, :code, :name, :now, "
                    ":hlc)"))
        .bind(QStringLiteral(":id"), m_pathway.id)
        .bind(QStringLiteral(":code"), m_pathway.code)
        .bind(QStringLiteral(":name"), m_pathway.name)
        .bind(QStringLiteral(":now"), ctx.nowIso)
        .bind(QStringLiteral(":hlc"), ctx.hlc)
        .exec();
    int added = 0;
    for (int i = 0; i < m_pathway.units.size(); ++i) {
        TrainingUnit &u = m_pathway.units[i];
        if (!m_unitExists.at(i)) {
            ++added;
            u.id = IdSource::stableId(QStringLiteral("training_units/") + u.code);
            Sql(ctx.db,
                QStringLiteral("INSERT INTO training_units(id, code, title, level, unlocks, updated_at, hlc) "
                               "VALUES (:id, :code, :title, :level, :unlocks, :now, :hlc)"))
                .bind(QStringLiteral(":id"), u.id)
                .bind(QStringLiteral(":code"), u.code)
                .bind(QStringLiteral(":title"), u.title)
                .bind(QStringLiteral(":level"), u.level)
                .bind(QStringLiteral(":unlocks"), u.unlocks.join(QLatin1Char(',')))
                .bind(QStringLiteral(":now"), ctx.nowIso)
                .bind(QStringLiteral(":hlc"), ctx.hlc)
                .exec();
            for (const TrainingOutcome &o : u.outcomes) {
                Sql(ctx.db, QStringLiteral(
                                "INSERT INTO training_outcomes(id, unit_id, seq, wording, evidence_needed, "
                                "updated_at, hlc) VALUES (:id, :unit, :seq, :w, :e, :now, :hlc)"))
                    .bind(
                        QStringLiteral(":id"),
                        IdSource::stableId(QStringLiteral("training_outcomes/%1/%2").arg(u.code).arg(o.seq)))
                    .bind(QStringLiteral(":unit"), u.id)
                    .bind(QStringLiteral(":seq"), o.seq)
                    .bind(QStringLiteral(":w"), o.wording)
                    .bind(QStringLiteral(":e"), o.evidenceNeeded)
                    .bind(QStringLiteral(":now"), ctx.nowIso)
                    .bind(QStringLiteral(":hlc"), ctx.hlc)
                    .exec();
            }
        }
        Sql(ctx.db, QStringLiteral("INSERT INTO pathway_units(id, pathway_id, unit_id, seq, updated_at, hlc) "
                                   "VALUES (:id, :p, :u, :seq, :now, :hlc)"))
            .bind(QStringLiteral(":id"),
                  IdSource::stableId(QStringLiteral("pathway_units/%1/%2").arg(m_pathway.code, u.code)))
            .bind(QStringLiteral(":p"), m_pathway.id)
            .bind(QStringLiteral(":u"), u.id)
            .bind(QStringLiteral(":seq"), i + 1)
            .bind(QStringLiteral(":now"), ctx.nowIso)
            .bind(QStringLiteral(":hlc"), ctx.hlc)
            .exec();
    }
    return {QStringLiteral("pathways"),
            m_pathway.id,
            tr("Loaded the pathway %1 with %2 unit(s) (%3 new).")
                .arg(m_pathway.code)
                .arg(m_pathway.units.size())
                .arg(added),
            {}};
}

QJsonObject ImportPathwayCommand::payload() const {
    QJsonObject o = pathwayJson(m_pathway);
    o.insert(QStringLiteral("id"), m_pathway.id);
    return o;
}

// ---- enrol ----

EnrolCommand::EnrolCommand(QString volunteerId, QString pathwayCode, QDate enrolledOn)
    : m_volunteerId(std::move(volunteerId))
    , m_pathwayCode(std::move(pathwayCode))
    , m_enrolledOn(enrolledOn) {}

std::optional<QString> EnrolCommand::check(CommandContext &ctx) {
    Sql v(ctx.db,
          QStringLiteral("SELECT status FROM volunteers WHERE id = :v AND deleted = 0 AND anonymised = 0"));
    v.bind(QStringLiteral(":v"), m_volunteerId).exec();
    if (!v.next()) {
        return tr("That volunteer is not on record.");
    }
    if (v.value(0).toString() == QLatin1String("left")) {
        return tr("That volunteer has left the programme.");
    }
    const std::optional<Pathway> pathway = TrainingCatalogue(ctx.db).pathwayByCode(m_pathwayCode);
    if (!pathway) {
        return tr("There is no training pathway with the code %1.").arg(m_pathwayCode.simplified().left(20));
    }
    m_pathwayId = pathway->id;
    m_pathwayCode = pathway->code;
    if (exists(ctx.db,
               QStringLiteral(
                   "SELECT EXISTS(SELECT 1 FROM enrolments WHERE volunteer_id = :a AND pathway_id = :b)"),
               m_volunteerId, m_pathwayId)) {
        return tr("The volunteer is already enrolled on %1.").arg(pathway->code);
    }
    const QDate today = QDate::fromString(ctx.today, Qt::ISODate);
    if (!m_enrolledOn.isValid()) {
        m_enrolledOn = today;
    }
    if (m_enrolledOn > today) {
        return tr("The enrolment date %1 is in the future.").arg(m_enrolledOn.toString(Qt::ISODate));
    }
    return std::nullopt;
}

Command::Applied EnrolCommand::apply(CommandContext &ctx) {
    m_id = ctx.newId();
    Sql(ctx.db,
        QStringLiteral("INSERT INTO enrolments(id, volunteer_id, pathway_id, enrolled_on, updated_at, hlc) "
                       "VALUES (:id, :v, :p, :on, :now, :hlc)"))
        .bind(QStringLiteral(":id"), m_id)
        .bind(QStringLiteral(":v"), m_volunteerId)
        .bind(QStringLiteral(":p"), m_pathwayId)
        .bind(QStringLiteral(":on"), m_enrolledOn.toString(Qt::ISODate))
        .bind(QStringLiteral(":now"), ctx.nowIso)
        .bind(QStringLiteral(":hlc"), ctx.hlc)
        .exec();
    return {QStringLiteral("enrolments"), m_id, tr("Enrolled on the pathway %1.").arg(m_pathwayCode), {}};
}

QJsonObject EnrolCommand::payload() const {
    return {{QStringLiteral("id"), m_id},
            {QStringLiteral("volunteer_id"), m_volunteerId},
            {QStringLiteral("pathway_code"), m_pathwayCode},
            {QStringLiteral("pathway_id"), m_pathwayId},
            {QStringLiteral("enrolled_on"), m_enrolledOn.toString(Qt::ISODate)}};
}

// ---- evidence ----

const QStringList &AddEvidenceCommand::kinds() {
    static const QStringList all{QStringLiteral("observation"), QStringLiteral("file"),
                                 QStringLiteral("photo"), QStringLiteral("note")};
    return all;
}

bool AddEvidenceCommand::needsFile(const QString &kind) {
    return kind == QLatin1String("file") || kind == QLatin1String("photo");
}

AddEvidenceCommand::AddEvidenceCommand(EvidenceRequest request)
    : m_request(std::move(request)) {}

std::optional<QString> AddEvidenceCommand::check(CommandContext &ctx) {
    EvidenceRequest &r = m_request;
    r.note = r.note.trimmed();
    if (!kinds().contains(r.kind)) {
        return tr("Evidence is an observation, a file, a photo or a note.");
    }
    if (!r.byAssessor && ctx.actor.volunteerId() != r.volunteerId) {
        return tr("You can add evidence only to your own portfolio.");
    }
    if (!volunteerName(ctx.db, r.volunteerId)) {
        return tr("That volunteer is not on record.");
    }
    const std::optional<TrainingUnit> unit = TrainingCatalogue(ctx.db).unitOfOutcome(r.outcomeId);
    if (!unit) {
        return tr("That outcome is not on record.");
    }
    if (!enrolledFor(ctx.db, r.volunteerId, unit->id)) {
        return tr("The volunteer is not enrolled on a pathway with the unit %1.").arg(unit->code);
    }
    if (exists(ctx.db,
               QStringLiteral(
                   "SELECT EXISTS(SELECT 1 FROM outcome_signoffs WHERE volunteer_id = :a AND outcome_id = :b "
                   "AND deleted = 0)"),
               r.volunteerId, r.outcomeId)) {
        return tr("That outcome is already signed off; it needs no more evidence.");
    }
    if (r.note.size() > 4000) {
        return tr("The note is too long (at most 4,000 characters).");
    }
    if (!needsFile(r.kind) && r.note.isEmpty()) {
        return r.kind == QLatin1String("observation") ? tr("Describe what was observed.")
                                                      : tr("Write the note.");
    }
    if (!needsFile(r.kind)) {
        return std::nullopt;
    }
    if (!r.storedFileName.isEmpty()) { // a replay: the file was stored where the op began
        static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
        if (!hex.match(r.storedSha256).hasMatch() || r.storedBytes <= 0 ||
            r.storedBytes > EvidenceStore::kMaxBytes || r.storedFileName.contains(QLatin1String("..")) ||
            r.storedFileName.startsWith(QLatin1Char('/'))) {
            return tr("The evidence file's details are not valid.");
        }
        m_fileName = r.storedFileName;
        m_sha256 = r.storedSha256;
        m_fileBytes = r.storedBytes;
        return std::nullopt;
    }
    EvidenceStore::Read read = EvidenceStore::readSource(r.sourcePath);
    if (!read.error.isEmpty()) {
        return read.error;
    }
    if (r.kind == QLatin1String("photo")) {
        static const QStringList photos{QStringLiteral("jpg"),  QStringLiteral("jpeg"),
                                        QStringLiteral("png"),  QStringLiteral("gif"),
                                        QStringLiteral("webp"), QStringLiteral("heic")};
        if (!photos.contains(QFileInfo(read.baseName).suffix().toLower())) {
            return tr("%1 is not a photo (JPEG, PNG, GIF, WebP or HEIC); add it as a file instead.")
                .arg(read.baseName);
        }
    }
    m_bytes = std::move(read.bytes);
    m_sha256 = read.sha256;
    m_fileBytes = m_bytes.size();
    m_baseName = read.baseName;
    return std::nullopt;
}

Command::Applied AddEvidenceCommand::apply(CommandContext &ctx) {
    m_id = ctx.newId();
    if (!m_bytes.isEmpty()) {
        m_fileName = m_request.volunteerId + QLatin1Char('/') + m_id.left(8) + QLatin1Char('-') +
                     EvidenceStore::safeName(m_baseName);
    }
    Sql(ctx.db, QStringLiteral(
                    "INSERT INTO evidence(id, volunteer_id, outcome_id, kind, note, file_name, file_sha256, "
                    "file_bytes, author_id, created_at, updated_at, hlc) VALUES (:id, :v, :o, :kind, :note, "
                    ":file, :sha, :bytes, :author, :now, :now, :hlc)"))
        .bind(QStringLiteral(":id"), m_id)
        .bind(QStringLiteral(":v"), m_request.volunteerId)
        .bind(QStringLiteral(":o"), m_request.outcomeId)
        .bind(QStringLiteral(":kind"), m_request.kind)
        .bind(QStringLiteral(":note"), m_request.note)
        .bind(QStringLiteral(":file"), m_fileName)
        .bind(QStringLiteral(":sha"), m_sha256)
        .bind(QStringLiteral(":bytes"), m_fileBytes)
        .bind(QStringLiteral(":author"), nullIfEmpty(ctx.actor.userId()))
        .bind(QStringLiteral(":now"), ctx.nowIso)
        .bind(QStringLiteral(":hlc"), ctx.hlc)
        .exec();
    // The file last: a failed insert leaves nothing on disk. A failure after this (audit, commit) is undone
    // by discardCopiedFile().
    if (!m_bytes.isEmpty()) {
        const EvidenceStore files(ctx.store.path());
        QString error;
        if (!files.write(m_fileName, m_bytes, &error)) {
            throw StoreError(error);
        }
        m_copiedTo = files.absolutePath(m_fileName);
    }
    return {QStringLiteral("evidence"),
            m_id,
            m_fileName.isEmpty() ? tr("Added a %1 as evidence.").arg(m_request.kind)
                                 : tr("Added a %1 as evidence (%2 KB, checksum kept).")
                                       .arg(m_request.kind)
                                       .arg((m_fileBytes + 1023) / 1024),
            {}};
}

void AddEvidenceCommand::discardCopiedFile() {
    if (!m_copiedTo.isEmpty()) {
        QFile::remove(m_copiedTo);
        m_copiedTo.clear();
    }
}

QJsonObject AddEvidenceCommand::payload() const {
    return {{QStringLiteral("id"), m_id},
            {QStringLiteral("volunteer_id"), m_request.volunteerId},
            {QStringLiteral("outcome_id"), m_request.outcomeId},
            {QStringLiteral("kind"), m_request.kind},
            {QStringLiteral("note"), m_request.note},
            {QStringLiteral("by_assessor"), m_request.byAssessor},
            {QStringLiteral("file_name"), m_fileName},
            {QStringLiteral("file_sha256"), m_sha256},
            {QStringLiteral("file_bytes"), double(m_fileBytes)}};
}

QJsonObject AddEvidenceCommand::auditPayload() const {
    return {{QStringLiteral("id"), m_id},
            {QStringLiteral("volunteer_id"), m_request.volunteerId},
            {QStringLiteral("outcome_id"), m_request.outcomeId},
            {QStringLiteral("kind"), m_request.kind},
            {QStringLiteral("file_sha256"), m_sha256},
            {QStringLiteral("file_bytes"), double(m_fileBytes)}};
}

// ---- sign-off ----

SignOffOutcomeCommand::SignOffOutcomeCommand(QString volunteerId, QString outcomeId)
    : m_volunteerId(std::move(volunteerId))
    , m_outcomeId(std::move(outcomeId)) {}

std::optional<QString> SignOffOutcomeCommand::check(CommandContext &ctx) {
    if (!volunteerName(ctx.db, m_volunteerId)) {
        return tr("That volunteer is not on record.");
    }
    const std::optional<TrainingUnit> unit = TrainingCatalogue(ctx.db).unitOfOutcome(m_outcomeId);
    if (!unit) {
        return tr("That outcome is not on record.");
    }
    m_unit = *unit;
    if (!ctx.actor.volunteerId().isEmpty() && ctx.actor.volunteerId() == m_volunteerId) {
        return tr("Nobody signs off their own training: ask another assessor.");
    }
    if (!enrolledFor(ctx.db, m_volunteerId, unit->id)) {
        return tr("The volunteer is not enrolled on a pathway with the unit %1.").arg(unit->code);
    }
    if (exists(ctx.db,
               QStringLiteral(
                   "SELECT EXISTS(SELECT 1 FROM outcome_signoffs WHERE volunteer_id = :a AND outcome_id = :b "
                   "AND deleted = 0)"),
               m_volunteerId, m_outcomeId)) {
        return tr("That outcome is already signed off.");
    }
    Sql q(ctx.db, QStringLiteral("SELECT count(*), COALESCE(SUM(author_id = :me), 0) FROM evidence "
                                 "WHERE volunteer_id = :v AND outcome_id = :o AND deleted = 0"));
    q.bind(QStringLiteral(":me"), ctx.actor.userId())
        .bind(QStringLiteral(":v"), m_volunteerId)
        .bind(QStringLiteral(":o"), m_outcomeId)
        .exec();
    q.next();
    if (q.value(0).toInt() == 0) {
        return tr("There is no evidence for this outcome yet; it cannot be signed off.");
    }
    if (q.value(1).toInt() > 0) {
        return tr("You wrote evidence for this outcome, so another assessor must sign it off.");
    }
    return std::nullopt;
}

Command::Applied SignOffOutcomeCommand::apply(CommandContext &ctx) {
    m_id = ctx.newId();
    Sql(ctx.db,
        QStringLiteral("INSERT INTO outcome_signoffs(id, volunteer_id, outcome_id, assessor_id, signed_at, "
                       "updated_at, hlc) VALUES (:id, :v, :o, :a, :now, :now, :hlc)"))
        .bind(QStringLiteral(":id"), m_id)
        .bind(QStringLiteral(":v"), m_volunteerId)
        .bind(QStringLiteral(":o"), m_outcomeId)
        .bind(QStringLiteral(":a"), ctx.actor.userId())
        .bind(QStringLiteral(":now"), ctx.nowIso)
        .bind(QStringLiteral(":hlc"), ctx.hlc)
        .exec();
    int seq = 0;
    for (const TrainingOutcome &o : m_unit.outcomes) {
        if (o.id == m_outcomeId) {
            seq = o.seq;
        }
    }
    QString summary = tr("Signed off outcome %1.%2.").arg(m_unit.code).arg(seq);
    QStringList notes;
    const int signedCount =
        Sql(ctx.db,
            QStringLiteral("SELECT count(*) FROM outcome_signoffs s JOIN training_outcomes o ON o.id = "
                           "s.outcome_id WHERE s.volunteer_id = :v AND o.unit_id = :u AND s.deleted = 0 AND "
                           "o.deleted = 0"))
            .bind(QStringLiteral(":v"), m_volunteerId)
            .bind(QStringLiteral(":u"), m_unit.id)
            .scalar()
            .toInt();
    const bool achieved =
        signedCount >= m_unit.outcomes.size() &&
        !exists(
            ctx.db,
            QStringLiteral(
                "SELECT EXISTS(SELECT 1 FROM unit_achievements WHERE volunteer_id = :a AND unit_id = :b)"),
            m_volunteerId, m_unit.id);
    if (!achieved) {
        return {QStringLiteral("outcome_signoffs"), m_id, summary, notes};
    }
    m_achievementId = ctx.newId();
    Sql(ctx.db, QStringLiteral(
                    "INSERT INTO unit_achievements(id, volunteer_id, unit_id, achieved_on, updated_at, hlc) "
                    "VALUES (:id, :v, :u, :on, :now, :hlc)"))
        .bind(QStringLiteral(":id"), m_achievementId)
        .bind(QStringLiteral(":v"), m_volunteerId)
        .bind(QStringLiteral(":u"), m_unit.id)
        .bind(QStringLiteral(":on"), ctx.today)
        .bind(QStringLiteral(":now"), ctx.nowIso)
        .bind(QStringLiteral(":hlc"), ctx.hlc)
        .exec();
    summary += QLatin1Char(' ') +
               tr("Unit %1 is achieved; it awaits a coordinator's verification.").arg(m_unit.code);
    if (!m_unit.unlocks.isEmpty()) {
        notes.append(tr("This unit unlocks %1 bookings.").arg(m_unit.unlocks.join(QStringLiteral(", "))));
    }
    // Graduation: every unit of a pathway the volunteer is on.
    Sql e(ctx.db,
          QStringLiteral(
              "SELECT e.id, p.code FROM enrolments e JOIN pathways p ON p.id = e.pathway_id "
              "WHERE e.volunteer_id = :v AND e.deleted = 0 AND e.graduated_on IS NULL AND NOT EXISTS ("
              "  SELECT 1 FROM pathway_units pu WHERE pu.pathway_id = e.pathway_id AND pu.deleted = 0 AND "
              "  NOT EXISTS (SELECT 1 FROM unit_achievements a WHERE a.volunteer_id = e.volunteer_id AND "
              "  a.unit_id = pu.unit_id AND a.deleted = 0))"));
    e.bind(QStringLiteral(":v"), m_volunteerId).exec();
    QStringList codes;
    while (e.next()) {
        m_graduatedEnrolments.append(e.value(0).toString());
        codes.append(e.value(1).toString());
    }
    for (const QString &id : m_graduatedEnrolments) {
        Sql(ctx.db, QStringLiteral(
                        "UPDATE enrolments SET graduated_on = :on, version = version + 1, updated_at = :now, "
                        "hlc = :hlc WHERE id = :id"))
            .bind(QStringLiteral(":on"), ctx.today)
            .bind(QStringLiteral(":now"), ctx.nowIso)
            .bind(QStringLiteral(":hlc"), ctx.hlc)
            .bind(QStringLiteral(":id"), id)
            .exec();
    }
    if (!codes.isEmpty()) {
        summary += QLatin1Char(' ') +
                   tr("Every unit of %1 is achieved: a graduate!").arg(codes.join(QStringLiteral(", ")));
    }
    return {QStringLiteral("outcome_signoffs"), m_id, summary, notes};
}

QJsonObject SignOffOutcomeCommand::payload() const {
    return {{QStringLiteral("id"), m_id},
            {QStringLiteral("volunteer_id"), m_volunteerId},
            {QStringLiteral("outcome_id"), m_outcomeId},
            {QStringLiteral("unit_achievement_id"), m_achievementId},
            {QStringLiteral("graduated_enrolments"), QJsonArray::fromStringList(m_graduatedEnrolments)}};
}

// ---- verify ----

VerifyUnitCommand::VerifyUnitCommand(QString volunteerId, QString unitCode)
    : m_volunteerId(std::move(volunteerId))
    , m_unitCode(std::move(unitCode)) {}

std::optional<QString> VerifyUnitCommand::check(CommandContext &ctx) {
    const std::optional<TrainingUnit> unit = TrainingCatalogue(ctx.db).unitByCode(m_unitCode);
    if (!unit) {
        return tr("There is no unit with the code %1.").arg(m_unitCode.simplified().left(20));
    }
    m_unitCode = unit->code;
    if (!ctx.actor.volunteerId().isEmpty() && ctx.actor.volunteerId() == m_volunteerId) {
        return tr("Nobody verifies their own training.");
    }
    Sql q(ctx.db,
          QStringLiteral(
              "SELECT id, verified_by FROM unit_achievements WHERE volunteer_id = :v AND unit_id = :u "
              "AND deleted = 0"));
    q.bind(QStringLiteral(":v"), m_volunteerId).bind(QStringLiteral(":u"), unit->id).exec();
    if (!q.next()) {
        return tr("The unit %1 is not achieved yet: every outcome needs an assessor's sign-off first.")
            .arg(unit->code);
    }
    if (!q.value(1).isNull()) {
        return tr("The unit %1 is already verified.").arg(unit->code);
    }
    m_achievementId = q.value(0).toString();
    return std::nullopt;
}

Command::Applied VerifyUnitCommand::apply(CommandContext &ctx) {
    Sql(ctx.db,
        QStringLiteral(
            "UPDATE unit_achievements SET verified_by = :by, version = version + 1, updated_at = :now, "
            "hlc = :hlc WHERE id = :id"))
        .bind(QStringLiteral(":by"), nullIfEmpty(ctx.actor.userId()))
        .bind(QStringLiteral(":now"), ctx.nowIso)
        .bind(QStringLiteral(":hlc"), ctx.hlc)
        .bind(QStringLiteral(":id"), m_achievementId)
        .exec();
    return {QStringLiteral("unit_achievements"),
            m_achievementId,
            tr("Verified the unit %1; it can now be claimed.").arg(m_unitCode),
            {}};
}

QJsonObject VerifyUnitCommand::payload() const {
    return {{QStringLiteral("volunteer_id"), m_volunteerId},
            {QStringLiteral("unit_code"), m_unitCode},
            {QStringLiteral("unit_achievement_id"), m_achievementId}};
}
