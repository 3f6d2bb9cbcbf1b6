#include "DeskLanguage.h"

#include "Translations.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>
#include <QSettings>

namespace {
// Urdu needs letters (ہ ے ۔ …) that DejaVu Sans, Debian's default, lacks; Noto's Arabic UI faces have
// them and keep UI line heights (Debian package fonts-noto-ui-core). Latin text falls through to the
// families after them.
const QStringList kArabicScriptFamilies = {QStringLiteral("Noto Sans Arabic UI"),
                                           QStringLiteral("Noto Naskh Arabic UI")};

QFont baseFont(QApplication &app) {
    static const QFont base = app.font();
    return base;
}
} // namespace

namespace DeskLanguage {

QString savedChoice(const QSettings &settings) {
    const QString choice = settings.value(Translations::settingsKey()).toString();
    return Translations::isSupported(choice) ? choice : QString();
}

void saveChoice(QSettings &settings, const QString &choice) {
    if (Translations::isSupported(choice)) {
        settings.setValue(Translations::settingsKey(), choice);
    } else {
        settings.remove(Translations::settingsKey());
    }
    settings.sync();
}

bool apply(QApplication &app, const QString &code) {
    const QFont base = baseFont(app);
    const bool loaded = Translations::install(code);
    const bool rtl = Translations::installedIsRightToLeft();
    QApplication::setLayoutDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
    QFont font = base;
    if (Translations::installed() == QLatin1String("ur")) {
        QStringList families;
        const QStringList installed = QFontDatabase::families();
        for (const QString &f : kArabicScriptFamilies) {
            if (installed.contains(f)) {
                families << f;
            }
        }
        families << base.families();
        font.setFamilies(families);
    }
    app.setFont(font);
    return loaded;
}

QString applyAtStartup(QApplication &app, const QSettings &settings) {
    const QString code = Translations::resolve(savedChoice(settings));
    apply(app, code);
    return Translations::installed();
}

} // namespace DeskLanguage
