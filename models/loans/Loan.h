#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

// One loan as the write path needs it.
struct Loan {
    QString id;
    QString deviceId;
    QString residentId;
    QString branchId;
    QString status; // active, returned, lost, closed
    QDateTime checkedOutAt;
    QDate dueOn;
    int renewals = 0;
    QDateTime returnedAt;
    QStringList kitOut;
    QString termsId;
    int version = 0;
};
