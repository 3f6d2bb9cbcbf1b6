#include "ResidentCommandFactories.h"

#include "ResidentCommands.h"
#include "commands/CommandRegistry.h"
#include "commands/PayloadReader.h"

#include <QJsonValue>

namespace {
// A resident's column as the payload carries it: text (null or empty for no date of birth or home branch)
// or 0/1 for the consents. Anything else is refused by name.
QVariant columnValue(const QString &column, const QJsonValue &value) {
    static const QStringList flags{QStringLiteral("consent_phone"), QStringLiteral("consent_sms"),
                                   QStringLiteral("consent_email"), QStringLiteral("consent_post")};
    static const QStringList nullable{QStringLiteral("date_of_birth"), QStringLiteral("home_branch_id")};
    if (flags.contains(column)) {
        if (value.isBool()) {
            return int(value.toBool());
        }
        if (value.isDouble() && (value.toDouble() == 0 || value.toDouble() == 1)) {
            return value.toInt();
        }
        throw PayloadError(QStringLiteral("the field “%1” should be 0 or 1").arg(column));
    }
    if (value.isNull() && nullable.contains(column)) {
        return QVariant(QMetaType(QMetaType::QString));
    }
    if (!value.isString()) {
        throw PayloadError(QStringLiteral("the field “%1” should be text").arg(column));
    }
    if (value.toString().isEmpty() && nullable.contains(column)) {
        return QVariant(QMetaType(QMetaType::QString));
    }
    return value.toString();
}

// The resident's columns in `object`: all of them (`all`, an added resident) or some (an edit, where any
// other key is refused).
QVariantMap columns(const QJsonObject &object, bool all) {
    const QStringList known = Resident().columnValues().keys();
    QVariantMap out;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!known.contains(it.key())) {
            if (all) {
                continue; // the id, and anything a later version adds
            }
            throw PayloadError(QStringLiteral("“%1” is not a resident's field").arg(it.key().left(40)));
        }
        out.insert(it.key(), columnValue(it.key(), it.value()));
    }
    if (all) {
        for (const QString &column : known) {
            if (!object.contains(column)) {
                throw PayloadError(QStringLiteral("the field “%1” is missing").arg(column));
            }
        }
    }
    return out;
}
} // namespace

void registerResidentCommands(CommandRegistry &registry) {
    registry.add(QStringLiteral("resident.add"), [](const QJsonObject &p) {
        const PayloadReader r(p);
        QVariantMap values = columns(p, true);
        values.insert(QStringLiteral("id"), r.text(QStringLiteral("id")));
        // The card as typed or as generated on the desk: a replay keeps the number the resident was given.
        if (values.value(QStringLiteral("card")).toString().isEmpty()) {
            throw PayloadError(QStringLiteral("the field “card” is empty"));
        }
        return std::make_unique<AddResidentCommand>(Resident::fromColumnValues(values));
    });
    registry.add(QStringLiteral("resident.edit"), [](const QJsonObject &p) {
        const PayloadReader r(p);
        QVariantMap fields = columns(r.object(QStringLiteral("fields")), false);
        if (fields.isEmpty()) {
            throw PayloadError(QStringLiteral("the field “fields” names no change"));
        }
        return std::make_unique<EditResidentCommand>(
            r.text(QStringLiteral("id")), r.integer(QStringLiteral("base_version")), std::move(fields));
    });
}
