#include "TextFold.h"

namespace {
// Letters that Unicode decomposition does not split into base + accent.
QString specialFold(QChar c) {
    switch (c.unicode()) {
    case 0x00DF:
        return QStringLiteral("ss"); // ß
    case 0x00E6:
        return QStringLiteral("ae"); // æ
    case 0x0153:
        return QStringLiteral("oe"); // œ
    case 0x00F8:
        return QStringLiteral("o"); // ø
    case 0x0142:
        return QStringLiteral("l"); // ł
    case 0x0111:
        return QStringLiteral("d"); // đ
    case 0x00F0:
        return QStringLiteral("d"); // ð
    case 0x00FE:
        return QStringLiteral("th"); // þ
    case 0x0131:
        return QStringLiteral("i"); // dotless ı
    default:
        return {};
    }
}

bool isApostrophe(QChar c) {
    return c == QLatin1Char('\'') || c == QChar(0x2019) || c == QChar(0x2018) || c == QLatin1Char('`') ||
           c == QChar(0x02BC);
}
} // namespace

QString TextFold::fold(const QString &text) {
    const QString decomposed = text.toLower().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing || isApostrophe(c)) {
            continue;
        }
        if (const QString special = specialFold(c); !special.isEmpty()) {
            if (pendingSpace && !out.isEmpty()) {
                out += QLatin1Char(' ');
            }
            pendingSpace = false;
            out += special;
        } else if (c.isLetterOrNumber()) {
            if (pendingSpace && !out.isEmpty()) {
                out += QLatin1Char(' ');
            }
            pendingSpace = false;
            out += c;
        } else {
            pendingSpace = true;
        }
    }
    return out;
}

QString TextFold::digitsOnly(const QString &text) {
    QString out;
    for (const QChar c : text) {
        if (c.isDigit()) {
            out += c;
        }
    }
    return out;
}

QString TextFold::withoutSpaces(const QString &text) {
    QString out;
    for (const QChar c : text) {
        if (!c.isSpace()) {
            out += c;
        }
    }
    return out;
}
