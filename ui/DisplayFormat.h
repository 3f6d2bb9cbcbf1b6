#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

// How the desk writes dates, times and stored keys for people: one unambiguous style everywhere
// ("2 Mar 2026"), and every stored key (channel, status, category) as translated words.
namespace DisplayFormat {
QString date(const QDate &date);
QString dateTime(const QDateTime &instant); // shown in local time
QString minutes(int minutes);
QString channel(const QString &key);
QString bookingStatus(const QString &key);
QString deviceStatus(const QString &key);
QString borrowerCategory(const QString &key);
QString learnerKind(const QString &key);
QString branchKind(const QString &key);
QStringList borrowerCategoryKeys();
} // namespace DisplayFormat
