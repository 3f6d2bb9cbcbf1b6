#include "Translations.h"

#include <QFile>
#include <QHash>
#include <QLibraryInfo>
#include <QLocale>
#include <QMutex>
#include <QSet>
#include <QTranslator>
#include <QtEndian>
#include <memory>

namespace {
// Qt decides the layout direction from this message (QGuiApplication::tr in qguiapplication.cpp); it is
// listed here so that lupdate puts it in every .ts file, where the translator answers "LTR" or "RTL".
// {source, comment}
const char *const kLayoutDirection[2] = QT_TRANSLATE_NOOP3(
    "QGuiApplication", "QT_LAYOUT_DIRECTION",
    "Translate this string to the string 'LTR' in left-to-right languages or to 'RTL' in right-to-left "
    "languages (such as Hebrew and Arabic) to get proper widget layout.");

// Qt's own texts the desk shows, listed so that lupdate puts them in every .ts file: the standard dialog
// buttons (QPlatformTheme) and the edit menu of text fields. Polish also has Qt's qtbase_pl.qm; Urdu has
// none, so without these the buttons of every dialog would stay in English.
[[maybe_unused]] const char *const kQtTexts[][2] = {
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Undo"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Redo"),
    QT_TRANSLATE_NOOP("QLineEdit", "Cu&t"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Copy"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Paste"),
    QT_TRANSLATE_NOOP("QLineEdit", "Delete"),
    QT_TRANSLATE_NOOP("QLineEdit", "Select All"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Undo"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Redo"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Cu&t"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Copy"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Paste"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Delete"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Select All"),
};

// The context names in a .qm file (its Messages block), read so that the translator below can look a
// message up in every context. Format as written by lrelease: 16-byte magic, then blocks of
// tag (1 byte), length (4 bytes, big-endian), data.
QList<QByteArray> contextsIn(const QByteArray &qm) {
    enum {
        MessagesBlock = 0x69,
        TagEnd = 1,
        TagTranslation = 3,
        TagObsolete1 = 5,
        TagSourceText = 6,
        TagContext = 7,
        TagComment = 8
    };
    QList<QByteArray> contexts;
    QSet<QByteArray> seen;
    const auto *p = reinterpret_cast<const uchar *>(qm.constData());
    qsizetype at = 16;
    while (at + 5 <= qm.size()) {
        const uchar tag = p[at];
        const quint32 length = qFromBigEndian<quint32>(p + at + 1);
        at += 5;
        if (length > quint32(qm.size() - at)) {
            break;
        }
        if (tag == MessagesBlock) {
            qsizetype m = at;
            const qsizetype end = at + qsizetype(length);
            while (m < end) {
                const uchar t = p[m++];
                if (t == TagEnd) {
                    continue;
                }
                if (t == TagObsolete1) {
                    m += 4;
                    continue;
                }
                if ((t != TagTranslation && t != TagSourceText && t != TagContext && t != TagComment) ||
                    m + 4 > end) {
                    return contexts; // an unknown tag: keep what was read
                }
                const quint32 len = qFromBigEndian<quint32>(p + m);
                m += 4;
                if (t == TagTranslation && len == 0xffffffff) {
                    continue; // a null translation
                }
                if (qsizetype(len) > end - m) {
                    return contexts;
                }
                if (t == TagContext) {
                    const QByteArray name(reinterpret_cast<const char *>(p + m), qsizetype(len));
                    if (!seen.contains(name)) {
                        seen.insert(name);
                        contexts.append(name);
                    }
                }
                m += qsizetype(len);
            }
        }
        at += qsizetype(length);
    }
    return contexts;
}

// The models translate with one context per source file (a file-level helper calls
// QCoreApplication::translate("LoanCommands", …)), while lupdate files a tr() written inside
// CheckInCommand::check() under "CheckInCommand". So when a message is not found under the context it
// was asked for, this translator looks for the same text under the file's other contexts (the English
// text decides; one text has one translation in these files). Qt's own contexts (QSomething) are not
// widened.
class TechMatesTranslator : public QTranslator {
public:
    bool loadWithContexts(const QString &path) {
        if (!load(path)) {
            return false;
        }
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            m_contexts = contextsIn(file.readAll());
        }
        return true;
    }

    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override {
        QString found = QTranslator::translate(context, sourceText, disambiguation, n);
        if (!found.isEmpty() || !sourceText || !*sourceText || isQtContext(context)) {
            return found;
        }
        const QByteArray key = QByteArray(sourceText) + '\x1f' + QByteArray(disambiguation);
        {
            QMutexLocker lock(&m_mutex);
            const auto cached = m_contextOf.constFind(key);
            if (cached != m_contextOf.cend()) {
                return cached->isEmpty()
                           ? QString()
                           : QTranslator::translate(cached->constData(), sourceText, disambiguation, n);
            }
        }
        QByteArray where;
        for (const QByteArray &other : m_contexts) {
            found = QTranslator::translate(other.constData(), sourceText, disambiguation, n);
            if (!found.isEmpty()) {
                where = other;
                break;
            }
        }
        QMutexLocker lock(&m_mutex);
        m_contextOf.insert(key, where);
        return found;
    }

private:
    static bool isQtContext(const char *context) {
        return context && context[0] == 'Q' && context[1] >= 'A' && context[1] <= 'Z';
    }

    QList<QByteArray> m_contexts;
    mutable QMutex m_mutex;
    mutable QHash<QByteArray, QByteArray> m_contextOf; // text → the context that has it ("" = none)
};

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
    auto app = std::make_unique<TechMatesTranslator>();
    if (!app->loadWithContexts(QStringLiteral(":/i18n/techmates_%1.qm").arg(code))) {
        return false;
    }
    // Qt's own first, so the TechMates file (installed last, asked first) has the last word.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_%1").arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        qtTranslator() = std::move(qt);
    }
    QCoreApplication::installTranslator(app.get());
    appTranslator() = std::move(app);
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
