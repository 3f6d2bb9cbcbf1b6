#pragma once

#include "FormField.h"

// A box for a barcode scanner (a keyboard wedge types the code, then Enter) or a person typing a code.
// Enter hands over the text as it is (the core normalises tags and cards); after a refusal the text is
// selected, so the next scan simply replaces it instead of being appended to it.
class ScanField : public FormField {
    Q_OBJECT
public:
    ScanField(const QString &objectName, const QString &accessibleName, QWidget *parent = nullptr);

    // Puts the keyboard here with the code selected, ready for the next scan.
    void readyForRescan();

signals:
    void scanned(const QString &text);
};
