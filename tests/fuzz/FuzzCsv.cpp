// CSV files people import: the reader on its own (any delimiter), then the device import and the badge
// completions import against the fixture store. Nothing is written by a plan; every bad row is listed with
// its line.
#include "FuzzSupport.h"
#include "core/CsvReader.h"
#include "devices/DeviceImport.h"
#include "skills/BadgeImport.h"

namespace {
void readerProperties(const QByteArray &bytes, QChar delimiter) {
    QString text;
    QString error;
    if (!CsvReader::decode(bytes, &text, &error)) {
        if (error.isEmpty()) {
            Fuzz::violated("decode refused without a message");
        }
        return;
    }
    CsvReader reader(text, delimiter);
    int lastLine = 0;
    int records = 0;
    while (!reader.atEnd()) {
        const CsvReader::Record r = reader.next();
        if (r.line <= lastLine && records > 0) {
            Fuzz::violated("records went back a line", QString::number(r.line));
        }
        if (!r.ok() && !r.fields.isEmpty()) {
            Fuzz::violated("a bad record carries fields");
        }
        lastLine = r.line;
        if (++records > bytes.size() + 1) {
            Fuzz::violated("more records than bytes: the reader is not moving on");
        }
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    TestStore &t = Fuzz::store();
    const QByteArray bytes = Fuzz::bytes(data, size);
    readerProperties(bytes, QLatin1Char(','));
    readerProperties(bytes, QLatin1Char(';'));
    readerProperties(bytes, QLatin1Char('\t'));

    const int devicesBefore = t.count(QStringLiteral("devices"));
    DeviceImportOptions options;
    options.defaultTypeCode = QStringLiteral("TAB");
    options.defaultBranchCode = QStringLiteral("CEN");
    const DeviceImport::Plan devices = DeviceImport::plan(bytes, t.db(), t.clock().today(), options);
    for (const DeviceImport::Problem &p : devices.problems) {
        if (p.line < 1 || p.message.isEmpty()) {
            Fuzz::violated("a device import problem without a line or words");
        }
    }
    if (t.count(QStringLiteral("devices")) != devicesBefore) {
        Fuzz::violated("planning a device import wrote to the store");
    }

    const BadgeImport::Plan badges = BadgeImport::plan(bytes, t.db(), t.admin(), t.clock().today());
    for (const QString &p : badges.problems) {
        if (p.isEmpty()) {
            Fuzz::violated("a badge import problem without words");
        }
    }
    return 0;
}
