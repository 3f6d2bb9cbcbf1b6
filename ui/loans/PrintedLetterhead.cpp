#include "PrintedLetterhead.h"

#include <QRegularExpression>

QString PrintedLetterhead::oneLineAddress(const QString &address, const QString &postcode) {
    QStringList parts;
    for (const QString &part :
         address.split(QRegularExpression(QStringLiteral("[\\n,]")), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty()) {
            parts.append(part.trimmed());
        }
    }
    QString line = parts.join(QStringLiteral(", "));
    if (!postcode.trimmed().isEmpty()) {
        line = line.isEmpty() ? postcode.trimmed() : QStringLiteral("%1 %2").arg(line, postcode.trimmed());
    }
    return line;
}

QString PrintedLetterhead::html(const BranchLetterhead &branch) {
    QStringList lines;
    const QString address = oneLineAddress(branch.address, branch.postcode);
    if (!address.isEmpty()) {
        lines.append(address.toHtmlEscaped());
    }
    QStringList contact;
    if (!branch.phone.isEmpty()) {
        contact.append(tr("Telephone %1").arg(branch.phone.toHtmlEscaped()));
    }
    if (!branch.email.isEmpty()) {
        contact.append(branch.email.toHtmlEscaped());
    }
    if (!contact.isEmpty()) {
        lines.append(contact.join(QStringLiteral(" · ")));
    }
    return QStringLiteral("<p style=\"font-size: 14pt; font-weight: bold; margin: 0\">%1</p>"
                          "<p style=\"color: #333333; margin-top: 2px\">%2</p>")
        .arg(branch.name.toHtmlEscaped(), lines.join(QStringLiteral("<br>")));
}
