#include "LoanFixtures.h"

#include "devices/DeviceCommands.h"
#include "loans/DataOfferCommands.h"
#include "loans/LoanCommands.h"
#include "loans/RecordWipeCommand.h"
#include "loans/ReservationCommands.h"
#include "residents/ResidentCommands.h"
#include "store/Sql.h"

#include <QTest>

namespace {
void mustSucceed(const CommandResult &r, const char *what) {
    if (!r.ok()) {
        qFatal("fixture %s failed: %s", what, qPrintable(r.message()));
    }
}
} // namespace

LoanFixtures::LoanFixtures(TestStore &t)
    : m_t(t) {
    addType(QStringLiteral("TAB"), QStringLiteral("tablet"),
            {QStringLiteral("charger"), QStringLiteral("cable"), QStringLiteral("case")}, 34900);
    addType(QStringLiteral("MIFI"), QStringLiteral("mifi"),
            {QStringLiteral("charger"), QStringLiteral("pouch")}, 5900);
    addBranch(QStringLiteral("NOR"), QStringLiteral("North Library"));
}

QString LoanFixtures::addBranch(const QString &code, const QString &name) {
    const QString id = m_t.ids().newId();
    Sql(m_t.db(), QStringLiteral("INSERT INTO branches(id, code, name, kind, phone, updated_at) "
                                 "VALUES (:id, :code, :name, 'library', '0113 000 0000', :now)"))
        .bind(QStringLiteral(":id"), id)
        .bind(QStringLiteral(":code"), code)
        .bind(QStringLiteral(":name"), name)
        .bind(QStringLiteral(":now"), m_t.clock().now().toString(Qt::ISODateWithMs))
        .exec();
    return id;
}

QString LoanFixtures::addType(const QString &code, const QString &category, const QStringList &kit,
                              int costPence) {
    AddDeviceTypeCommand cmd({code, code + QStringLiteral(" device"), category, kit, costPence});
    const CommandResult r = m_t.bus().execute(cmd, m_t.admin());
    mustSucceed(r, "addType");
    return r.entityId();
}

QString LoanFixtures::addDevice(const QString &tag, const QString &typeCode, const QString &branchCode,
                                DeviceStatus status, const QString &simIccid) {
    DeviceDetails d;
    d.tag = tag;
    d.typeCode = typeCode;
    d.branchCode = branchCode;
    d.serial = QStringLiteral("SN-") + tag;
    d.status = status == DeviceStatus::AwaitingWipe ? status : DeviceStatus::Available;
    d.simIccid = simIccid;
    AddDeviceCommand cmd(d);
    const CommandResult r = m_t.bus().execute(cmd, m_t.librarian());
    mustSucceed(r, "addDevice");
    if (status != DeviceStatus::Available && status != DeviceStatus::AwaitingWipe) {
        Sql(m_t.db(), QStringLiteral("UPDATE devices SET status = :s WHERE id = :id"))
            .bind(QStringLiteral(":s"), deviceStatusKey(status))
            .bind(QStringLiteral(":id"), r.entityId())
            .exec();
    }
    return r.entityId();
}

QString LoanFixtures::iccid(int n) {
    QString body = QStringLiteral("894410%1").arg(n, 12, 10, QLatin1Char('0')); // 18 digits
    int sum = 0;
    bool twice = true; // the check digit will be appended on the right
    for (qsizetype i = body.size() - 1; i >= 0; --i) {
        int digit = body.at(i).digitValue();
        if (twice) {
            digit *= 2;
            if (digit > 9) {
                digit -= 9;
            }
        }
        sum += digit;
        twice = !twice;
    }
    return body + QString::number((10 - sum % 10) % 10);
}

QString LoanFixtures::addSim(const QString &iccid) {
    AddSimCommand cmd(
        {QStringLiteral("sim"), iccid, QStringLiteral("Vodafone"), 20, 6, QStringLiteral("CEN")});
    const CommandResult r = m_t.bus().execute(cmd, m_t.librarian());
    mustSucceed(r, "addSim");
    return r.entityId();
}

QString LoanFixtures::addResident(const QString &card, const QString &given, const QString &family,
                                  const QString &eligibility, const QString &category) {
    Resident r;
    r.card = card;
    r.givenName = given;
    r.familyName = family;
    r.eligibilityCriterion = eligibility;
    r.referralOrg = eligibility.isEmpty() ? QString() : QStringLiteral("Citizens Advice");
    r.borrowerCategory = category;
    AddResidentCommand cmd(r, m_t.clock());
    const CommandResult result = m_t.bus().execute(cmd, m_t.librarian());
    mustSucceed(result, "addResident");
    m_names.insert(card, given + QLatin1Char(' ') + family);
    return result.entityId();
}

CommandResult LoanFixtures::checkOut(const QString &card, const QString &tag, const Actor &actor,
                                     const QString &overrideReason) {
    CheckOutRequest request;
    request.residentCard = card;
    request.deviceTag = tag;
    request.signedName = m_names.value(card, QStringLiteral("Someone"));
    request.declarationAccepted = true;
    request.overrideReason = overrideReason;
    CheckOutCommand cmd(request);
    return m_t.bus().execute(cmd, actor);
}

CommandResult LoanFixtures::checkIn(const QString &tag, bool damaged, const QStringList &missing) {
    CheckInRequest request;
    request.deviceTag = tag;
    request.condition = damaged ? CheckInRequest::Condition::Damaged : CheckInRequest::Condition::Good;
    request.missingKit = missing;
    request.dataRemoved = true;
    CheckInCommand cmd(request);
    return m_t.bus().execute(cmd, m_t.librarian());
}

CommandResult LoanFixtures::wipe(const QString &tag) {
    RecordWipeCommand cmd({tag,
                           QStringLiteral("factory reset"),
                           QStringLiteral("Android recovery"),
                           QStringLiteral("R-1"),
                           {}});
    return m_t.bus().execute(cmd, m_t.librarian());
}

CommandResult LoanFixtures::renew(const QString &tag, const Actor &actor, const QString &overrideReason) {
    RenewCommand cmd({tag, overrideReason});
    return m_t.bus().execute(cmd, actor);
}

CommandResult LoanFixtures::reserve(const QString &card, const QString &typeCode, const QString &branchCode) {
    ReserveCommand cmd(card, typeCode, branchCode);
    return m_t.bus().execute(cmd, m_t.librarian());
}

QString LoanFixtures::deviceStatus(const QString &tag) const {
    return Sql(m_t.db(), QStringLiteral("SELECT status FROM devices WHERE tag = :t"))
        .bind(QStringLiteral(":t"), tag)
        .scalar()
        .toString();
}

QString LoanFixtures::snapshot() const {
    QStringList parts;
    for (const char *table : {"loans", "devices", "reservations", "wipe_records", "transfers", "sims",
                              "data_offers", "loan_rules", "loan_terms", "device_types", "audit", "outbox"}) {
        parts.append(QString::fromLatin1(table) + QLatin1Char('=') +
                     QString::number(m_t.count(QString::fromLatin1(table))));
    }
    for (const char *table : {"loans", "devices", "reservations", "sims", "loan_rules", "transfers"}) {
        parts.append(
            Sql(m_t.db(), QStringLiteral("SELECT coalesce(group_concat(id || ':' || version, ','), '') FROM "
                                         "(SELECT id, version FROM %1 ORDER BY id)")
                              .arg(QString::fromLatin1(table)))
                .scalar()
                .toString());
    }
    return parts.join(QLatin1Char('|'));
}
