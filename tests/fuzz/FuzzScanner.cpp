// What a barcode scanner (a keyboard wedge) or a person types into a card or tag box: any text, control
// characters, stray whitespace, other scripts. The desk normalises it and says what it is: a device tag, a
// resident's card, or neither, in words.
#include "FuzzSupport.h"
#include "devices/DeviceRepository.h"
#include "devices/ScanInput.h"
#include "loans/CheckOutAssessment.h"
#include "loans/LoanRepository.h"
#include "residents/ResidentSearch.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    TestStore &t = Fuzz::store();
    const QByteArray bytes = Fuzz::bytes(data, size);
    for (const QString &typed : {QString::fromUtf8(bytes), QString::fromLatin1(bytes)}) {
        const QString normal = ScanInput::normalise(typed);
        if (ScanInput::normalise(normal) != normal) {
            Fuzz::violated("normalising twice changes the code", normal);
        }
        for (const QChar c : normal) {
            if (c.isSpace() || c.category() == QChar::Other_Control) {
                Fuzz::violated("a normalised code holds whitespace or a control character");
            }
        }
        if (ScanInput::isValidTag(normal) && normal.size() > ScanInput::kMaxTagLength) {
            Fuzz::violated("an overlong tag was taken as valid", normal);
        }
        const DeviceScan device = DeviceRepository(t.db()).scan(typed);
        if (!device.found() && device.message.isEmpty()) {
            Fuzz::violated("a tag scan failed without words", typed);
        }
        const BorrowerScan card = LoanRepository(t.db()).scanCard(typed);
        if (card.outcome != BorrowerScan::Outcome::Found && card.message.isEmpty()) {
            Fuzz::violated("a card scan failed without words", typed);
        }
        // The check-out screen with the scan in either box.
        CheckOutAssessment::assess(t.db(), t.clock().today(), typed, QStringLiteral("LIB-00042"),
                                   t.librarian());
        CheckOutAssessment::assess(t.db(), t.clock().today(), QStringLiteral("2000000001"), typed,
                                   t.librarian());
        ResidentSearch(t.db()).find(typed, t.librarian(), 10);
    }
    return 0;
}
