#pragma once

#include "DeviceCommands.h"

#include <QByteArray>
#include <QHash>
#include <QSqlDatabase>

// The register fields a CSV column can fill.
enum class DeviceField {
    Ignore,
    Tag,
    Type,
    Branch,
    Serial,
    Make,
    Model,
    Status,
    AcquiredOn,
    Notes,
    SimIccid
};

// How to read a device CSV. The built-in column names cover a Snipe-IT asset export ("Asset Tag", "Serial",
// "Model", "Manufacturer", "Category", "Location", "Status", "Purchase Date"/"Purchased", "Notes") and plain
// ones ("Tag", "Type", "Branch", …); `columns` adds or overrides names for any other export.
struct DeviceImportOptions {
    QHash<QString, DeviceField> columns;  // header as in the file (case and spacing ignored) → field
    QHash<QString, QString> typeValues;   // a value of the type (or model) column → device type code
    QHash<QString, QString> branchValues; // a value of the branch column (a Snipe-IT location) → branch code
    QString defaultTypeCode;              // for rows (or files) without a type
    QString defaultBranchCode;            // for rows (or files) without a branch
    // Rows without a status: their history is unknown, so by default they must be wiped before lending.
    DeviceStatus defaultStatus = DeviceStatus::AwaitingWipe;
    bool validOnly = false; // import the good rows even when others are bad
};

// Reads a device CSV into a plan: the rows that can be added and, for every bad row, its line and why.
// Nothing is written here; ImportDevicesCommand applies a plan all at once.
class DeviceImport {
public:
    struct Row {
        int line = 0;
        Device device;
    };
    struct Problem {
        int line = 0; // 1 for problems with the header or the whole file
        QString message;
    };
    struct Plan {
        QList<Row> rows;
        QList<Problem> problems;
        QStringList ignoredColumns;
        int records = 0; // data records read (good and bad)
        bool hasProblems() const { return !problems.isEmpty(); }
        // "line 3: …" lines, at most `max`, then "… and N more".
        QString problemText(int max = 20) const;
    };

    static Plan plan(const QByteArray &csv, const QSqlDatabase &db, const QDate &today,
                     const DeviceImportOptions &options);

    // The built-in column names, folded (see foldHeader).
    static std::optional<DeviceField> builtInField(const QString &header);
    static std::optional<DeviceField> fieldFromKey(const QString &key); // "tag", "type", "branch", …
    static QString fieldKey(DeviceField field);
    // A Snipe-IT status label or one of ours → status; nothing when it cannot be imported as is.
    static std::optional<DeviceStatus> statusFromText(const QString &text, QString *why);
    static QString foldHeader(const QString &header); // "Asset_Tag " → "asset tag"
};

// Adds the devices of a CSV file in one transaction (one audit row, one outbox op listing them): all or
// nothing. A file with any bad row imports nothing unless validOnly is set, and then only the good rows.
class ImportDevicesCommand final : public Command {
public:
    ImportDevicesCommand(QByteArray csv, DeviceImportOptions options);

    // The rows a desk already read from its file (a replayed op): each is checked again against this
    // store, and they are added all together or not at all. `skippedLines` are the file's bad lines, kept
    // in the payload for the record.
    struct PlannedRow {
        int line = 0;
        DeviceDetails details; // status as imported
    };
    ImportDevicesCommand(QList<PlannedRow> rows, QList<int> skippedLines);

    QString name() const override { return QStringLiteral("device.import"); }
    Permission permission() const override { return Permission::DeviceManage; }
    std::optional<QString> check(CommandContext &ctx) override;
    Applied apply(CommandContext &ctx) override;
    QJsonObject payload() const override;
    QJsonObject auditPayload() const override; // without the devices' free-text notes

    const DeviceImport::Plan &plan() const { return m_plan; }
    QString importId() const { return m_importId; }

    static constexpr qsizetype kMaxBytes = 20 * 1024 * 1024;

private:
    std::optional<QString> checkPlannedRows(CommandContext &ctx);

    QByteArray m_csv;
    DeviceImportOptions m_options;
    std::optional<QList<PlannedRow>> m_plannedRows;
    QList<int> m_skippedLines;
    DeviceImport::Plan m_plan;
    QString m_importId;
};
