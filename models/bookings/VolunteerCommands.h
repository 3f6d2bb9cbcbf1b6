#pragma once

#include "commands/Command.h"

#include <QDate>

class PayloadReader;

// A volunteer's profile as a coordinator edits it. An empty id adds a new volunteer.
struct VolunteerProfile {
    QString id;
    QString givenName;
    QString familyName;
    QString email;
    QString phone;
    QStringList languages{QStringLiteral("en")}; // ISO 639-1 codes
    QStringList skills;                          // Essential Digital Skills areas they can help with
    QStringList channels;                        // phone, video, library, home, events
    QString homeBranchId;
    QString status = QStringLiteral("applicant");
    int maxMinutesPerWeek = 600;

    QJsonObject toJson() const;
    static VolunteerProfile fromPayload(const PayloadReader &r);
};

// Adds or edits a volunteer's profile (volunteer.manage).
class SaveVolunteerCommand final : public Command {
public:
    explicit SaveVolunteerCommand(VolunteerProfile profile, bool isNew);

    QString name() const override { return QStringLiteral("volunteer.save"); }
    Permission permission() const override { return Permission::VolunteerManage; }
    std::optional<QString> check(CommandContext &ctx) override;
    Applied apply(CommandContext &ctx) override;
    QJsonObject payload() const override;
    QJsonObject auditPayload() const override;

    QString volunteerId() const { return m_p.id; }

private:
    VolunteerProfile m_p;
    bool m_new;
    QStringList m_changed;
};

// A DBS check as recorded from the certificate. Without a re-check date, it falls due the configured number
// of years (dbs_recheck_years, 3 unless changed) after the issue date.
struct DbsCheck {
    QString volunteerId;
    QString certificate; // 12 digits
    QDate issuedOn;
    bool updateService = false;
    QDate recheckDue; // invalid: issue date + configured years

    QJsonObject toJson() const;
    static DbsCheck fromPayload(const PayloadReader &r);
};

class RecordDbsCommand final : public Command {
public:
    explicit RecordDbsCommand(DbsCheck check);

    QString name() const override { return QStringLiteral("volunteer.dbs"); }
    Permission permission() const override { return Permission::VolunteerManage; }
    std::optional<QString> check(CommandContext &ctx) override;
    Applied apply(CommandContext &ctx) override;
    QJsonObject payload() const override;
    QJsonObject auditPayload() const override;

    QDate recheckDue() const { return m_due; }

private:
    DbsCheck m_c;
    QDate m_due;
};

// The programme's booking settings (admin.settings): DBS re-check years, whether a lapsed DBS blocks every
// session, the alert days and the fair-share window.
struct BookingSettingsChange {
    int dbsRecheckYears = 3;
    bool dbsBlocksAllSessions = false;
    QList<int> dbsAlertDays{60, 30, 7};
    int fairShareDays = 28;

    QJsonObject toJson() const;
    static BookingSettingsChange fromPayload(const PayloadReader &r);
};

class SaveBookingSettingsCommand final : public Command {
public:
    explicit SaveBookingSettingsCommand(BookingSettingsChange change);

    QString name() const override { return QStringLiteral("booking.settings"); }
    Permission permission() const override { return Permission::AdminSettings; }
    std::optional<QString> check(CommandContext &ctx) override;
    Applied apply(CommandContext &ctx) override;
    QJsonObject payload() const override;

private:
    BookingSettingsChange m_s;
};
