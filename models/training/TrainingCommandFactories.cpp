#include "TrainingCommandFactories.h"

#include "ClaimCommands.h"
#include "TrainingCommands.h"
#include "commands/CommandRegistry.h"
#include "commands/PayloadReader.h"

#include <QJsonArray>

void registerTrainingCommands(CommandRegistry &registry) {
    registry.add(QStringLiteral("training.pathway.import"),
                 [](const QJsonObject &p) -> std::unique_ptr<Command> {
                     return std::make_unique<ImportPathwayCommand>(ImportPathwayCommand::pathwayFromJson(p));
                 });
    registry.add(QStringLiteral("training.enrol"), [](const QJsonObject &p) -> std::unique_ptr<Command> {
        const PayloadReader r(p);
        const QDate on = r.date(QStringLiteral("enrolled_on"));
        return std::make_unique<EnrolCommand>(r.text(QStringLiteral("volunteer_id")),
                                              r.text(QStringLiteral("pathway_code")), on);
    });
    registry.add(QStringLiteral("training.evidence.add"),
                 [](const QJsonObject &p) -> std::unique_ptr<Command> {
                     const PayloadReader r(p);
                     EvidenceRequest e;
                     e.volunteerId = r.text(QStringLiteral("volunteer_id"));
                     e.outcomeId = r.text(QStringLiteral("outcome_id"));
                     e.kind = r.text(QStringLiteral("kind"));
                     e.note = r.optionalText(QStringLiteral("note"));
                     e.byAssessor = r.flag(QStringLiteral("by_assessor"));
                     e.storedFileName = r.optionalText(QStringLiteral("file_name"));
                     e.storedSha256 = r.optionalText(QStringLiteral("file_sha256"));
                     e.storedBytes = r.optionalInteger(QStringLiteral("file_bytes"), 0);
                     return std::make_unique<AddEvidenceCommand>(e);
                 });
    registry.add(QStringLiteral("training.outcome.signoff"),
                 [](const QJsonObject &p) -> std::unique_ptr<Command> {
                     const PayloadReader r(p);
                     return std::make_unique<SignOffOutcomeCommand>(r.text(QStringLiteral("volunteer_id")),
                                                                    r.text(QStringLiteral("outcome_id")));
                 });
    registry.add(QStringLiteral("training.unit.verify"),
                 [](const QJsonObject &p) -> std::unique_ptr<Command> {
                     const PayloadReader r(p);
                     return std::make_unique<VerifyUnitCommand>(r.text(QStringLiteral("volunteer_id")),
                                                                r.text(QStringLiteral("unit_code")));
                 });
    registry.add(
        QStringLiteral("training.claim.create"), [](const QJsonObject &p) -> std::unique_ptr<Command> {
            const PayloadReader r(p);
            const QJsonValue lines = p.value(QStringLiteral("lines"));
            if (!lines.isArray()) {
                throw PayloadError(QStringLiteral("the field “lines” should be a list"));
            }
            QList<ClaimLine> out;
            for (const QJsonValue &v : lines.toArray()) {
                const PayloadReader lr(v.toObject());
                out.append({lr.text(QStringLiteral("volunteer_id")), lr.text(QStringLiteral("unit_id"))});
            }
            return std::make_unique<CreateClaimCommand>(out, r.text(QStringLiteral("reference")));
        });
    registry.add(
        QStringLiteral("training.claim.submit"), [](const QJsonObject &p) -> std::unique_ptr<Command> {
            return std::make_unique<SubmitClaimCommand>(PayloadReader(p).text(QStringLiteral("claim_id")));
        });
    registry.add(
        QStringLiteral("training.claim.certificate"), [](const QJsonObject &p) -> std::unique_ptr<Command> {
            const PayloadReader r(p);
            const QJsonObject numbers = r.object(QStringLiteral("certificates"));
            QHash<QString, QString> out;
            for (auto it = numbers.constBegin(); it != numbers.constEnd(); ++it) {
                if (!it.value().isString()) {
                    throw PayloadError(QStringLiteral("the field “certificates” should map lines to text"));
                }
                out.insert(it.key(), it.value().toString());
            }
            return std::make_unique<CertificateClaimCommand>(r.text(QStringLiteral("claim_id")), out);
        });
}
