#include "SimStockQueries.h"

#include "auth/Actor.h"
#include "store/Sql.h"

namespace {
bool mayList(const Actor &actor) {
    return actor.can(Permission::DeviceManage) || actor.can(Permission::LoanCirculate);
}
} // namespace

QList<SimStockRow> SimStockQueries::sims(const Actor &actor, bool inStockOnly, int limit) const {
    QList<SimStockRow> rows;
    if (!mayList(actor)) {
        return rows;
    }
    // The latest offer of each SIM is found through data_offers_sim, one index probe per SIM listed.
    Sql q(m_db,
          QStringLiteral(
              "SELECT s.id, s.kind, coalesce(s.iccid, s.voucher_code, ''), s.network, s.gb_per_month, "
              "s.months, coalesce(b.code, ''), s.status, coalesce(d.tag, ''), coalesce(r.card, ''), "
              "coalesce(o.expires_on, '') FROM sims s "
              "LEFT JOIN branches b ON b.id = s.branch_id "
              "LEFT JOIN devices d ON d.sim_id = s.id AND d.deleted = 0 "
              "LEFT JOIN data_offers o ON o.id = (SELECT x.id FROM data_offers x WHERE x.sim_id = s.id "
              "AND x.deleted = 0 ORDER BY x.issued_on DESC, x.updated_at DESC LIMIT 1) "
              "LEFT JOIN residents r ON r.id = o.resident_id "
              "WHERE s.deleted = 0 AND (:all = 1 OR s.status = 'in_stock') "
              "ORDER BY s.status <> 'in_stock', s.kind, coalesce(s.iccid, s.voucher_code) LIMIT :limit"));
    q.bind(QStringLiteral(":all"), inStockOnly ? 0 : 1).bind(QStringLiteral(":limit"), limit).exec();
    const bool seesResidents = actor.can(Permission::ResidentViewAll);
    while (q.next()) {
        SimStockRow r;
        r.id = q.value(0).toString();
        r.kind = q.value(1).toString();
        r.code = q.value(2).toString();
        r.network = q.value(3).toString();
        r.gbPerMonth = q.value(4).toInt();
        r.months = q.value(5).toInt();
        r.branchCode = q.value(6).toString();
        r.status = q.value(7).toString();
        r.deviceTag = q.value(8).toString();
        r.residentCard = seesResidents ? q.value(9).toString() : QString();
        r.expiresOn = QDate::fromString(q.value(10).toString(), Qt::ISODate);
        rows.append(r);
    }
    return rows;
}

int SimStockQueries::count(const Actor &actor, bool inStockOnly) const {
    if (!mayList(actor)) {
        return 0;
    }
    return Sql(m_db, QStringLiteral("SELECT count(*) FROM sims WHERE deleted = 0 AND (:all = 1 OR status = "
                                    "'in_stock')"))
        .bind(QStringLiteral(":all"), inStockOnly ? 0 : 1)
        .scalar()
        .toInt();
}
