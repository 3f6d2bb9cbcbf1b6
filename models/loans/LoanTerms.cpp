#include "LoanTerms.h"

#include "store/Sql.h"

namespace {
std::optional<LoanTerms> read(Sql &q) {
    q.exec();
    if (!q.next()) {
        return std::nullopt;
    }
    return LoanTerms{q.value(0).toString(), q.value(1).toInt(), q.value(2).toString(),
                     QDate::fromString(q.value(3).toString(), Qt::ISODate)};
}
} // namespace

std::optional<LoanTerms> LoanTerms::current(const QSqlDatabase &db, const QDate &day) {
    Sql q(db,
          QStringLiteral("SELECT id, terms_version, body, effective_from FROM loan_terms "
                         "WHERE deleted = 0 AND effective_from <= :day ORDER BY terms_version DESC LIMIT 1"));
    q.bind(QStringLiteral(":day"), day.toString(Qt::ISODate));
    return read(q);
}

std::optional<LoanTerms> LoanTerms::byId(const QSqlDatabase &db, const QString &id) {
    Sql q(db,
          QStringLiteral("SELECT id, terms_version, body, effective_from FROM loan_terms WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    return read(q);
}
