#pragma once

#include <QList>
#include <QString>

class Actor;

// The desk's sections. Each has a fixed shortcut (Ctrl+1 … Ctrl+8) that does not move when a role lacks an
// earlier section, so staff who share a desk learn one set of keys. Devices came last (Ctrl+8) but is listed
// next to Loans, where a librarian looks for it; the keys learnt before it arrived stay as they were.
// Sync (Ctrl+9) came later still and sits before Admin.
enum class SectionId { Residents, Loans, Devices, Bookings, Skills, Training, Reports, Admin, Sync };

namespace Sections {
QList<SectionId> all(); // in navigation order
QList<SectionId> allowedFor(const Actor &actor);
bool allowed(SectionId section, const Actor &actor);
QString title(SectionId section);
int shortcutNumber(SectionId section); // 1 … 9
} // namespace Sections
