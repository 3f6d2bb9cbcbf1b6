#pragma once

#include "commands/Command.h"

#include <QDate>

// A SIM card (ICCID) or a data voucher (code) in stock at a branch: network, GB per month, months.
class AddSimCommand final : public Command {
public:
    struct Details {
        QString kind = QStringLiteral("sim"); // sim or voucher
        QString code;                         // ICCID for a SIM, voucher code for a voucher
        QString network;
        int gbPerMonth = 0;
        int months = 0;
        QString branchCode; // empty: no particular branch
    };
    explicit AddSimCommand(Details details);

    QString name() const override { return QStringLiteral("sim.add"); }
    Permission permission() const override { return Permission::DeviceManage; }
    std::optional<QString> check(CommandContext &ctx) override;
    Applied apply(CommandContext &ctx) override;
    QJsonObject payload() const override;

    // ICCIDs are 19–20 digits (ITU-T E.118) and end in a Luhn check digit; checking it catches mistyped
    // numbers before a SIM is issued to someone.
    static bool isValidIccid(const QString &iccid);

private:
    Details m_details;
    QString m_id;
    QString m_branchId;
};

// Issues a SIM or voucher from stock to a resident. The offer expires `months` after it was activated (or,
// when no activation date is known yet, after it was issued), which is what the "expiring within 14 days"
// list is built on.
class IssueDataOfferCommand final : public Command {
public:
    struct Details {
        QString residentCard;
        QString code;      // ICCID or voucher code
        QDate activatedOn; // invalid: not yet known
    };
    explicit IssueDataOfferCommand(Details details);

    QString name() const override { return QStringLiteral("data_offer.issue"); }
    Permission permission() const override { return Permission::LoanCirculate; }
    std::optional<QString> check(CommandContext &ctx) override;
    Applied apply(CommandContext &ctx) override;
    QJsonObject payload() const override;

    QDate expiresOn() const { return m_expiresOn; }

private:
    Details m_details;
    QString m_id;
    QString m_simId;
    QString m_code;
    QString m_residentId;
    QString m_residentCard;
    QString m_branchId;
    QString m_network;
    int m_gbPerMonth = 0;
    QDate m_expiresOn;
};
