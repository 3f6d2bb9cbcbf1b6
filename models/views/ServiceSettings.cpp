#include "ServiceSettings.h"

#include "store/Sql.h"

QString ServiceSettings::councilName(const QSqlDatabase &db) {
    return Sql(db, QStringLiteral("SELECT value FROM settings WHERE key = 'council_name'"))
        .scalar()
        .toString()
        .simplified();
}
