#include "ScanField.h"

#include "devices/ScanInput.h"

ScanField::ScanField(const QString &objectName, const QString &accessibleName, QWidget *parent)
    : FormField(objectName, accessibleName, parent) {
    setClearButtonEnabled(true);
    // Longer than any tag or card, so a stray paste is refused by the core in words rather than cut off.
    setMaxLength(ScanInput::kMaxTagLength * 2);
    connect(this, &QLineEdit::returnPressed, this, [this] { emit scanned(text()); });
}

void ScanField::readyForRescan() {
    setFocus(Qt::OtherFocusReason);
    selectAll();
}
