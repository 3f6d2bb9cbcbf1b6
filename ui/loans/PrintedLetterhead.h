#pragma once

#include "views/BranchLetterheads.h"

#include <QCoreApplication>

// The top of every printed page the desk makes (receipt, reminder letter): the branch's name, its postal
// address on one line and how to get in touch on the next. Rich text for QTextDocument; every value escaped.
class PrintedLetterhead {
    Q_DECLARE_TR_FUNCTIONS(PrintedLetterhead)
public:
    static QString html(const BranchLetterhead &branch);
    // "Calverley Street, Leeds LS1 3AB": a stored address may use line breaks or commas between its lines.
    static QString oneLineAddress(const QString &address, const QString &postcode);
};
