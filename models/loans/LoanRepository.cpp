#include "LoanRepository.h"

#include "devices/ScanInput.h"
#include "store/Sql.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("LoanRepository", text);
}
} // namespace

BorrowerScan LoanRepository::scanCard(const QString &typed) const {
    BorrowerScan result;
    result.card = ScanInput::normalise(typed);
    if (result.card.isEmpty()) {
        result.outcome = BorrowerScan::Outcome::Empty;
        result.message = tr("Scan or type the resident's library card.");
        return result;
    }
    Sql q(m_db, QStringLiteral(
                    "SELECT id, card, given_name, family_name, borrower_category, eligibility_criterion, "
                    "referral_org, coalesce(home_branch_id, ''), anonymised, deleted "
                    "FROM residents WHERE card = :c"));
    q.bind(QStringLiteral(":c"), result.card).exec();
    if (q.next()) {
        Borrower &b = result.borrower;
        b.id = q.value(0).toString();
        b.card = q.value(1).toString();
        b.givenName = q.value(2).toString();
        b.familyName = q.value(3).toString();
        b.category = q.value(4).toString();
        b.eligibilityCriterion = q.value(5).toString();
        b.referralOrg = q.value(6).toString();
        b.homeBranchId = q.value(7).toString();
        b.anonymised = q.value(8).toInt() != 0 || q.value(9).toInt() != 0;
        if (b.anonymised) {
            result.outcome = BorrowerScan::Outcome::Anonymised;
            result.message = tr("The record for card %1 has been anonymised, so nothing can be lent on it. "
                                "If the person is back, register them again.")
                                 .arg(result.card);
        } else {
            result.outcome = BorrowerScan::Outcome::Found;
        }
        return result;
    }
    const bool isTag = Sql(m_db, QStringLiteral("SELECT 1 FROM devices WHERE tag = :t"))
                           .bind(QStringLiteral(":t"), result.card)
                           .scalar()
                           .isValid();
    if (isTag) {
        result.outcome = BorrowerScan::Outcome::DeviceTag;
        result.message = tr("That is a device tag, not a library card — scan the resident's card.");
    } else {
        result.outcome = BorrowerScan::Outcome::Unknown;
        result.message = tr("No resident has the card %1. Check the card, or register the resident first.")
                             .arg(result.card);
    }
    return result;
}

std::optional<Borrower> LoanRepository::borrowerById(const QString &id) const {
    const QString card = Sql(m_db, QStringLiteral("SELECT card FROM residents WHERE id = :id"))
                             .bind(QStringLiteral(":id"), id)
                             .scalar()
                             .toString();
    if (card.isEmpty()) {
        return std::nullopt;
    }
    const BorrowerScan scan = scanCard(card);
    if (scan.outcome != BorrowerScan::Outcome::Found && scan.outcome != BorrowerScan::Outcome::Anonymised) {
        return std::nullopt;
    }
    return scan.borrower;
}

std::optional<Loan> LoanRepository::loadLoan(const QString &where, const QString &value) const {
    Sql q(m_db,
          QStringLiteral(
              "SELECT id, device_id, resident_id, branch_id, status, checked_out_at, due_on, renewals, "
              "returned_at, kit_out, coalesce(terms_id, ''), version FROM loans WHERE deleted = 0 AND ") +
              where);
    q.bind(QStringLiteral(":v"), value).exec();
    if (!q.next()) {
        return std::nullopt;
    }
    Loan l;
    l.id = q.value(0).toString();
    l.deviceId = q.value(1).toString();
    l.residentId = q.value(2).toString();
    l.branchId = q.value(3).toString();
    l.status = q.value(4).toString();
    l.checkedOutAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
    l.dueOn = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    l.renewals = q.value(7).toInt();
    l.returnedAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
    l.kitOut = q.value(9).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    l.termsId = q.value(10).toString();
    l.version = q.value(11).toInt();
    return l;
}

std::optional<Loan> LoanRepository::activeLoanForDevice(const QString &deviceId) const {
    return loadLoan(
        QStringLiteral("device_id = :v AND status = 'active' ORDER BY checked_out_at DESC LIMIT 1"),
        deviceId);
}

std::optional<Loan> LoanRepository::lastLoanForDevice(const QString &deviceId) const {
    return loadLoan(QStringLiteral("device_id = :v ORDER BY checked_out_at DESC LIMIT 1"), deviceId);
}

LoanRepository::History LoanRepository::history(const QString &residentId, const QDate &today,
                                                const QDate &since) const {
    Sql q(m_db, QStringLiteral("SELECT coalesce(sum(status = 'active'), 0), "
                               "coalesce(sum(status = 'active' AND due_on < :today), 0), "
                               "coalesce(sum(checked_out_at >= :since), 0), "
                               "min(CASE WHEN status = 'active' AND due_on < :today THEN due_on END) "
                               "FROM loans WHERE resident_id = :r AND deleted = 0"));
    q.bind(QStringLiteral(":today"), today.toString(Qt::ISODate))
        .bind(QStringLiteral(":since"), since.toString(Qt::ISODate))
        .bind(QStringLiteral(":r"), residentId)
        .exec();
    History h;
    if (q.next()) {
        h.active = q.value(0).toInt();
        h.overdue = q.value(1).toInt();
        h.recent = q.value(2).toInt();
        h.oldestOverdueDue = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    }
    return h;
}

int LoanRepository::intSetting(const QString &key, int fallback) const {
    const QVariant v = Sql(m_db, QStringLiteral("SELECT value FROM settings WHERE key = :k"))
                           .bind(QStringLiteral(":k"), key)
                           .scalar();
    bool ok = false;
    const int value = v.toString().trimmed().toInt(&ok);
    return ok ? value : fallback;
}
