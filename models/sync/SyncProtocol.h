#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// The sync protocol's messages (docs/sync.md, docs/openapi.yaml) and their JSON. Every parse checks types
// and sizes and says what was wrong: these come from the network.
namespace SyncProtocol {

constexpr int kMaxOpsPerPush = 500;
constexpr int kMaxPageSize = 5000;

// One outbox row on its way to the server.
struct Op {
    QString opId;
    QString command;
    QJsonObject payload;
    QString hlc;
    QString at; // when the desk ran it, UTC ISO 8601
    QString userId;
    QString deskId;
    QStringList ids;  // record ids the command handed out, in order
    QStringList rows; // "table/id" it wrote at the desk
};

// A row of the change feed, or of an op's outcome: the server's copy, or none (gone: deleted, or no longer
// the reader's to see).
struct Change {
    qint64 seq = 0;
    QString table;
    QString id;
    std::optional<QJsonObject> row;
};

struct Outcome {
    enum class Status { Applied, Rejected, Conflict };
    QString opId;
    Status status = Status::Rejected;
    QString reason;
    QList<Change> rows; // for rejected and conflicting ops: the server's copy of the rows the op wrote
};

struct Page {
    QList<Change> changes;
    qint64 next = 0; // the checkpoint after this page
    bool more = false;
};

QJsonObject toJson(const Op &op);
std::optional<Op> opFromJson(const QJsonObject &json, QString *error);

QJsonObject toJson(const Change &change);
std::optional<Change> changeFromJson(const QJsonObject &json, QString *error);

QJsonObject toJson(const Outcome &outcome);
std::optional<Outcome> outcomeFromJson(const QJsonObject &json, QString *error);
QString statusKey(Outcome::Status status);

QJsonObject toJson(const Page &page);
std::optional<Page> pageFromJson(const QJsonObject &json, QString *error);

} // namespace SyncProtocol
