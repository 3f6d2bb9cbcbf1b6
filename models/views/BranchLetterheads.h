#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QString>

// A branch as a printed page introduces it: the name, the postal address and how to get in touch.
// Device::branch carries name, phone and e-mail but no address, and a reminder letter or a loan receipt
// needs the address a resident writes back to or walks into.
struct BranchLetterhead {
    QString id;
    QString code;
    QString name;
    QString address; // may hold line breaks
    QString postcode;
    QString phone;
    QString email;

    bool isEmpty() const { return name.isEmpty(); }
};

// Read-only: every branch's letterhead in one SELECT (a programme has a handful of branches). Branches
// are not personal data, so there is no permission check. Throws StoreError when the store cannot be read.
class BranchLetterheads {
public:
    static QHash<QString, BranchLetterhead> byId(const QSqlDatabase &db);
};
