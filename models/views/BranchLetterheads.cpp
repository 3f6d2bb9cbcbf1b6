#include "BranchLetterheads.h"

#include "store/Sql.h"

QHash<QString, BranchLetterhead> BranchLetterheads::byId(const QSqlDatabase &db) {
    Sql q(db, QStringLiteral("SELECT id, code, name, address, postcode, phone, email FROM branches "
                             "WHERE deleted = 0"));
    q.exec();
    QHash<QString, BranchLetterhead> result;
    while (q.next()) {
        BranchLetterhead b;
        b.id = q.value(0).toString();
        b.code = q.value(1).toString();
        b.name = q.value(2).toString();
        b.address = q.value(3).toString();
        b.postcode = q.value(4).toString();
        b.phone = q.value(5).toString();
        b.email = q.value(6).toString();
        result.insert(b.id, b);
    }
    return result;
}
