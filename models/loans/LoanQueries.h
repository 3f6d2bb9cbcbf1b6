#pragma once

#include "devices/Device.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <optional>

class Actor;

// One loan in a list, with what a desk row, a reminder letter or a CSV needs.
struct LoanRow {
    QString loanId;
    QString status;
    QString deviceId;
    QString deviceTag;
    QString typeCode;
    QString typeName;
    QString branchCode;
    QString residentId;
    QString residentCard;
    QString residentName;
    // Contact details for reminders; empty for people who may not see every resident.
    QString phone;
    QString email;
    QString address;
    QString postcode;
    bool consentPhone = false;
    bool consentSms = false;
    bool consentEmail = false;
    bool consentPost = false;
    QDateTime checkedOutAt;
    QDate dueOn;
    int renewals = 0;
    int daysOverdue = 0; // 0 when not overdue
    QDateTime returnedAt;

    QJsonObject toJson() const;
};

struct ReservationRow {
    QString id;
    QString status; // waiting or offered
    int place = 0;  // 1-based among those still waiting; 0 when offered
    QString residentId;
    QString residentCard;
    QString residentName;
    QString typeCode;
    QString typeName;
    QString branchCode;
    QDateTime requestedAt;
    QString offeredDeviceTag;
    QDateTime offeredAt;

    QJsonObject toJson() const;
};

struct DataOfferRow {
    QString id;
    QString kind; // sim or voucher
    QString code; // ICCID or voucher code
    QString network;
    int gbPerMonth = 0;
    int months = 0;
    QString residentId;
    QString residentCard;
    QString residentName;
    QString branchCode;
    QDate issuedOn;
    QDate activatedOn;
    QDate expiresOn;
    int daysLeft = 0;

    QJsonObject toJson() const;
};

// The read side of circulation: the lists a desk, a report or the CLI shows. Each is one indexed query
// (no query per row). People without loan.circulate, device.manage or report.view get empty lists; resident
// names and contact details appear only for people who may see every resident.
class LoanQueries {
public:
    LoanQueries(QSqlDatabase db, const Actor &actor);

    bool allowed() const { return m_allowed; }

    // `today` (from the desk's Clock) is what days overdue are counted to.
    QList<LoanRow> activeLoans(const QDate &today, const QString &branchId = {}) const;
    QList<LoanRow> dueOn(const QDate &day, const QString &branchId = {}) const;
    QList<LoanRow> overdue(const QDate &today, const QString &branchId = {}) const;
    QList<LoanRow> loansOf(const QString &residentId, const QDate &today) const; // newest first, every status

    QList<Device> devices(std::optional<DeviceStatus> status = std::nullopt,
                          const QString &branchId = {}) const;
    QList<Device> awaitingWipe(const QString &branchId = {}) const {
        return devices(DeviceStatus::AwaitingWipe, branchId);
    }
    QList<Device> inRepair(const QString &branchId = {}) const {
        return devices(DeviceStatus::InRepair, branchId);
    }

    QList<ReservationRow> waitingList(const QString &branchId = {}, const QString &typeId = {}) const;
    QList<DataOfferRow> dataOffersExpiring(const QDate &today, int withinDays = 14) const;

    // For reminder letters and spreadsheets (CsvWriter, RFC 4180).
    static QString loansCsv(const QList<LoanRow> &rows);

private:
    QList<LoanRow> loans(const QString &where, const QDate &today, const QVariantMap &binds) const;

    QSqlDatabase m_db;
    bool m_allowed;
    bool m_seesResidents;
};
