#pragma once

#include <QString>
#include <QVariantMap>

class TestStore;

// A small, believable branch's worth of data for the overview screens and screenshots: devices, loans
// (two overdue), three volunteers and their sessions, badges and training. Residents go through the
// write path; the rest is inserted directly, since the commands for loans, bookings, badges and
// training are not part of the core yet. The test store's clock reads Monday 2 March 2026, 09:30.
class OverviewSeed {
public:
    struct Ids {
        QString okafor, kowalski, obrien, evans, shah, nowak, mensah, hassan; // residents
        QString sam, ruth;                                                    // volunteers besides Val
    };
    static Ids seed(TestStore &ts);

    // Adds a resident through the write path as the librarian and returns their id. Every text field is
    // an empty (not null) string unless given: the core binds a null QString as SQL NULL, which the
    // store's NOT NULL columns refuse (TestStore::addResident leaves e-mail null and so cannot be used).
    static QString addResident(TestStore &ts, const QString &given, const QString &family,
                               const QString &card, const QString &postcode, const QString &phone = {});

private:
    static void insert(TestStore &ts, const QString &table, QVariantMap values);
};
