#include "ScanInput.h"

#include <QRegularExpression>

QString ScanInput::normalise(const QString &typed) {
    QString out;
    out.reserve(typed.size());
    for (const QChar c : typed) {
        if (c.isSpace() || c.category() == QChar::Other_Control || c.category() == QChar::Other_Format) {
            continue;
        }
        out.append(c);
    }
    return out.toUpper();
}

bool ScanInput::isValidTag(const QString &normalisedTag) {
    static const QRegularExpression re(QStringLiteral("^[A-Z0-9][A-Z0-9._/-]{1,31}$"));
    return re.match(normalisedTag).hasMatch();
}
