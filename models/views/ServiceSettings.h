#pragma once

#include <QSqlDatabase>
#include <QString>

// Programme settings the desk shows but does not change (settings table).
class ServiceSettings {
public:
    // The council's name for printed material ("Property of Kirkbeck Libraries"); empty when not set.
    static QString councilName(const QSqlDatabase &db);
};
