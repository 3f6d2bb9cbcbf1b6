#pragma once

#include "TrainingCatalogue.h"
#include "commands/Command.h"

#include <QByteArray>
#include <QDate>

// Loads a pathway and its units (the TechMates pathway shipped in resources/training, or a council's own).
// All or nothing. A unit already on record is reused when its outcomes read the same, and refused otherwise,
// so evidence already signed off against it never changes meaning.
class ImportPathwayCommand final : public Command {
public:
    explicit ImportPathwayCommand(Pathway pathway);

    QString name() const override { return QStringLiteral("training.pathway.import"); }
    Permission permission() const override { return Permission::TrainingVerify; }
    std::optional<QString> check(CommandContext &ctx) override;
    Applied apply(CommandContext &ctx) override;
    QJsonObject payload() const override;

    static QJsonObject pathwayJson(const Pathway &pathway);
    static Pathway pathwayFromJson(const QJsonObject &o); // throws PayloadError

private:
    Pathway m_pathway;
    QList<bool> m_unitExists;
};

// Puts a volunteer on a pathway.
class EnrolCommand final : public Command {
public:
    EnrolCommand(QString volunteerId, QString pathwayCode, QDate enrolledOn = {});

    QString name() const override { return QStringLiteral("training.enrol"); }
    Permission permission() const override { return Permission::TrainingVerify; }
    std::optional<QString> check(CommandContext &ctx) override;
    Applied apply(CommandContext &ctx) override;
    QJsonObject payload() const override;

private:
    QString m_volunteerId;
    QString m_pathwayCode;
    QDate m_enrolledOn;
    QString m_pathwayId;
    QString m_id;
};

// What a piece of evidence is.
struct EvidenceRequest {
    QString volunteerId;
    QString outcomeId;
    QString kind; // observation, file, photo, note
    QString note;
    QString sourcePath; // at the desk: the file the person chose; copied into the evidence folder
    // Set by an assessor or coordinator adding evidence to someone else's portfolio (an observation, say);
    // otherwise it is the volunteer's own evidence and needs training.own.
    bool byAssessor = false;
    // On a replay: the file as already stored (files do not travel with the op).
    QString storedFileName;
    QString storedSha256;
    qint64 storedBytes = 0;
};

// Adds evidence for one outcome. Files are copied into the store's evidence folder with their SHA-256, and a
// file that is missing, unreadable, empty or over 20 MB is refused before anything is written. If the command
// fails after the copy, call discardCopiedFile() so no stray file stays behind.
class AddEvidenceCommand final : public Command {
public:
    explicit AddEvidenceCommand(EvidenceRequest request);

    QString name() const override { return QStringLiteral("training.evidence.add"); }
    Permission permission() const override {
        return m_request.byAssessor ? Permission::TrainingAssess : Permission::TrainingOwn;
    }
    std::optional<QString> check(CommandContext &ctx) override;
    Applied apply(CommandContext &ctx) override;
    QJsonObject payload() const override;
    QJsonObject auditPayload() const override; // no note, no file name

    void discardCopiedFile();
    static bool needsFile(const QString &kind);
    static const QStringList &kinds();

private:
    EvidenceRequest m_request;
    QByteArray m_bytes;
    QString m_baseName;
    QString m_id;
    QString m_fileName;
    QString m_sha256;
    qint64 m_fileBytes = 0;
    QString m_copiedTo; // absolute path written by this command
};

// An assessor's sign-off of one outcome for one volunteer. Refused without evidence, for the assessor's own
// training, or when the assessor wrote any of that outcome's evidence. When it completes a unit the unit is
// achieved; when that completes a pathway the volunteer graduates.
class SignOffOutcomeCommand final : public Command {
public:
    SignOffOutcomeCommand(QString volunteerId, QString outcomeId);

    QString name() const override { return QStringLiteral("training.outcome.signoff"); }
    Permission permission() const override { return Permission::TrainingAssess; }
    std::optional<QString> check(CommandContext &ctx) override;
    Applied apply(CommandContext &ctx) override;
    QJsonObject payload() const override;

private:
    QString m_volunteerId;
    QString m_outcomeId;
    TrainingUnit m_unit;
    QString m_id;
    QString m_achievementId;
    QStringList m_graduatedEnrolments;
};

// The coordinator's verification of an achieved unit (internal quality assurance) before it is claimed.
class VerifyUnitCommand final : public Command {
public:
    VerifyUnitCommand(QString volunteerId, QString unitCode);

    QString name() const override { return QStringLiteral("training.unit.verify"); }
    Permission permission() const override { return Permission::TrainingVerify; }
    std::optional<QString> check(CommandContext &ctx) override;
    Applied apply(CommandContext &ctx) override;
    QJsonObject payload() const override;

private:
    QString m_volunteerId;
    QString m_unitCode;
    QString m_achievementId;
};
