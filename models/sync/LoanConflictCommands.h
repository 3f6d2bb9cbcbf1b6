#pragma once

#include "commands/Command.h"

// Server side: a check-out the server turned down because the device was lent at another desk first (or
// is otherwise not lendable). The device really left with a resident, so the loan is kept, closed with the
// reason, and a conflict record asks a coordinator to confirm who has the device. Only the server runs it.
class RecordLoanConflictCommand final : public Command {
public:
    RecordLoanConflictCommand(QJsonObject checkoutPayload, QString reason);

    QString name() const override { return QStringLiteral("sync.loan_conflict"); }
    Permission permission() const override { return Permission::ConflictResolve; }
    std::optional<QString> check(CommandContext &ctx) override;
    Applied apply(CommandContext &ctx) override;
    QJsonObject payload() const override;
    QJsonObject auditPayload() const override; // ids only: the checkout carries the typed name

    static QString conflictIdFor(const QString &loanId);
    static std::unique_ptr<Command> fromPayload(const QJsonObject &payload);

private:
    QJsonObject m_checkout;
    QString m_reason;
    QString m_activeLoanId;
};

// A coordinator settles a double loan: "keep" confirms the loan the server kept (the other stays closed),
// "swap" confirms the other desk's resident has the device (the kept loan is closed with the reason and the
// other becomes the active loan).
class ResolveLoanConflictCommand final : public Command {
public:
    enum class Choice { Keep, Swap };
    ResolveLoanConflictCommand(QString conflictId, Choice choice, QString reason);

    QString name() const override { return QStringLiteral("conflict.resolve_loan"); }
    Permission permission() const override { return Permission::ConflictResolve; }
    std::optional<QString> check(CommandContext &ctx) override;
    Applied apply(CommandContext &ctx) override;
    QJsonObject payload() const override;

    static std::unique_ptr<Command> fromPayload(const QJsonObject &payload);
    static constexpr int kMaxReasonLength = 500;

private:
    QString m_conflictId;
    Choice m_choice;
    QString m_reason;
    QString m_closedLoanId; // the loan the conflict recorded (closed)
    QString m_activeLoanId; // the loan the server kept
};
