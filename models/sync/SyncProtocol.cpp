#include "SyncProtocol.h"

#include <QJsonArray>

namespace SyncProtocol {
namespace {

bool isText(const QJsonObject &o, const char *key, int maxLength, QString *out, QString *error,
            bool required = true) {
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() && !required) {
        out->clear();
        return true;
    }
    if (!v.isString() || v.toString().size() > maxLength || (required && v.toString().isEmpty())) {
        *error = QStringLiteral("“%1” must be text of at most %2 characters")
                     .arg(QLatin1String(key))
                     .arg(maxLength);
        return false;
    }
    *out = v.toString();
    return true;
}

bool textList(const QJsonObject &o, const char *key, int maxItems, QStringList *out, QString *error) {
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined()) {
        out->clear();
        return true;
    }
    if (!v.isArray() || v.toArray().size() > maxItems) {
        *error =
            QStringLiteral("“%1” must be a list of at most %2 items").arg(QLatin1String(key)).arg(maxItems);
        return false;
    }
    for (const QJsonValue &item : v.toArray()) {
        if (!item.isString() || item.toString().size() > 200) {
            *error = QStringLiteral("“%1” must hold only short text").arg(QLatin1String(key));
            return false;
        }
        out->append(item.toString());
    }
    return true;
}

bool wholeNumber(const QJsonValue &v, qint64 *out) {
    if (!v.isDouble()) {
        return false;
    }
    const double d = v.toDouble();
    if (d < 0 || d > 9.0e15 || d != static_cast<double>(static_cast<qint64>(d))) {
        return false;
    }
    *out = static_cast<qint64>(d);
    return true;
}

} // namespace

QJsonObject toJson(const Op &op) {
    return {{QStringLiteral("op_id"), op.opId},
            {QStringLiteral("command"), op.command},
            {QStringLiteral("payload"), op.payload},
            {QStringLiteral("hlc"), op.hlc},
            {QStringLiteral("at"), op.at},
            {QStringLiteral("user_id"), op.userId},
            {QStringLiteral("desk_id"), op.deskId},
            {QStringLiteral("ids"), QJsonArray::fromStringList(op.ids)},
            {QStringLiteral("rows"), QJsonArray::fromStringList(op.rows)}};
}

std::optional<Op> opFromJson(const QJsonObject &json, QString *error) {
    Op op;
    if (!isText(json, "op_id", 64, &op.opId, error) || !isText(json, "command", 64, &op.command, error) ||
        !isText(json, "hlc", 120, &op.hlc, error) || !isText(json, "at", 40, &op.at, error) ||
        !isText(json, "user_id", 64, &op.userId, error, false) ||
        !isText(json, "desk_id", 64, &op.deskId, error, false) ||
        !textList(json, "ids", 10000, &op.ids, error) || !textList(json, "rows", 20000, &op.rows, error)) {
        return std::nullopt;
    }
    if (!json.value(QLatin1String("payload")).isObject()) {
        *error = QStringLiteral("“payload” must be an object");
        return std::nullopt;
    }
    op.payload = json.value(QLatin1String("payload")).toObject();
    return op;
}

QJsonObject toJson(const Change &change) {
    QJsonObject o{{QStringLiteral("t"), change.table}, {QStringLiteral("id"), change.id}};
    if (change.seq > 0) {
        o.insert(QStringLiteral("seq"), static_cast<double>(change.seq));
    }
    if (change.row) {
        o.insert(QStringLiteral("row"), *change.row);
    } else {
        o.insert(QStringLiteral("gone"), true);
    }
    return o;
}

std::optional<Change> changeFromJson(const QJsonObject &json, QString *error) {
    Change change;
    if (!isText(json, "t", 64, &change.table, error) || !isText(json, "id", 64, &change.id, error)) {
        return std::nullopt;
    }
    if (json.contains(QLatin1String("seq")) && !wholeNumber(json.value(QLatin1String("seq")), &change.seq)) {
        *error = QStringLiteral("“seq” must be a whole number");
        return std::nullopt;
    }
    const QJsonValue row = json.value(QLatin1String("row"));
    if (row.isObject()) {
        change.row = row.toObject();
        if (change.row->value(QLatin1String("id")).toString() != change.id) {
            *error = QStringLiteral("a row's id does not match its change");
            return std::nullopt;
        }
    } else if (json.value(QLatin1String("gone")).toBool() != true) {
        *error = QStringLiteral("a change must carry a row or say it is gone");
        return std::nullopt;
    }
    return change;
}

QString statusKey(Outcome::Status status) {
    switch (status) {
    case Outcome::Status::Applied:
        return QStringLiteral("applied");
    case Outcome::Status::Conflict:
        return QStringLiteral("conflict");
    case Outcome::Status::Rejected:
        break;
    }
    return QStringLiteral("rejected");
}

QJsonObject toJson(const Outcome &outcome) {
    QJsonArray rows;
    for (const Change &c : outcome.rows) {
        rows.append(toJson(c));
    }
    return {{QStringLiteral("op_id"), outcome.opId},
            {QStringLiteral("status"), statusKey(outcome.status)},
            {QStringLiteral("reason"), outcome.reason},
            {QStringLiteral("rows"), rows}};
}

std::optional<Outcome> outcomeFromJson(const QJsonObject &json, QString *error) {
    Outcome out;
    QString status;
    if (!isText(json, "op_id", 64, &out.opId, error) || !isText(json, "status", 20, &status, error) ||
        !isText(json, "reason", 2000, &out.reason, error, false)) {
        return std::nullopt;
    }
    if (status == QLatin1String("applied")) {
        out.status = Outcome::Status::Applied;
    } else if (status == QLatin1String("rejected")) {
        out.status = Outcome::Status::Rejected;
    } else if (status == QLatin1String("conflict")) {
        out.status = Outcome::Status::Conflict;
    } else {
        *error = QStringLiteral("“status” must be applied, rejected or conflict");
        return std::nullopt;
    }
    for (const QJsonValue &v : json.value(QLatin1String("rows")).toArray()) {
        std::optional<Change> c = changeFromJson(v.toObject(), error);
        if (!c) {
            return std::nullopt;
        }
        out.rows.append(*c);
    }
    return out;
}

QJsonObject toJson(const Page &page) {
    QJsonArray changes;
    for (const Change &c : page.changes) {
        changes.append(toJson(c));
    }
    return {{QStringLiteral("changes"), changes},
            {QStringLiteral("next"), static_cast<double>(page.next)},
            {QStringLiteral("more"), page.more}};
}

std::optional<Page> pageFromJson(const QJsonObject &json, QString *error) {
    Page page;
    if (!wholeNumber(json.value(QLatin1String("next")), &page.next) ||
        !json.value(QLatin1String("more")).isBool() || !json.value(QLatin1String("changes")).isArray()) {
        *error = QStringLiteral("a page needs “changes”, “next” and “more”");
        return std::nullopt;
    }
    page.more = json.value(QLatin1String("more")).toBool();
    const QJsonArray changes = json.value(QLatin1String("changes")).toArray();
    if (changes.size() > kMaxPageSize) {
        *error = QStringLiteral("a page holds more than %1 changes").arg(kMaxPageSize);
        return std::nullopt;
    }
    for (const QJsonValue &v : changes) {
        std::optional<Change> c = changeFromJson(v.toObject(), error);
        if (!c) {
            return std::nullopt;
        }
        page.changes.append(*c);
    }
    return page;
}

} // namespace SyncProtocol
