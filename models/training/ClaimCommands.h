#pragma once

#include "commands/Command.h"

#include <QHash>
#include <QList>

// One learner × unit line of a claim.
struct ClaimLine {
    QString volunteerId;
    QString unitId;
};

// Starts a claim for certification: verified units not in any other claim, as a draft. The reference
// (TM-UAS-2026-004) is the next free one for the year unless one is given.
class CreateClaimCommand final : public Command {
public:
    explicit CreateClaimCommand(QList<ClaimLine> lines, QString reference = {});

    QString name() const override { return QStringLiteral("training.claim.create"); }
    Permission permission() const override { return Permission::TrainingVerify; }
    std::optional<QString> check(CommandContext &ctx) override;
    Applied apply(CommandContext &ctx) override;
    QJsonObject payload() const override;

    static constexpr int kMaxLines = 2000;

private:
    QList<ClaimLine> m_lines;
    QString m_reference;
    QString m_id;
    QStringList m_itemIds;
};

// Sends a draft claim to the awarding body: draft → submitted. A submitted claim no longer changes.
class SubmitClaimCommand final : public Command {
public:
    explicit SubmitClaimCommand(QString claimId);

    QString name() const override { return QStringLiteral("training.claim.submit"); }
    Permission permission() const override { return Permission::TrainingVerify; }
    std::optional<QString> check(CommandContext &ctx) override;
    Applied apply(CommandContext &ctx) override;
    QJsonObject payload() const override;

private:
    QString m_claimId;
    QString m_reference;
};

// Records the certificates that came back: submitted → certificated, with a certificate number for every line
// (claim item id → number). Numbers are unique across all claims.
class CertificateClaimCommand final : public Command {
public:
    CertificateClaimCommand(QString claimId, QHash<QString, QString> numbers);

    QString name() const override { return QStringLiteral("training.claim.certificate"); }
    Permission permission() const override { return Permission::TrainingVerify; }
    std::optional<QString> check(CommandContext &ctx) override;
    Applied apply(CommandContext &ctx) override;
    QJsonObject payload() const override;

private:
    QString m_claimId;
    QHash<QString, QString> m_numbers;
    QString m_reference;
};
