#include "SyncConflictQueries.h"

#include "auth/Actor.h"
#include "store/Sql.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {
QDateTime instant(const QVariant &v) {
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid()) {
        t = QDateTime::fromString(v.toString(), Qt::ISODate);
    }
    return t;
}
QJsonObject object(const QVariant &v) {
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}
} // namespace

SyncConflictQueries::SyncConflictQueries(QSqlDatabase db, const Actor &actor)
    : m_db(std::move(db))
    , m_allowed(actor.can(Permission::ConflictResolve))
    , m_seesResidents(actor.can(Permission::ResidentViewAll)) {}

int SyncConflictQueries::unresolvedCount() const {
    if (!m_allowed) {
        return 0;
    }
    return Sql(m_db, QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE kind = 'loan.double' AND "
                                    "resolved_at IS NULL AND deleted = 0"))
        .scalar()
        .toInt();
}

QList<LoanConflictRow> SyncConflictQueries::unresolvedLoanConflicts() const {
    QList<LoanConflictRow> rows;
    if (!m_allowed) {
        return rows;
    }
    Sql q(m_db, QStringLiteral("SELECT id, detected_at, entity_id, local, remote FROM sync_conflicts "
                               "WHERE kind = 'loan.double' AND resolved_at IS NULL AND deleted = 0 "
                               "ORDER BY detected_at, id"));
    q.exec();
    while (q.next()) {
        LoanConflictRow row;
        row.conflictId = q.value(0).toString();
        row.detectedAt = instant(q.value(1));
        const QJsonObject local = object(q.value(3));
        const QJsonObject remote = object(q.value(4));
        row.reason = local.value(QLatin1String("reason")).toString();
        row.other = side(q.value(2).toString());
        row.kept = side(remote.value(QLatin1String("loan_id")).toString());
        // What the conflict itself recorded stands in for a loan this desk does not hold.
        if (!row.other.present()) {
            row.other.loanId = q.value(2).toString();
            row.other.residentCard = local.value(QLatin1String("resident_card")).toString();
            row.other.checkedOutAt = instant(local.value(QLatin1String("checked_out_at")).toString());
        }
        if (!row.kept.present()) {
            row.kept.loanId = remote.value(QLatin1String("loan_id")).toString();
            row.kept.residentCard = remote.value(QLatin1String("resident_card")).toString();
            row.kept.checkedOutAt = instant(remote.value(QLatin1String("checked_out_at")).toString());
        }
        Sql device(m_db, QStringLiteral("SELECT d.tag, t.name FROM loans l JOIN devices d ON d.id = "
                                        "l.device_id LEFT JOIN device_types t ON t.id = d.type_id "
                                        "WHERE l.id = :id"));
        device.bind(QStringLiteral(":id"), row.other.loanId).exec();
        if (device.next()) {
            row.deviceTag = device.value(0).toString();
            row.deviceType = device.value(1).toString();
        } else {
            row.deviceTag = local.value(QLatin1String("device_tag")).toString();
        }
        rows.append(row);
    }
    return rows;
}

ConflictLoanSide SyncConflictQueries::side(const QString &loanId) const {
    ConflictLoanSide s;
    s.loanId = loanId;
    if (loanId.isEmpty()) {
        return s;
    }
    Sql q(m_db, QStringLiteral("SELECT l.status, l.checked_out_at, r.card, r.given_name || ' ' || "
                               "r.family_name, b.name, u.display_name FROM loans l "
                               "LEFT JOIN residents r ON r.id = l.resident_id "
                               "LEFT JOIN branches b ON b.id = l.branch_id "
                               "LEFT JOIN users u ON u.id = l.checked_out_by WHERE l.id = :id"));
    q.bind(QStringLiteral(":id"), loanId).exec();
    if (q.next()) {
        s.status = q.value(0).toString();
        s.checkedOutAt = instant(q.value(1));
        s.residentCard = q.value(2).toString();
        if (m_seesResidents) {
            s.residentName = q.value(3).toString().trimmed();
        }
        s.branchName = q.value(4).toString();
        s.lentBy = q.value(5).toString();
    }
    return s;
}
