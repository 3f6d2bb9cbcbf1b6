#pragma once

#include <QList>
#include <QString>

class Actor;

// The desk's sections in navigation order. Each has a fixed shortcut (Ctrl+1 … Ctrl+7) that does not move
// when a role lacks an earlier section, so staff who share a desk learn one set of keys.
enum class SectionId { Residents, Loans, Bookings, Skills, Training, Reports, Admin };

namespace Sections {
QList<SectionId> all();
QList<SectionId> allowedFor(const Actor &actor);
bool allowed(SectionId section, const Actor &actor);
QString title(SectionId section);
int shortcutNumber(SectionId section); // 1 … 7
} // namespace Sections
