#include "ReminderLetters.h"

#include "DisplayFormat.h"
#include "PrintedLetterhead.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTextDocument>

namespace {
QString esc(const QString &s) {
    return s.toHtmlEscaped();
}

// A stored address may use line breaks or commas between its lines; a letter puts each on its own line.
QString addressLines(const QString &address) {
    QStringList lines;
    for (const QString &part :
         address.split(QRegularExpression(QStringLiteral("[\\n,]")), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty()) {
            lines.append(esc(part.trimmed()));
        }
    }
    return lines.join(QStringLiteral("<br>"));
}
} // namespace

ReminderLetters ReminderLetters::build(const QList<LoanRow> &overdue,
                                       const QHash<QString, BranchLetterhead> &branches, const QDate &today) {
    ReminderLetters result;
    result.m_today = today;
    QHash<QString, qsizetype> letterOf;
    QSet<QString> skippedIds;
    // Branches are keyed by id; loan rows carry the branch code.
    QHash<QString, BranchLetterhead> byCode;
    for (const BranchLetterhead &b : branches) {
        byCode.insert(b.code, b);
    }
    for (const LoanRow &loan : overdue) {
        if (skippedIds.contains(loan.residentId)) {
            continue;
        }
        if (letterOf.contains(loan.residentId)) {
            result.m_letters[letterOf.value(loan.residentId)].loans.append(loan);
            continue;
        }
        if (!loan.consentPost || loan.address.trimmed().isEmpty()) {
            skippedIds.insert(loan.residentId);
            result.m_skipped.append(
                {loan.residentName, loan.residentCard, loan.phone, loan.consentPhone, !loan.consentPost});
            continue;
        }
        Letter letter;
        letter.residentId = loan.residentId;
        letter.residentName = loan.residentName;
        letter.residentCard = loan.residentCard;
        letter.address = loan.address;
        letter.postcode = loan.postcode;
        letter.branch = byCode.value(loan.branchCode);
        if (letter.branch.isEmpty()) {
            letter.branch.name = loan.branchCode;
        }
        letter.loans.append(loan);
        letterOf.insert(loan.residentId, result.m_letters.size());
        result.m_letters.append(letter);
    }
    return result;
}

QString ReminderLetters::letterHtml(const Letter &letter) const {
    const BranchLetterhead &b = letter.branch;
    QString devices;
    for (const LoanRow &loan : letter.loans) {
        devices +=
            QStringLiteral("<li>%1</li>")
                .arg(tr("%1, asset tag <b>%2</b>, due back on %3")
                         .arg(esc(loan.typeName), esc(loan.deviceTag), esc(DisplayFormat::date(loan.dueOn))));
    }
    const QString intro =
        letter.loans.size() == 1
            ? tr("Our records show that the device we lent you is now past its return date:")
            : tr("Our records show that the devices we lent you are now past their return date:");
    const QString contact = b.phone.isEmpty()
                                ? tr("ask at the library desk")
                                : tr("call us on %1 or ask at the library desk").arg(esc(b.phone));

    const bool one = letter.loans.size() == 1;
    const QString bringBack =
        (one ? tr("Please bring it back to %1 when you can. If you still need it, we may be able to renew "
                  "the loan: %2.")
             : tr("Please bring them back to %1 when you can. If you still need them, we may be able to "
                  "renew the loans: %2."))
            .arg(esc(b.name), contact);
    const QString alreadyBack =
        one ? tr("If you have already returned it, thank you, and please ignore this letter. If something "
                 "has gone wrong, do tell us: we would much rather hear from you than not.")
            : tr("If you have already returned them, thank you, and please ignore this letter. If "
                 "something has gone wrong, do tell us: we would much rather hear from you than not.");

    return QStringLiteral("%1"
                          "<p class=\"to\">%2<br>%3<br>%4</p>"
                          "<p>%5</p>"
                          "<p>%6</p><p>%7</p><ul>%8</ul>"
                          "<p>%9</p><p>%10</p><p>%11</p>"
                          "<p>%12<br><br>%13</p>")
        .arg(PrintedLetterhead::html(b), esc(letter.residentName), addressLines(letter.address),
             esc(letter.postcode), esc(DisplayFormat::date(m_today)),
             tr("Dear %1,").arg(esc(letter.residentName)), intro, devices, bringBack, alreadyBack,
             tr("Your library card number is %1.").arg(esc(letter.residentCard)), tr("Yours sincerely,"),
             tr("The TechMates team, %1").arg(esc(b.name)));
}

QString ReminderLetters::html() const {
    QString body;
    for (qsizetype i = 0; i < m_letters.size(); ++i) {
        // Each letter starts on a new page, so the pile can be folded into envelopes as it comes out.
        body += QStringLiteral("<div%1>%2</div>")
                    .arg(i == 0 ? QString() : QStringLiteral(" style=\"page-break-before: always\""),
                         letterHtml(m_letters.at(i)));
    }
    return QStringLiteral("<html><head><style>"
                          "p.to { margin-top: 36px; margin-bottom: 24px; } li { margin-bottom: 4px; }"
                          "</style></head><body>%1</body></html>")
        .arg(body);
}

std::unique_ptr<QTextDocument> ReminderLetters::document() const {
    auto doc = std::make_unique<QTextDocument>();
    doc->setDocumentMargin(0);
    QFont f = doc->defaultFont();
    f.setPointSizeF(11);
    doc->setDefaultFont(f);
    doc->setHtml(html());
    doc->setMetaInformation(QTextDocument::DocumentTitle, tr("Overdue loan reminders"));
    return doc;
}
