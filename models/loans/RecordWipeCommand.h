#pragma once

#include "Loan.h"
#include "commands/Command.h"
#include "devices/Device.h"

#include <QDateTime>

struct WipeRequest {
    QString deviceTag;
    QString method;    // e.g. "factory reset", "MDM wipe", "reimage"
    QString tool;      // e.g. "Google Admin console", "Blancco Mobile"
    QString reportId;  // the tool's certificate or report reference
    QDateTime wipedAt; // when the wipe was done; invalid: now
};

// The wipe gate: a device that came back (awaiting_wipe) becomes available only through this command,
// which records method, tool, report id, who and when. Only awaiting_wipe devices are accepted: a device
// back from repair goes to awaiting_wipe first (ReturnFromRepairCommand), so every path to a borrower passes
// through one recorded wipe. A wipe dated before the device came back cannot open the gate. The freed device
// is offered to the first resident waiting for its type at its branch.
class RecordWipeCommand final : public Command {
public:
    explicit RecordWipeCommand(WipeRequest request);

    QString name() const override { return QStringLiteral("wipe.record"); }
    Permission permission() const override { return Permission::WipeRecord; }
    std::optional<QString> check(CommandContext &ctx) override;
    Applied apply(CommandContext &ctx) override;
    QJsonObject payload() const override;

    QString wipeId() const { return m_wipeId; }

    static constexpr int kMaxFieldLength = 120;

private:
    WipeRequest m_request;
    Device m_device;
    QString m_loanId;
    QString m_wipeId;
    QString m_wipedAt;
};
