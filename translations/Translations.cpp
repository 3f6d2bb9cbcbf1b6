#include "Translations.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <memory>

namespace {
// Qt decides the layout direction from this message (QGuiApplication::tr in qguiapplication.cpp); it is
// listed here so that lupdate puts it in every .ts file, where the translator answers "LTR" or "RTL".
// {source, comment}
const char *const kLayoutDirection[2] = QT_TRANSLATE_NOOP3(
    "QGuiApplication", "QT_LAYOUT_DIRECTION",
    "Translate this string to the string 'LTR' in left-to-right languages or to 'RTL' in right-to-left "
    "languages (such as Hebrew and Arabic) to get proper widget layout.");

std::unique_ptr<QTranslator> &appTranslator() {
    static std::unique_ptr<QTranslator> t;
    return t;
}
std::unique_ptr<QTranslator> &qtTranslator() {
    static std::unique_ptr<QTranslator> t;
    return t;
}
QString &current() {
    static QString code = QStringLiteral("en");
    return code;
}

void removeInstalled() {
    for (std::unique_ptr<QTranslator> *t : {&appTranslator(), &qtTranslator()}) {
        if (*t) {
            QCoreApplication::removeTranslator(t->get());
            t->reset();
        }
    }
}
} // namespace

namespace Translations {

QList<Language> languages() {
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("pl"), QStringLiteral("Polski")},
            {QStringLiteral("ur"), QStringLiteral("اردو")}};
}

bool isSupported(const QString &code) {
    for (const Language &l : languages()) {
        if (l.code == code) {
            return true;
        }
    }
    return false;
}

QString resolve(const QString &choice, const QStringList &systemUiLanguages) {
    if (isSupported(choice)) {
        return choice;
    }
    // "pl-PL", "ur_PK", "en-GB" … in order of preference: the first TechMates speaks wins.
    for (const QString &ui : systemUiLanguages) {
        const QString code = ui.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (isSupported(code)) {
            return code;
        }
    }
    return QStringLiteral("en");
}

QString resolve(const QString &choice) {
    return resolve(choice, QLocale::system().uiLanguages());
}

QString settingsKey() {
    return QStringLiteral("interface/language");
}

bool install(const QString &code) {
    removeInstalled();
    current() = QStringLiteral("en");
    if (code == QLatin1String("en") || !isSupported(code)) {
        return code == QLatin1String("en");
    }
    auto app = std::make_unique<QTranslator>();
    if (!app->load(QStringLiteral(":/i18n/techmates_%1.qm").arg(code))) {
        return false;
    }
    QCoreApplication::installTranslator(app.get());
    appTranslator() = std::move(app);
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_%1").arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        qtTranslator() = std::move(qt);
    }
    current() = code;
    return true;
}

QString installed() {
    return current();
}

bool installedIsRightToLeft() {
    return QCoreApplication::translate("QGuiApplication", kLayoutDirection[0], kLayoutDirection[1]) ==
           QLatin1String("RTL");
}

} // namespace Translations
