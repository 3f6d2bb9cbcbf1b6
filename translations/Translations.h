#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// The languages TechMates speaks and the one place that loads them. The desk and the `techmates` CLI both
// call install() at start-up; the .qm files are built from translations/techmates_<code>.ts and embedded
// as resources (":/i18n/techmates_<code>.qm"). English is the source language and needs no file.
namespace Translations {

struct Language {
    QString code;       // "en", "pl", "ur"
    QString nativeName; // the name a speaker of the language reads: "English", "Polski", "اردو"
};

// Every language with a complete translation, English first.
QList<Language> languages();
bool isSupported(const QString &code);

// The language for a choice: "" (or "system") follows the system's preferred UI languages (LANGUAGE,
// LC_ALL, LC_MESSAGES, LANG on Linux), falling back to English; a supported code is taken as is.
QString resolve(const QString &choice, const QStringList &systemUiLanguages);
QString resolve(const QString &choice);

// The desk's saved choice (QSettings key "interface/language"): "" means follow the system.
QString settingsKey();

// Replaces the application's TechMates and Qt translators with the ones for `code` (Qt's own
// qtbase_<code>.qm from the Qt translations folder, when the system has it, so standard buttons and
// dialogs match). Returns false when the TechMates file for a language other than English is missing.
bool install(const QString &code);
// The language install() last loaded ("en" before any call).
QString installed();

// True when the installed translation says the language is written right to left (Qt's convention:
// QGuiApplication's "QT_LAYOUT_DIRECTION" message translated as "RTL").
bool installedIsRightToLeft();

} // namespace Translations
