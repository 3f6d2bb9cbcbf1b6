#pragma once

#include <QString>

class QApplication;
class QSettings;

// The desk's language: the one chosen under Desk ▸ Language (saved per machine in QSettings) or else the
// system's. Applied at start-up, before any window exists; a new choice takes effect at the next start.
namespace DeskLanguage {

// "" follows the system; otherwise "en", "pl" or "ur".
QString savedChoice(const QSettings &settings);
void saveChoice(QSettings &settings, const QString &choice);

// Loads the translators for `code` into the application and sets what goes with the language: the layout
// direction (right to left for Urdu) and a font that has the script's letters. Returns false when the
// translation could not be loaded (the desk then stays in English).
bool apply(QApplication &app, const QString &code);

// savedChoice() resolved against the system languages, then apply(). Returns the code in use.
QString applyAtStartup(QApplication &app, const QSettings &settings);

} // namespace DeskLanguage
