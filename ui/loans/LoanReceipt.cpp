#include "LoanReceipt.h"

#include "DisplayFormat.h"
#include "PrintedLetterhead.h"
#include "auth/Actor.h"
#include "loans/CheckOutAssessment.h"

#include <QTextDocument>

namespace {
QString esc(const QString &s) {
    return s.toHtmlEscaped();
}

// Line breaks in an address or the terms survive into the printed page.
QString escLines(const QString &s) {
    return esc(s).replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString row(const QString &label, const QString &value) {
    return QStringLiteral("<tr><td class=\"k\">%1</td><td>%2</td></tr>").arg(esc(label), value);
}
} // namespace

LoanReceipt LoanReceipt::fromCheckOut(const QString &loanId, const CheckOutAssessment &assessment,
                                      const QStringList &kitOut, bool onPaper, const QString &signedName,
                                      const Actor &lentBy, const QDateTime &lentAt,
                                      const BranchLetterhead &branch) {
    LoanReceipt r;
    r.m_loanId = loanId;
    r.m_lentAt = lentAt;
    r.m_lentBy = lentBy.displayName();
    if (const std::optional<Borrower> &b = assessment.borrower()) {
        r.m_residentName = b->displayName();
        r.m_residentCard = b->card;
    }
    if (const std::optional<Device> &d = assessment.device()) {
        r.m_deviceType = d->type.name;
        r.m_makeModel = QStringList{d->make, d->model}.join(QLatin1Char(' ')).simplified();
        r.m_deviceTag = d->tag;
        r.m_serial = d->serial;
        r.m_simIccid = d->simIccid;
        // The branch the loan belongs to is the device's; the letterhead adds its address.
        r.m_branch = branch;
        if (r.m_branch.isEmpty()) {
            r.m_branch.name = d->branch.name;
            r.m_branch.phone = d->branch.phone;
            r.m_branch.email = d->branch.email;
        }
    }
    r.m_kitOut = kitOut;
    r.m_dueOn = assessment.dueOn();
    r.m_replacementCostPence = assessment.replacementCostPence();
    if (const std::optional<LoanTerms> &t = assessment.terms()) {
        r.m_termsVersion = t->termsVersion;
        r.m_termsBody = t->body;
    }
    r.m_onPaper = onPaper;
    r.m_signedName = onPaper ? QString() : signedName.simplified();
    return r;
}

QString LoanReceipt::title() const {
    return tr("Loan agreement and receipt: %1").arg(m_deviceTag);
}

QString LoanReceipt::suggestedFileName() const {
    return QStringLiteral("loan-%1-%2.pdf")
        .arg(m_deviceTag, m_lentAt.toLocalTime().date().toString(Qt::ISODate));
}

QString LoanReceipt::html() const {
    QString rows;
    rows += row(tr("Resident"), tr("%1 (library card %2)").arg(esc(m_residentName), esc(m_residentCard)));
    rows += row(
        tr("Device"),
        esc(m_makeModel.isEmpty() ? m_deviceType : QStringLiteral("%1, %2").arg(m_deviceType, m_makeModel)));
    rows += row(tr("Asset tag"), QStringLiteral("<b>%1</b>").arg(esc(m_deviceTag)));
    rows += row(tr("Serial number"), m_serial.isEmpty() ? tr("not recorded") : esc(m_serial));
    if (!m_simIccid.isEmpty()) {
        rows += row(tr("SIM (ICCID)"), esc(m_simIccid));
    }
    rows += row(tr("Kit lent with it"),
                m_kitOut.isEmpty() ? tr("none") : esc(m_kitOut.join(QStringLiteral(", "))));
    rows += row(tr("Due back"), QStringLiteral("<b>%1</b>").arg(esc(DisplayFormat::date(m_dueOn))));
    rows += row(tr("Replacement cost"), esc(formatPence(m_replacementCostPence)));
    rows += row(tr("Lent by"), tr("%1 on %2").arg(esc(m_lentBy), esc(DisplayFormat::dateTime(m_lentAt))));
    rows += row(tr("Loan reference"), esc(m_loanId));

    QString acceptance;
    if (m_onPaper) {
        acceptance =
            tr("<p>The resident accepts these terms by signing this copy, which the library keeps.</p>"
               "<p style=\"margin-top:28px\">Signature: ____________________________________ "
               "&nbsp;&nbsp; Date: ________________</p><p>Name: %1</p>")
                .arg(esc(m_residentName));
    } else {
        acceptance =
            tr("<p>Accepted at the library desk on %1: the resident ticked the declaration that they "
               "accept these terms and typed their name as <b>%2</b>.</p>")
                .arg(esc(DisplayFormat::dateTime(m_lentAt)), esc(m_signedName));
    }

    const QString returnHint =
        m_branch.phone.isEmpty()
            ? tr("Please bring the device and its kit back to %1 by %2. To renew the loan, ask at the desk.")
                  .arg(esc(m_branch.name), esc(DisplayFormat::date(m_dueOn)))
            : tr("Please bring the device and its kit back to %1 by %2. To renew the loan, call %3 or ask at "
                 "the desk.")
                  .arg(esc(m_branch.name), esc(DisplayFormat::date(m_dueOn)), esc(m_branch.phone));

    // Sizes are set on the elements themselves: QTextDocument's own heading sizes win over a style sheet.
    return QStringLiteral("<html><head><style>"
                          "td { padding: 3px 10px 3px 0; } td.k { color: #444444; }"
                          "</style></head><body>"
                          "%1"
                          "<p style=\"font-size: 16pt; font-weight: bold; margin-top: 18px\">%2</p>"
                          "<table cellspacing=\"0\">%3</table>"
                          "<p style=\"font-size: 12pt; font-weight: bold; margin-top: 16px\">%4</p><p>%5</p>"
                          "<p style=\"font-size: 12pt; font-weight: bold; margin-top: 16px\">%6</p>%7"
                          "<p>%8</p>"
                          "</body></html>")
        .arg(PrintedLetterhead::html(m_branch), esc(tr("Device loan agreement and receipt")), rows,
             esc(tr("Loan terms (version %1)").arg(m_termsVersion)), escLines(m_termsBody),
             esc(tr("Agreement")), acceptance, returnHint);
}

std::unique_ptr<QTextDocument> LoanReceipt::document() const {
    auto doc = std::make_unique<QTextDocument>();
    doc->setDocumentMargin(0);
    QFont f = doc->defaultFont();
    f.setPointSizeF(10.5);
    doc->setDefaultFont(f);
    doc->setHtml(html());
    doc->setMetaInformation(QTextDocument::DocumentTitle, title());
    return doc;
}
