#pragma once

#include "CheckOutAssessment.h"
#include "LoanAgreement.h"
#include "RenewAssessment.h"
#include "commands/Command.h"

// What the desk collected for a check-out.
struct CheckOutRequest {
    QString residentCard; // as scanned
    QString deviceTag;    // as scanned
    LoanAgreement::Method agreement = LoanAgreement::Method::Typed;
    QString signedName;                // the resident's typed name (Typed)
    bool declarationAccepted = false;  // the declaration tick (Typed)
    QString overrideReason;            // needed when the assessment has warnings
    std::optional<QStringList> kitOut; // what went out with the device; default: the device type's kit
};

// Lends a device: re-runs CheckOutAssessment inside the transaction and refuses on any block, or on
// warnings without an override reason from someone with loan.override. Writes the loan (terms version,
// agreement, kit out, override reason), puts the device on loan (a MiFi's SIM goes with it) and fulfils the
// resident's reservation for that type at that branch.
class CheckOutCommand final : public Command {
public:
    explicit CheckOutCommand(CheckOutRequest request);

    QString name() const override { return QStringLiteral("loan.checkout"); }
    Permission permission() const override { return Permission::LoanCirculate; }
    std::optional<QString> check(CommandContext &ctx) override;
    Applied apply(CommandContext &ctx) override;
    QJsonObject payload() const override;
    QJsonObject auditPayload() const override; // never the typed name

    // Valid after a check(): what the command saw.
    const CheckOutAssessment &assessment() const { return m_assessment; }
    QString loanId() const { return m_loanId; }
    QDate dueOn() const { return m_assessment.dueOn(); }

private:
    CheckOutRequest m_request;
    CheckOutAssessment m_assessment;
    QStringList m_kitOut;
    QString m_loanId;
    QString m_checkedOutAt;
    QString m_overrideReason; // stored only when warnings were overridden
    QString m_reservationId;
};

struct CheckInRequest {
    enum class Condition { Good, Damaged };
    QString deviceTag;
    Condition condition = Condition::Good;
    QStringList missingKit;   // items lent but not returned, e.g. {"charger"}
    bool dataRemoved = false; // the resident declares they removed their personal data
    QString note;             // about the device's state (no personal details)
    // The loan being ended, when known (a replayed op): refused unless it is still the device's open loan,
    // so an old check-in can never end a later loan of the same device.
    QString loanId = {};
};

// Takes a device back. Refuses a device that is not on loan in plain words ("scanned twice?"). The loan is
// returned with condition, kit returned and the data declaration; the device goes to awaiting_wipe (good)
// or in_repair (damaged), so it cannot be lent again until a wipe is recorded.
class CheckInCommand final : public Command {
public:
    explicit CheckInCommand(CheckInRequest request);

    QString name() const override { return QStringLiteral("loan.checkin"); }
    Permission permission() const override { return Permission::LoanCirculate; }
    std::optional<QString> check(CommandContext &ctx) override;
    Applied apply(CommandContext &ctx) override;
    QJsonObject payload() const override;
    QJsonObject auditPayload() const override; // without the free-text note

    QString loanId() const { return m_loan.id; }
    DeviceStatus deviceStatusAfter() const;

    static constexpr int kMaxNoteLength = 500;

private:
    CheckInRequest m_request;
    Device m_device;
    Loan m_loan;
    QStringList m_kitIn;
    QStringList m_missing;
    QString m_residentCard;
};

struct RenewRequest {
    QString deviceTag;
    QString overrideReason;
    // Which loan and which renewal of it this is, when known (a replayed op): refused when the device is
    // on another loan now or the loan has been renewed since, so one renewal is never applied twice.
    QString loanId = {};
    std::optional<int> renewal = {};
};

// Extends a loan by the rule's loan length (RenewAssessment says when and whether).
class RenewCommand final : public Command {
public:
    explicit RenewCommand(RenewRequest request);

    QString name() const override { return QStringLiteral("loan.renew"); }
    Permission permission() const override { return Permission::LoanCirculate; }
    std::optional<QString> check(CommandContext &ctx) override;
    Applied apply(CommandContext &ctx) override;
    QJsonObject payload() const override;

    const RenewAssessment &assessment() const { return m_assessment; }

private:
    RenewRequest m_request;
    RenewAssessment m_assessment;
    QString m_overrideReason;
};

// Shared by the commands that accept an override reason.
constexpr int kMaxOverrideReasonLength = 500;
