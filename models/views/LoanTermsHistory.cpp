#include "LoanTermsHistory.h"

#include "auth/Actor.h"
#include "store/Sql.h"

QList<LoanTerms> LoanTermsHistory::versions(const Actor &actor) const {
    QList<LoanTerms> rows;
    if (!actor.isSignedIn()) {
        return rows;
    }
    Sql q(m_db, QStringLiteral("SELECT id, terms_version, body, effective_from FROM loan_terms "
                               "WHERE deleted = 0 ORDER BY terms_version DESC"));
    q.exec();
    while (q.next()) {
        rows.append({q.value(0).toString(), q.value(1).toInt(), q.value(2).toString(),
                     QDate::fromString(q.value(3).toString(), Qt::ISODate)});
    }
    return rows;
}
